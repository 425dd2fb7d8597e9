package org.widthlab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.TrainingData;
import org.widthlab.engine.WidthSweep;
import org.widthlab.io.Json;
import org.widthlab.limits.Convergence;
import org.widthlab.limits.LimitCalculator;
import org.widthlab.limits.LimitKind;
import org.widthlab.limits.LimitResult;
import org.widthlab.limits.SweepLossCurves;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code limit}: the n = ∞ curve of an experiment where the theory gives one (theory.md §7), on the data of
 * its first seed, as one JSON object ({@link LimitJson}). For feature learning without an exact limit, the
 * sweep's widths are trained (one seed) and their loss curves extrapolated in n^{−1/2} (kind
 * {@code extrapolated}, loss only).
 */
@Command(name = "limit", mixinStandardHelpOptions = true, defaultValueProvider = ClassroomDefaults.class,
        description = "Compute the infinite-width limit of an experiment (kernels, kernel-regime training, the"
                + " depth-1 muP limit; else an extrapolation of finite widths) and print it as JSON.")
public final class LimitCommand implements Callable<Integer> {

    @Mixin
    ExperimentOptions experiment;

    @Spec
    CommandSpec spec;

    @Option(names = "--convergence", description = "also train the first seed at every width and report each"
            + " width's distance from the limit's loss curve, with its log-log slope (about -1/2 expected)")
    boolean convergence;

    @Override
    public Integer call() throws Exception {
        Experiment e = experiment.toExperiment();
        Verdict verdict = Verdict.of(e.parametrization());
        TrainingData data = TrainingData.of(e, 0);
        LimitResult result = LimitCalculator.compute(e, data.inputs(), data.targets());
        if (result.kind() == LimitKind.NONE && verdict.regime() == Regime.FEATURE_LEARNING) {
            result = extrapolation(e).orElse(result);
        }
        LimitJson json = LimitJson.of(result, verdict, data.inputs(), data.targets());
        if (convergence) {
            json = json.withConvergence(convergence(e, verdict, result));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writeValueAsString(json));
        out.flush();
        return 0;
    }

    /** The first seed trained at every width of the experiment, its loss curves extrapolated; empty if fewer than 2 widths. */
    private static Optional<LimitResult> extrapolation(Experiment e) throws InterruptedException {
        return firstSeedLossCurves(e).map(curves -> LimitCalculator.extrapolatedLoss(curves.widths(), curves.curves()));
    }

    /**
     * The first seed's loss curves against the limit's. Only where one seed's curve converges to the limit
     * itself: an exact limit with a loss curve, and an initial output that vanishes with width (otherwise each
     * seed keeps its own Θ(1) random f_0 and only the mean over seeds converges).
     */
    private static LimitJson.ConvergenceJson convergence(Experiment e, Verdict verdict, LimitResult limit)
            throws InterruptedException {
        boolean exact = limit.kind() != LimitKind.NONE && limit.kind() != LimitKind.EXTRAPOLATED;
        if (!exact || limit.lossCurve().isEmpty()) {
            return new LimitJson.ConvergenceJson(null, null, null, "no exact limit of the training loss to converge to");
        }
        boolean f0Vanishes = verdict.initialOutput().isExactlyZero() || verdict.initialOutput().slope() < 0;
        if (!f0Vanishes) {
            return new LimitJson.ConvergenceJson(null, null, null, "f_0 stays Θ(1) (ω = 1/2): one seed does not"
                    + " converge to the limit, only the mean over seeds does; start the readout at zero"
                    + " (--zero-readout) to see the convergence");
        }
        Optional<SweepLossCurves> curves = firstSeedLossCurves(e);
        if (curves.isEmpty()) {
            return new LimitJson.ConvergenceJson(null, null, null, "needs at least two widths that completed");
        }
        Convergence c = Convergence.ofLossCurves(curves.get().widths(), curves.get().curves(),
                limit.lossCurve().orElseThrow());
        return new LimitJson.ConvergenceJson(c.widths(), c.distances(), c.slope(), "");
    }

    /** The first seed trained at every width; empty unless the sweep completed with at least two widths. */
    private static Optional<SweepLossCurves> firstSeedLossCurves(Experiment e) throws InterruptedException {
        Experiment oneSeed = new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                e.learningRate(), e.widths(), 1, e.seed(), false);
        SweepRecorder recorder = new SweepRecorder();
        SweepOutcome outcome = new WidthSweep(Kernels.forSweeps(), SweepExecutor.sameThread())
                .start(oneSeed, recorder).await();
        SweepLossCurves curves = SweepLossCurves.from(recorder.measurements(), e.seed(), e.steps());
        return outcome.status() == SweepOutcome.Status.COMPLETED && curves.widths().length >= 2
                ? Optional.of(curves) : Optional.empty();
    }
}
