package org.widthlab.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.widthlab.linalg.MatrixKernel.GemmShape;
import org.widthlab.linalg.MatrixKernels.Kind;

/**
 * Measures the speed of the matrix kernels in GFLOP/s = 2·m·n·k / t (one multiply and one add per
 * term), on square products and on the engine's own products, as medians over repetitions after a
 * warm-up. The {@code bench} command prints what this returns; timing lives only here, never in tests.
 */
public final class GemmBenchmark {

    /** Seed of the benchmark's random matrices (the speed does not depend on the values). */
    private static final long SEED = 20261123;

    private GemmBenchmark() {
    }

    /** The products measured, at width n and batch size b. */
    public enum Product {
        /** C (n×n) ← A (n×n)·B (n×n): the textbook benchmark. */
        SQUARE("n×n · n×n"),
        /** H (b×n) ← X (b×n)·W (n×n): one layer's forward (and, with Wᵀ, backward) product. */
        FORWARD("b×n · n×n"),
        /** W (n×n) ← W − η·Gᵀ·X with G, X of b×n: the rank-b weight update ({@code transposeA}, β = 1). */
        UPDATE("(b×n)ᵀ · b×n");

        private final String label;

        Product(String label) {
            this.label = label;
        }

        /** How the product reads in a table, e.g. {@code "b×n · n×n"}. */
        public String label() {
            return label;
        }

        /** Its dimensions at width n and batch b. */
        public GemmShape shape(int n, int batch) {
            return switch (this) {
                case SQUARE -> new GemmShape(n, n, n);
                case FORWARD -> new GemmShape(batch, n, n);
                case UPDATE -> new GemmShape(n, n, batch);
            };
        }

        boolean transposeA() {
            return this == UPDATE;
        }
    }

    /**
     * What to measure: each kind at each thread count, each size n and each product, timed over
     * {@code repetitions} repetitions of at least {@code minRepetitionSeconds} each after a warm-up of at
     * least {@code warmUpSeconds} (and two calls, so the JIT has compiled the Java kernel). The
     * reference kernel runs on 1 thread only and only up to {@code referenceMaxSize}.
     */
    public record Settings(List<Kind> kinds, List<Integer> threads, List<Integer> sizes, int batch, int repetitions,
            double warmUpSeconds, double minRepetitionSeconds, int referenceMaxSize) {

        public Settings {
            kinds = List.copyOf(kinds);
            threads = List.copyOf(threads);
            sizes = List.copyOf(sizes);
            requireAllPositive("thread counts", threads);
            requireAllPositive("sizes", sizes);
            if (batch < 1 || repetitions < 1) {
                throw new IllegalArgumentException("batch and repetitions must be at least 1, got batch " + batch
                        + " and " + repetitions + " repetitions");
            }
            if (!(warmUpSeconds >= 0) || !(minRepetitionSeconds >= 0)) {
                throw new IllegalArgumentException("warm-up and repetition times must be ≥ 0 s");
            }
        }

        /** The README's benchmark: every kind available, 1 and 2 threads, n = 512…4096, batch 64, 5 repetitions. */
        public static Settings standard() {
            return new Settings(MatrixKernels.availableKinds(), List.of(1, 2), List.of(512, 1024, 2048, 4096), 64,
                    5, 0.3, 0.2, 512);
        }

        private static void requireAllPositive(String what, List<Integer> values) {
            if (values.isEmpty() || values.stream().anyMatch(v -> v < 1)) {
                throw new IllegalArgumentException(what + " must be a non-empty list of numbers ≥ 1, got " + values);
            }
        }
    }

    /**
     * One measurement: {@code kernel} on {@code threads} threads, {@code product} at m×k·k×n, timed
     * over {@code repetitions} repetitions of {@code callsPerRepetition} calls each; GFLOP/s median and
     * range.
     */
    public record Result(String kind, String kernel, int threads, Product product, int m, int n, int k,
            int callsPerRepetition, int repetitions, double medianGflops, double minGflops, double maxGflops) {

        /** The median as a fraction of the FMA peak of {@code threads} cores, given the peak of one. */
        public double fractionOfPeak(double peakGflopsPerThread) {
            return medianGflops / (peakGflopsPerThread * threads);
        }
    }

    /** Runs every measurement of {@code settings}, handing each to {@code onResult} as it is done. */
    public static List<Result> run(Settings settings, Consumer<Result> onResult) {
        List<Result> results = new ArrayList<>();
        for (Kind kind : settings.kinds()) {
            for (int threads : settings.threads()) {
                if (kind == Kind.REFERENCE && threads != 1) {
                    continue;
                }
                MatrixKernel kernel = kind.create(threads);
                for (int n : settings.sizes()) {
                    if (kind == Kind.REFERENCE && n > settings.referenceMaxSize()) {
                        continue;
                    }
                    for (Product product : Product.values()) {
                        Result result = measure(kind, kernel, threads, product, n, settings);
                        results.add(result);
                        onResult.accept(result);
                    }
                }
            }
        }
        return results;
    }

    private static Result measure(Kind kind, MatrixKernel kernel, int threads, Product product, int n,
            Settings settings) {
        GemmShape shape = product.shape(n, settings.batch());
        boolean transposeA = product.transposeA();
        FloatMatrix a = transposeA ? FloatMatrix.uniform(shape.k(), shape.m(), SEED)
                : FloatMatrix.uniform(shape.m(), shape.k(), SEED);
        FloatMatrix b = FloatMatrix.uniform(shape.k(), shape.n(), SEED + 1);
        FloatMatrix c = FloatMatrix.uniform(shape.m(), shape.n(), SEED + 2);
        float alpha = transposeA ? -1e-3f : 1f;
        float beta = transposeA ? 1f : 0f;
        Runnable call = () -> kernel.gemm(transposeA, false, alpha, a, b, beta, c);

        long warmUpEnd = System.nanoTime() + (long) (settings.warmUpSeconds() * 1e9);
        long lastCallNanos = Long.MAX_VALUE;
        for (int calls = 0; calls < 2 || System.nanoTime() < warmUpEnd; calls++) {
            long start = System.nanoTime();
            call.run();
            lastCallNanos = System.nanoTime() - start;
        }
        int callsPerRepetition = (int) Math.max(1,
                Math.ceil(settings.minRepetitionSeconds() * 1e9 / Math.max(1, lastCallNanos)));
        double[] gflops = new double[settings.repetitions()];
        for (int r = 0; r < gflops.length; r++) {
            long start = System.nanoTime();
            for (int q = 0; q < callsPerRepetition; q++) {
                call.run();
            }
            gflops[r] = shape.flops() * callsPerRepetition / (System.nanoTime() - start);
        }
        Arrays.sort(gflops);
        double median = median(gflops);
        return new Result(kind.id(), kernel.name(), threads, product, shape.m(), shape.n(), shape.k(),
                callsPerRepetition, gflops.length, median, gflops[0], gflops[gflops.length - 1]);
    }

    /** The median of sorted values (the mean of the middle two for an even count). */
    static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
