package org.widthlab.engine;

import java.util.List;
import org.widthlab.theory.Scaling;

/**
 * The measured width exponent of one quantity at one step, beside the theory's prediction (theory.md §6):
 * the least-squares slope of {@code log(seed-averaged value)} against {@code log n}.
 *
 * @param quantity     what was measured
 * @param layer        1..L for a per-layer quantity, 0 otherwise
 * @param step         t
 * @param widths       the widths whose seed-averaged value entered the fit (finite and nonzero), increasing
 * @param means        the seed-averaged values at those widths
 * @param slopeAll     the slope over all of {@code widths}; NaN with fewer than two
 * @param slopeLargest the slope over the largest {@code largestCount} of them (finite-width corrections
 *                     shrink like n^{−1/2}, theory.md §6); NaN with fewer than two
 * @param largestCount how many widths the second fit used
 * @param predicted    the predicted scaling ({@link Scaling#EXACTLY_ZERO} for an exact zero), or null when
 *                     the theory predicts nothing for this quantity (the loss, the NTK change, an
 *                     unstable-at-initialization network)
 * @param zeroWidths   how many widths measured exactly zero (left out of the fit)
 */
public record FittedSlope(Quantity quantity, int layer, int step, List<Integer> widths, List<Double> means,
        double slopeAll, double slopeLargest, int largestCount, Scaling predicted, int zeroWidths) {

    public FittedSlope {
        widths = List.copyOf(widths);
        means = List.copyOf(means);
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
}
