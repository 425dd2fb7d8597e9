package org.widthlab.limits;

import java.util.List;
import java.util.Optional;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.TrainingData;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;

/**
 * The n = ∞ side of one experiment, the same for the window and the command line (theory.md §7): the
 * verdict, derived once; the exact limit on each seed's own training data ({@link LimitCalculator}), computed
 * when first asked for; the mean of their loss curves, which the finite widths' seed-averaged loss curves
 * approach; where features are learned but no exact limit exists, the extrapolation of a completed sweep's
 * seed-averaged loss curves; and how one seed's loss curves converge to the exact limit.
 */
public final class ExperimentLimits {

    private final Experiment experiment;
    private final Verdict verdict;
    private final LimitResult[] bySeed;

    private ExperimentLimits(Experiment experiment) {
        this.experiment = experiment;
        this.verdict = Verdict.of(experiment.parametrization());
        this.bySeed = new LimitResult[experiment.seeds()];
    }

    public static ExperimentLimits of(Experiment experiment) {
        return new ExperimentLimits(experiment);
    }

    public Experiment experiment() {
        return experiment;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The limit on the data of the experiment's first seed ({@link TrainingData#of}). */
    public LimitResult firstSeed() {
        return onSeed(0);
    }

    /** The limit on the data the sweep's seed number {@code seedOffset} trains on. */
    public synchronized LimitResult onSeed(int seedOffset) {
        if (bySeed[seedOffset] == null) {
            bySeed[seedOffset] = LimitCalculator.compute(experiment, verdict, TrainingData.of(experiment, seedOffset),
                    new double[0][]);
        }
        return bySeed[seedOffset];
    }

    /**
     * The limit of the training loss averaged over the experiment's seeds, each on its own data: what the
     * training chart draws as n = ∞ beside the finite widths' seed means. Empty where the theory gives no
     * exact limit of the expected loss ({@link LimitResult#lossCurve()}).
     */
    public Optional<double[]> seedMeanLoss() {
        if (!LimitCalculator.hasExactLimit(verdict) || firstSeed().lossCurve().isEmpty()) {
            return Optional.empty();
        }
        double[] sum = new double[experiment.steps() + 1];
        for (int s = 0; s < experiment.seeds(); s++) {
            double[] loss = onSeed(s).lossCurve().orElseThrow();
            for (int t = 0; t < sum.length; t++) {
                sum[t] += loss[t];
            }
        }
        for (int t = 0; t < sum.length; t++) {
            sum[t] /= experiment.seeds();
        }
        return Optional.of(sum);
    }

    /**
     * Whether an extrapolation of finite widths stands in for the limit: features are learned and there is no
     * exact limit (theory.md §7). Decided from the verdict alone.
     */
    public boolean extrapolates() {
        return verdict.regime() == Regime.FEATURE_LEARNING && !LimitCalculator.hasExactLimit(verdict);
    }

    /**
     * The seed-averaged loss curves of a completed sweep of this experiment extrapolated to n = ∞
     * ({@link LimitCalculator#extrapolatedLoss}); empty unless {@link #extrapolates()} and at least two widths
     * completed without diverging.
     */
    public Optional<LimitResult> extrapolation(List<Measurement> sweep) {
        if (!extrapolates()) {
            return Optional.empty();
        }
        SweepLossCurves curves = SweepLossCurves.meanOverSeeds(sweep, experiment.steps());
        return curves.widths().length < 2 ? Optional.empty() : Optional.of(LimitCalculator.extrapolatedLoss(curves));
    }

    /**
     * Why one seed's loss curve does not converge to the limit's, or empty when it does: it needs an exact
     * limit of the expected loss, and an initial output that vanishes with width (otherwise each seed keeps its
     * own Θ(1) random {@code f_0} and only the mean over seeds converges).
     */
    public Optional<String> whyNoConvergence() {
        if (!LimitCalculator.hasExactLimit(verdict) || firstSeed().lossCurve().isEmpty()) {
            return Optional.of("no exact limit of the training loss to converge to");
        }
        return verdict.initialOutput().vanishes() ? Optional.empty() : Optional.of("f_0 stays Θ(1) (ω = 1/2): one seed does not converge to"
                + " the limit, only the mean over seeds does; start the readout at zero (b_{L+1} = ∞, --zero-readout) to see the convergence");
    }

    /**
     * How the first seed's loss curves in a sweep of this experiment approach {@link #firstSeed()}'s as n grows
     * (theory.md §6: like n^{−1/2}).
     *
     * @throws IllegalStateException when {@link #whyNoConvergence()} gives a reason, or fewer than two widths
     *                               completed without diverging
     */
    public Convergence convergence(List<Measurement> sweep) {
        whyNoConvergence().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        SweepLossCurves curves = SweepLossCurves.from(sweep, experiment.seed(), experiment.steps());
        if (curves.widths().length < 2) {
            throw new IllegalStateException("needs at least two widths that completed without diverging");
        }
        return Convergence.ofLossCurves(curves.widths(), curves.curves(), firstSeed().lossCurve().orElseThrow());
    }
}
