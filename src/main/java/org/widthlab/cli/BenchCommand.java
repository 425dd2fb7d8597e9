package org.widthlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.widthlab.casestudies.Word2VecEpochBenchmark;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.SweepBenchmark;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridBenchmark;
import org.widthlab.io.Json;
import org.widthlab.limits.KernelBenchmark;
import org.widthlab.linalg.GemmBenchmark;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how fast the matrix kernels are on this machine, in GFLOP/s = 2·m·n·k / t (medians
 * after warm-up), for square products and the engine's own (b×n·n×n forward, rank-b update), as a
 * table or, with {@code --json}, one JSON object. The measuring is {@link GemmBenchmark}'s.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the matrix kernels (GFLOP/s, medians) at several widths and thread counts, the"
                + " peer's sweep, the infinite-width kernels and an epoch of the word-embedding muP limit (seconds,"
                + " medians).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "N,...", defaultValue = "512,1024,2048,4096",
            description = "widths n (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--threads", split = ",", paramLabel = "T,...", defaultValue = "1,2",
            description = "thread counts (default: ${DEFAULT-VALUE})")
    List<Integer> threads;

    @Option(names = "--kernels", split = ",", paramLabel = "K,...",
            description = "openblas, java and/or reference (default: every kernel that runs here)")
    List<String> kernels;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "64",
            description = "batch size b of the engine's products (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--repetitions", paramLabel = "R", defaultValue = "5",
            description = "timed repetitions per measurement, of at least 0.2 s each (default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(names = "--reference-max-size", paramLabel = "N", defaultValue = "512",
            description = "largest n for the slow reference kernel (default: ${DEFAULT-VALUE})")
    int referenceMaxSize;

    @Option(names = "--sweep-repeats", paramLabel = "R", defaultValue = "5",
            description = "timed runs of the peer's sweep (μP, L = 3, widths 64..4096, 5 steps) after one warm-up;"
                    + " 0 skips it (default: ${DEFAULT-VALUE})")
    int sweepRepeats;

    @Option(names = "--kernel-repeats", paramLabel = "R", defaultValue = "5",
            description = "timed runs of the infinite-width kernels (NNGP + NTK, L = 3, the peer's 64 inputs, d = 32)"
                    + " per activation after one warm-up; 0 skips them (default: ${DEFAULT-VALUE})")
    int kernelRepeats;

    @Option(names = "--kernel-activations", split = ",", paramLabel = "PHI,...", defaultValue = "tanh,gelu,relu",
            completionCandidates = Choices.Activations.class,
            description = "activations whose kernels are timed, of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    List<String> kernelActivations;

    @Option(names = "--peak-per-thread", paramLabel = "GFLOPS", defaultValue = "172",
            description = "float32 FMA peak of one core, for the %% peak column (default ${DEFAULT-VALUE}, the"
                    + " measured FMA peak of an AVX-512 Intel host; measure this machine's with src/bench/fma_peak.c)")
    double peakPerThread;

    @Option(names = "--grid-repeats", paramLabel = "R", defaultValue = "0",
            description = "timed runs of the peer's μTransfer grid (260 cells, assets/grids/mutransfer.json) after one"
                    + " warm-up, each into a fresh store and then again from it; 0 skips it (default: ${DEFAULT-VALUE})")
    int gridRepeats;

    @Option(names = "--word2vec-epochs", paramLabel = "R", defaultValue = "0",
            description = "timed epochs of the word-embedding muP limit (casestudy word2vec's default data: V = 3,000,"
                    + " about 1M tokens; training only, no warm-up) per Hogwild thread count; 0 skips them (default:"
                    + " ${DEFAULT-VALUE})")
    int word2vecEpochs;

    @Option(names = "--word2vec-hogwild", split = ",", paramLabel = "T,...", defaultValue = "1,2",
            description = "Hogwild thread counts of the timed epochs (default: ${DEFAULT-VALUE})")
    List<Integer> word2vecHogwild;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The JSON output: which kernel the program uses and why, the FMA peak used for %, and the measurements. */
    record BenchReport(String defaultKernel, String reason, double fmaPeakGflopsPerThread,
            List<GemmBenchmark.Result> gemm, SweepTimes sweep, List<KernelTimes> kernels, GridTimes grid,
            List<EpochTimes> word2vecEpochs) {
    }

    /** Wall times of one epoch of the word-embedding μP limit ({@link Word2VecEpochBenchmark}). */
    record EpochTimes(int hogwildThreads, double medianSeconds, double[] seconds) {
    }

    private List<EpochTimes> epochTimes() {
        if (word2vecEpochs == 0) {
            return List.of();
        }
        return word2vecHogwild.stream().map(threads -> {
            double[] seconds = Word2VecEpochBenchmark.secondsOf(threads, word2vecEpochs);
            return new EpochTimes(threads, SweepBenchmark.median(seconds), seconds);
        }).toList();
    }

    /** Wall times of the infinite-width kernels ({@link KernelBenchmark}) for one activation. */
    record KernelTimes(String activation, String settings, double medianSeconds, double[] seconds) {
    }

    private static final int KERNEL_DEPTH = 3;

    private List<KernelTimes> kernelTimes(List<Activation> activations) {
        if (kernelRepeats == 0) {
            return List.of();
        }
        double[][] inputs = KernelBenchmark.peerInputs();
        return activations.stream().map(phi -> {
            double[] seconds = KernelBenchmark.secondsOf(phi, KERNEL_DEPTH, inputs, kernelRepeats);
            return new KernelTimes(phi.id(), "NNGP + NTK, L = " + KERNEL_DEPTH + ", " + inputs.length
                    + " gaussian inputs, d = " + inputs[0].length, SweepBenchmark.median(seconds), seconds);
        }).toList();
    }

    /** Wall times of the peer's grid in-process ({@link GridBenchmark}); null when skipped. */
    record GridTimes(String settings, int cells, int workers, double medianSeconds, double[] seconds,
            double medianFromStoreSeconds, double[] fromStoreSeconds) {
    }

    private GridTimes gridTimes() {
        if (gridRepeats == 0) {
            return null;
        }
        Grid grid = GridBenchmark.muTransfer();
        int workers = MatrixKernels.cores();
        GridBenchmark.run(grid, workers);
        double[] computed = new double[gridRepeats];
        double[] reused = new double[gridRepeats];
        for (int i = 0; i < gridRepeats; i++) {
            GridBenchmark.Times times = GridBenchmark.run(grid, workers);
            computed[i] = times.computeSeconds();
            reused[i] = times.fromStoreSeconds();
        }
        return new GridTimes("sp,mup x lr 2^-8..2^4 x widths 128..2048 x 2 seeds; L=2, tanh, teacher d=16, B=64, 20 steps",
                (int) grid.size(), workers, SweepBenchmark.median(computed), computed, SweepBenchmark.median(reused),
                reused);
    }

    /** Wall times of the peer's sweep in-process ({@link SweepBenchmark}); null when skipped. */
    record SweepTimes(String settings, double medianSeconds, double[] seconds) {
    }

    private SweepTimes sweepTimes() {
        if (sweepRepeats == 0) {
            return null;
        }
        Experiment peer = DefaultExperiments.peer();
        double[] seconds = SweepBenchmark.secondsOf(peer, MatrixKernels.defaultKernel(), sweepRepeats);
        return new SweepTimes(describe(peer), SweepBenchmark.median(seconds), seconds);
    }

    /** "mup, L=3, relu, gaussian d=32, batch 64, 5 steps, lr 0.05, widths 64..4096, 1 seed". */
    static String describe(Experiment e) {
        Parametrization p = e.parametrization();
        return String.format(Locale.ROOT, "%s, L=%d, %s, %s d=%d, batch %d, %d steps, lr %s, widths %s, %d seed%s",
                Preset.matching(p).map(Preset::id).orElse("custom"), p.depth(), p.activation().id(), e.dataSet().id(),
                e.inputDim(), e.batch(), e.steps(), Values.NUMBER.format(e.learningRate()),
                Grammar.format(Values.SIZE, e.widths()), e.seeds(), e.seeds() == 1 ? "" : "s");
    }

    @Override
    public Integer call() throws Exception {
        if (!(peakPerThread > 0)) {
            throw new IllegalArgumentException("--peak-per-thread must be a positive number of GFLOP/s, got "
                    + peakPerThread);
        }
        if (kernelRepeats < 0) {
            throw new IllegalArgumentException("--kernel-repeats must be 0 or more, got " + kernelRepeats);
        }
        if (word2vecEpochs < 0 || word2vecHogwild.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("--word2vec-epochs must be 0 or more and --word2vec-hogwild at least 1,"
                    + " got " + word2vecEpochs + " and " + word2vecHogwild);
        }
        List<Activation> activations = kernelActivations.stream().map(id -> ParametrizationOptions.option("--kernel-activations", () -> Grammar.one(Values.ACTIVATION, id))).toList();
        GemmBenchmark.Settings standard = GemmBenchmark.Settings.standard();
        GemmBenchmark.Settings settings = new GemmBenchmark.Settings(
                kernels == null ? standard.kinds() : kernels.stream().map(MatrixKernels.Kind::fromId).toList(),
                threads, sizes, batch, repetitions, standard.warmUpSeconds(), standard.minRepetitionSeconds(),
                referenceMaxSize);
        MatrixKernels.Choice choice = MatrixKernels.choice();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<GemmBenchmark.Result> results = GemmBenchmark.run(settings, result -> { });
            out.println(Json.MAPPER.writeValueAsString(new BenchReport(choice.kind().id(), choice.reason(),
                    peakPerThread, results, sweepTimes(), kernelTimes(activations), gridTimes(), epochTimes())));
        } else {
            out.println("default kernel: " + MatrixKernels.defaultKernel().name() + ", " + choice.reason());
            out.printf(Locale.ROOT, "GFLOP/s = 2·m·n·k / time: median (min–max) of %d repetitions after warm-up;"
                    + " %% peak against an FMA peak of %.0f GFLOP/s per thread (--peak-per-thread)%n",
                    repetitions, peakPerThread);
            out.printf(Locale.ROOT, "%-10s %7s  %-14s %5s %5s %5s  %8s  %-15s %6s%n", "kernel", "threads", "product",
                    "m", "n", "k", "GFLOP/s", "(min–max)", "% peak");
            out.flush();
            GemmBenchmark.run(settings, result -> {
                out.printf(Locale.ROOT, "%-10s %7d  %-14s %5d %5d %5d  %8.1f  %-15s %5.0f%%%n", result.kind(),
                        result.threads(), result.product().label(), result.m(), result.n(), result.k(),
                        result.medianGflops(), String.format(Locale.ROOT, "(%.1f–%.1f)", result.minGflops(),
                                result.maxGflops()), 100 * result.fractionOfPeak(peakPerThread));
                out.flush();
            });
            SweepTimes sweep = sweepTimes();
            if (sweep != null) {
                out.printf(Locale.ROOT, "sweep (%s): median %.3f s of %d runs %s%n", sweep.settings(),
                        sweep.medianSeconds(), sweep.seconds().length, Arrays.toString(sweep.seconds()));
            }
            out.flush();
            for (KernelTimes k : kernelTimes(activations)) {
                out.printf(Locale.ROOT, "kernels (%s, %s): median %.3f s of %d runs %s%n", k.settings(), k.activation(),
                        k.medianSeconds(), k.seconds().length, Arrays.toString(k.seconds()));
                out.flush();
            }
            GridTimes grid = gridTimes();
            if (grid != null) {
                out.printf(Locale.ROOT, "grid (%s; %d cells on %d workers): median %.2f s of %d runs %s; again from the"
                        + " store: median %.3f s %s%n", grid.settings(), grid.cells(), grid.workers(), grid.medianSeconds(),
                        grid.seconds().length, Arrays.toString(grid.seconds()), grid.medianFromStoreSeconds(),
                        Arrays.toString(grid.fromStoreSeconds()));
            }
            for (EpochTimes epoch : epochTimes()) {
                out.printf(Locale.ROOT, "word2vec muP limit, one epoch (V = 3,000, ~1M tokens, training only; %d Hogwild"
                        + " thread%s): median %.2f s of %d runs %s%n", epoch.hogwildThreads(),
                        epoch.hogwildThreads() == 1 ? "" : "s", epoch.medianSeconds(), epoch.seconds().length,
                        Arrays.toString(epoch.seconds()));
                out.flush();
            }
        }
        out.flush();
        return 0;
    }
}
