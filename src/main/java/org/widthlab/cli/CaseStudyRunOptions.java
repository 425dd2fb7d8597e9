package org.widthlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a case study runs and reports, the same for every study: models at once, the CSV table, progress. */
final class CaseStudyRunOptions {

    /** Models trained at once when {@code --threads} is not given: the cores, at most this many. */
    private static final int DEFAULT_MAX_THREADS = 2;

    @Option(names = "--threads", paramLabel = "T", description = "models trained at once (default: the cores, at"
            + " most " + DEFAULT_MAX_THREADS + ")")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "write the results as a CSV table here")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    /** The models trained at once: {@code --threads}, else the cores, at most {@value #DEFAULT_MAX_THREADS}. */
    int threads() {
        return threads == null ? Math.min(DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors()) : threads;
    }
}
