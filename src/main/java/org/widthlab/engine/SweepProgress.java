package org.widthlab.engine;

/**
 * How far a sweep has got.
 *
 * @param fractionDone  0..1, weighted by the work each width costs (∝ n² per step), not by run count
 * @param currentWidth  the width being trained now
 * @param currentSeed   the seed being trained now
 * @param elapsedSeconds wall time since the sweep started
 */
public record SweepProgress(double fractionDone, int currentWidth, long currentSeed, double elapsedSeconds) {

    /** A simple estimate of the remaining time from the fraction done so far; NaN before any progress. */
    public double remainingSecondsEstimate() {
        return fractionDone <= 0 ? Double.NaN : elapsedSeconds * (1 - fractionDone) / fractionDone;
    }
}
