package org.widthlab.grid;

/**
 * How far a grid run has got.
 *
 * @param cellsDone      cells available so far (reused and computed)
 * @param cells          cells in the grid (or shard)
 * @param fractionDone   0..1 of the work to compute, weighted by each cell's cost (reused cells cost nothing)
 * @param elapsedSeconds wall time since the run started
 */
public record GridProgress(int cellsDone, int cells, double fractionDone, double elapsedSeconds) {

    /** The remaining time, estimated from the work done so far; NaN before any. */
    public double remainingSecondsEstimate() {
        return fractionDone <= 0 ? Double.NaN : elapsedSeconds * (1 - fractionDone) / fractionDone;
    }
}
