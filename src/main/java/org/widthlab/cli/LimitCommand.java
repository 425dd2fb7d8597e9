package org.widthlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.TrainingData;
import org.widthlab.engine.WidthSweep;
import org.widthlab.io.Json;
import org.widthlab.limits.Convergence;
import org.widthlab.limits.ExperimentLimits;
import org.widthlab.limits.LimitResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code limit}: the n = ∞ curve of an experiment where the theory gives one (theory.md §7), on the data of
 * its first seed, with the seed-averaged loss curve the window draws, as one JSON object ({@link LimitJson}),
 * both from {@link ExperimentLimits}. For feature learning without an exact limit, the experiment's widths and
 * seeds are trained and their seed-averaged loss curves extrapolated in n^{−1/2} (kind {@code extrapolated},
 * loss only), as the window does when its sweep completes.
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
        ExperimentLimits limits = ExperimentLimits.of(e);
        boolean checkConvergence = convergence && limits.whyNoConvergence().isEmpty();
        List<Measurement> sweep = limits.extrapolates() ? sweep(e) : checkConvergence ? sweep(firstSeedOnly(e))
                : List.of();
        LimitResult result = limits.extrapolation(sweep).orElse(limits.firstSeed());
        LimitJson json = LimitJson.of(result, limits.verdict(), TrainingData.of(e, 0),
                limits.extrapolates() ? result.lossCurve() : limits.seedMeanLoss());
        if (convergence) {
            json = json.withConvergence(convergence(limits, sweep));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writeValueAsString(json));
        out.flush();
        return 0;
    }

    private static LimitJson.ConvergenceJson convergence(ExperimentLimits limits, List<Measurement> sweep) {
        Optional<String> why = limits.whyNoConvergence();
        if (why.isPresent()) {
            return new LimitJson.ConvergenceJson(null, null, null, why.get());
        }
        try {
            Convergence c = limits.convergence(sweep);
            return new LimitJson.ConvergenceJson(c.widths(), c.distances(), c.slope(), "");
        } catch (IllegalStateException notEnough) {
            return new LimitJson.ConvergenceJson(null, null, null, notEnough.getMessage());
        }
    }

    private static Experiment firstSeedOnly(Experiment e) {
        return new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(), e.learningRate(),
                e.widths(), 1, e.seed(), false);
    }

    /** Every width and seed of {@code e} trained, as the window's Run trains them. */
    private static List<Measurement> sweep(Experiment e) throws InterruptedException {
        SweepRecorder recorder = new SweepRecorder();
        SweepOutcome outcome = new WidthSweep(Kernels.forSweeps(), SweepExecutor.sameThread()).start(e, recorder)
                .await();
        if (outcome.status() == SweepOutcome.Status.FAILED) {
            throw new IllegalArgumentException("the sweep failed: " + outcome.message());
        }
        return recorder.measurements();
    }
}
