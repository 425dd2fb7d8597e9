package org.widthlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.widthlab.casestudies.CaseStudyListener;
import org.widthlab.casestudies.ModelResult;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.io.AtomicFile;
import org.widthlab.io.Json;

/**
 * Runs a case study for the command line: progress lines on stderr, then the results as one JSON object on
 * stdout ({@code study}, {@code settings}, {@code models} — one entry per model and metric: {@code model},
 * {@code width}, {@code kernel}, {@code metric}, {@code value}, {@code ci95}, {@code seconds} — and the wall time)
 * and, with {@code --out}, the same rows as a CSV table ({@value #CSV_HEADER}), written only when the study
 * completed (an earlier file of that name is never left half-written).
 */
final class CaseStudyOutput {

    static final String CSV_HEADER = "study,model,width,kernel,metric,value,ci95_low,ci95_high,seconds";
    static final int STUDY_FAILED = 1;

    private CaseStudyOutput() {
    }

    /** One entry of {@code models}; {@code value} and {@code ci95} are null for a model that diverged. */
    record ModelJson(String model, Integer width, String kernel, String metric, Double value, double[] ci95,
            double seconds) {
        static ModelJson of(ModelResult r) {
            boolean diverged = Double.isNaN(r.estimate().value());
            return new ModelJson(r.model(), r.width(), r.kernel(), r.metric(), diverged ? null : r.estimate().value(),
                    diverged ? null : new double[] {r.estimate().low(), r.estimate().high()}, r.seconds());
        }
    }

    record StudyJson(String study, Map<String, Object> settings, List<ModelJson> models, double seconds,
            String kernelNote) {
    }

    /**
     * Runs the study started by {@code start}, prints the JSON and writes the CSV.
     *
     * @return the exit code: 0, or {@value #STUDY_FAILED} when the study failed or was cancelled
     */
    static int run(String study, Map<String, Object> settings, String kernelNote, Path out, boolean quiet,
            PrintWriter stdout, PrintWriter err, Function<CaseStudyListener, SweepHandle> start)
            throws IOException, InterruptedException {
        if (out != null) {
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
                throw new IllegalArgumentException("--out " + out + ": the folder " + folder + " does not exist");
            }
        }
        List<ModelResult> results = new ArrayList<>();
        SweepOutcome outcome = start.apply(new CaseStudyListener() {
            private String lastRunning = "";

            @Override
            public synchronized void onResults(List<ModelResult> finished) {
                results.addAll(finished);
                if (!quiet) {
                    for (ModelResult r : finished) {
                        err.printf(Locale.ROOT, "casestudy %s: %s %s = %s (%.1f s)%n", study, r.label(), r.metric(),
                                format(r), r.seconds());
                    }
                    err.flush();
                }
            }

            @Override
            public synchronized void onProgress(double fraction, String running, double elapsed) {
                if (!quiet && !running.equals(lastRunning)) {
                    lastRunning = running;
                    err.printf(Locale.ROOT, "casestudy %s: %.0f%% done, %.1f s%s%n", study, 100 * fraction, elapsed,
                            running.isEmpty() ? "" : " (running " + running + ")");
                    err.flush();
                }
            }
        }).await();
        if (outcome.status() != SweepOutcome.Status.COMPLETED) {
            err.println("casestudy " + study + ": " + outcome.status().name().toLowerCase(Locale.ROOT)
                    + (outcome.message().isEmpty() ? "" : ": " + outcome.message()));
            err.flush();
            return STUDY_FAILED;
        }
        results.sort(ORDER);
        if (out != null) {
            AtomicFile.write(out, csv(study, results).getBytes(StandardCharsets.UTF_8));
        }
        stdout.println(Json.MAPPER.writeValueAsString(new StudyJson(study, settings,
                results.stream().map(ModelJson::of).toList(), outcome.sweepSeconds(), kernelNote)));
        stdout.flush();
        return 0;
    }

    /** Finite widths from narrow to wide, then the μP limit, then the kernel limits; metrics in a fixed order. */
    static final Comparator<ModelResult> ORDER = Comparator
            .comparingInt((ModelResult r) -> switch (r.model()) {
                case ModelResult.WIDTH -> 0;
                case ModelResult.MUP_LIMIT -> 1;
                case "ntk-limit" -> 2;
                default -> 3;
            })
            .thenComparing(r -> r.width() == null ? 0 : r.width())
            .thenComparing(r -> r.kernel() == null ? "" : r.kernel())
            .thenComparing(ModelResult::metric);

    static String csv(String study, List<ModelResult> results) {
        StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
        for (ModelResult r : results) {
            text.append(study).append(',').append(r.model()).append(',')
                    .append(r.width() == null ? "" : r.width().toString()).append(',')
                    .append(r.kernel() == null ? "" : r.kernel()).append(',').append(r.metric()).append(',')
                    .append(r.estimate().value()).append(',').append(r.estimate().low()).append(',')
                    .append(r.estimate().high()).append(',').append(r.seconds()).append('\n');
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException naming the option and the file when it is not a readable file */
    static void requireReadable(String option, Path file) {
        if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
            throw new IllegalArgumentException(option + " " + file + ": no such readable file");
        }
    }

    private static String format(ModelResult r) {
        return Double.isNaN(r.estimate().value()) ? "diverged" : String.format(Locale.ROOT, "%.4f [%.4f, %.4f]",
                r.estimate().value(), r.estimate().low(), r.estimate().high());
    }
}
