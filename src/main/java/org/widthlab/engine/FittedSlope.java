package org.widthlab.engine;

import java.util.List;
import org.widthlab.theory.Scaling;

/**
 * The measured width exponent of one quantity at one step, beside the theory's prediction (theory.md §6):
 * the least-squares slope of {@code log(seed-averaged value)} against {@code log n}, with the slope of each
 * seed alone for its seed-to-seed spread (where ω = 1/2 the initial output is a random Θ(1) function, so
 * seeds differ by Θ(1) in their loss gradient and their slopes scatter).
 *
 * @param quantity       what was measured
 * @param layer          1..L for a per-layer quantity, 0 otherwise
 * @param step           t
 * @param widths         the widths whose seed-averaged value entered the fit (finite and nonzero), increasing
 * @param means          the seed-averaged values at those widths
 * @param slopeAll       the slope over all of {@code widths} (the default fit); NaN with fewer than two
 * @param slopeLargest   the slope over the largest {@code largestCount} of them (finite-width corrections
 *                       shrink like n^{−1/2}, theory.md §6); NaN with fewer than two
 * @param largestCount   how many widths the second fit used
 * @param seedSlopes     per seed that has at least two positive finite values, its own slope over all its widths
 * @param predicted      the predicted scaling ({@link Scaling#EXACTLY_ZERO} for an exact zero), or null when
 *                       the theory predicts nothing for this quantity (the loss, the NTK change, an unstable net
 *                       after its first step)
 * @param predictionNote why nothing is predicted where that needs saying (an unstable net from step 2 on:
 *                       "no single exponent: the blow-up compounds"), or what keeps a fit at moderate widths
 *                       from the prediction (the feature kernel change's zero-mean part), else ""
 * @param zeroWidths     how many widths measured exactly zero (left out of the fit)
 * @param divergedWidths how many widths had a seed whose run diverged at this step: those values are left out
 *                       (a diverging network's sizes follow no power of n), and the width too when every seed
 *                       diverged there
 */
public record FittedSlope(Quantity quantity, int layer, int step, List<Integer> widths, List<Double> means,
        double slopeAll, double slopeLargest, int largestCount, List<Double> seedSlopes, Scaling predicted,
        String predictionNote, int zeroWidths, int divergedWidths) {

    /**
     * The half-width, in slope units, of a seed-to-seed interval (2 standard errors) beyond which a slope cannot
     * be told apart from one 0.2 away — the agreement theory.md §6 expects of a fit over widths 128–4096.
     */
    public static final double JUDGEABLE_HALF_WIDTH = 0.2;

    public FittedSlope {
        widths = List.copyOf(widths);
        means = List.copyOf(means);
        seedSlopes = List.copyOf(seedSlopes);
    }

    /** Whether a finite exponent is predicted (not "exactly zero", not "nothing"). */
    public boolean hasPredictedExponent() {
        return predicted != null && !predicted.isExactlyZero();
    }

    /** {@code slopeAll − predicted}, or NaN when either is missing. */
    public double differenceAll() {
        return hasPredictedExponent() ? slopeAll - predicted.slope() : Double.NaN;
    }

    /** {@code slopeLargest − predicted}, or NaN when either is missing. */
    public double differenceLargest() {
        return hasPredictedExponent() ? slopeLargest - predicted.slope() : Double.NaN;
    }

    /** The sample standard deviation of {@link #seedSlopes}; NaN with fewer than two seeds. */
    public double seedSpread() {
        int s = seedSlopes.size();
        if (s < 2) {
            return Double.NaN;
        }
        double mean = seedSlopes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = seedSlopes.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(squares / (s - 1));
    }

    /** The standard error of the seed-averaged slope, {@code seedSpread/√seeds}; NaN with fewer than two seeds. */
    public double standardError() {
        return seedSpread() / Math.sqrt(seedSlopes.size());
    }

    /**
     * Whether the seeds agree well enough to judge the slope against a prediction: at least two seeds and
     * {@code 2·standardError ≤} {@value #JUDGEABLE_HALF_WIDTH}.
     */
    public boolean judgeable() {
        return seedSlopes.size() >= 2 && 2 * standardError() <= JUDGEABLE_HALF_WIDTH;
    }
}
