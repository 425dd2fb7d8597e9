package org.widthlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.SlopeFits;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepListener;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepProgress;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.WidthSweep;
import org.widthlab.io.Json;
import org.widthlab.io.ResultsCsv;
import org.widthlab.io.SweepJson;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.theory.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: train the network at every width and seed, write the tidy result table
 * ({@link ResultsCsv}) and print one JSON summary ({@link SweepJson}): settings, verdict, fitted slopes
 * beside the predicted exponents, diverged runs, sweep time. Progress goes to stderr, one line per width.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, defaultValueProvider = ClassroomDefaults.class,
        description = "Run a width sweep (a coordinate check, theory.md §8) and print its slopes as JSON.")
public final class SweepCommand implements Callable<Integer> {

    /** Exit code of a sweep that failed while running (bad input exits with {@link WidthLabCli#USAGE_ERROR}). */
    static final int SWEEP_FAILED = 1;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result table (CSV) here")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Experiment e = experiment.toExperiment();
        Verdict verdict = Verdict.of(e.parametrization());
        MatrixKernel kernel = Kernels.forSweeps();
        PrintWriter err = spec.commandLine().getErr();
        try (ResultsCsv csv = out == null ? null : ResultsCsv.create(out)) {
            SweepRecorder recorder = new SweepRecorder(new SweepListener() {
                private int lastWidth;

                @Override
                public void onMeasurements(List<Measurement> measurements) {
                    if (csv != null) {
                        csv.write(measurements);
                    }
                }

                @Override
                public void onProgress(SweepProgress p) {
                    if (!quiet && p.currentWidth() != lastWidth) {
                        lastWidth = p.currentWidth();
                        err.printf(Locale.ROOT, "sweep: width %d (%.0f%% done, %.1f s)%n", p.currentWidth(),
                                100 * p.fractionDone(), p.elapsedSeconds());
                        err.flush();
                    }
                }
            });
            SweepOutcome outcome = new WidthSweep(kernel, SweepExecutor.sameThread()).start(e, recorder).await();
            if (outcome.status() != SweepOutcome.Status.COMPLETED) {
                err.println("sweep: " + outcome.status().name().toLowerCase(Locale.ROOT) + ": " + outcome.message());
                err.flush();
                return SWEEP_FAILED;
            }
            if (csv != null) {
                csv.commit();
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(Json.MAPPER.writeValueAsString(SweepJson.of(e, verdict,
                    SlopeFits.fit(verdict, recorder.measurements()), outcome, kernel.name())));
            stdout.flush();
            return 0;
        }
    }
}
