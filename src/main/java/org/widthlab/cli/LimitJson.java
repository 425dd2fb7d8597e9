package org.widthlab.cli;

import java.util.Optional;
import org.widthlab.engine.TrainingData;
import org.widthlab.limits.LimitResult;
import org.widthlab.limits.Trajectory;
import org.widthlab.theory.Verdict;

/**
 * What {@code limit} prints: the kind of n = ∞ curve, the data it used, the kernels on the training inputs
 * (null where not applicable) and {@code f} (outputs on the training inputs, one array per step t = 0..T;
 * null for kind {@code none}).
 *
 * @param kind           {@code kernel-exact}, {@code feature-learning-exact}, {@code quasi-monte-carlo},
 *                       {@code extrapolated} or {@code none}
 * @param label          the legend text of the curve
 * @param explanation    the method and its accuracy, or why there is no limit
 * @param errorEstimate  quadrature: the change between two orders; quasi-Monte Carlo: the standard error; else null
 * @param regime         the theory's regime of the parametrization
 * @param inputs         the training inputs ξ_i
 * @param targets        the targets y_i
 * @param nngp           Σ^{L+1} on the inputs (kernel regime only, as the two below)
 * @param ntk            the full NTK Θ^{L+1}
 * @param limitingKernel the parametrization's limiting kernel (kernel regime only)
 * @param f              f_t(ξ_i), one array per step (null when only a loss curve is known: kind none or extrapolated)
 * @param loss           the limit of the seed-averaged training loss per step on the first seed's data (null
 *                       where only the mean output's loss is known, see {@link LimitResult#lossCurve()}); for
 *                       kind {@code extrapolated}, the extrapolation of the seed-averaged loss
 * @param meanLoss       the curve the window's training chart draws as n = ∞: {@code loss} averaged over the
 *                       experiment's seeds, each on its own data ({@code ExperimentLimits.seedMeanLoss}), or
 *                       the extrapolation; null where {@code loss} is
 * @param convergence    with {@code --convergence}: each width's distance from the limit's loss curve and its
 *                       log-log slope; otherwise null
 */
record LimitJson(String kind, String label, String explanation, Double errorEstimate, String regime,
        double[][] inputs, double[] targets, double[][] nngp, double[][] ntk, double[][] limitingKernel,
        double[][] f, double[] loss, double[] meanLoss, ConvergenceJson convergence) {

    /**
     * How the first seed's loss curve approaches the limit's as n grows (theory.md §6: like n^{−1/2}).
     *
     * @param widths    the widths n
     * @param distances the root mean square over the steps of loss_n(t) − loss_∞(t), per width (null when not computed)
     * @param slope     the log-log least-squares slope of the distances against n (null when not computed)
     * @param note      why it was not computed, or an empty string
     */
    record ConvergenceJson(int[] widths, double[] distances, Double slope, String note) {
    }

    LimitJson withConvergence(ConvergenceJson c) {
        return new LimitJson(kind, label, explanation, errorEstimate, regime, inputs, targets, nngp, ntk,
                limitingKernel, f, loss, meanLoss, c);
    }

    /**
     * @param result   the limit (on the first seed's {@code data}) or the extrapolation
     * @param meanLoss what the window draws as n = ∞
     */
    static LimitJson of(LimitResult result, Verdict verdict, TrainingData data, Optional<double[]> meanLoss) {
        return new LimitJson(result.kind().id(), result.label(), result.explanation(),
                result.errorEstimate().isPresent() ? result.errorEstimate().getAsDouble() : null,
                verdict.regime().id(), data.inputs(), data.targets(),
                result.kernels().map(k -> k.nngp().toArray()).orElse(null),
                result.kernels().map(k -> k.ntk().toArray()).orElse(null),
                result.kernels().map(k -> k.limitingKernel().toArray()).orElse(null),
                result.trajectory().map(Trajectory::train).filter(f -> f[0].length > 0).orElse(null),
                result.lossCurve().orElse(null), meanLoss.orElse(null), null);
    }
}
