package org.widthlab.engine;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.widthlab.linalg.FloatMatrix;

/**
 * Fills a weight matrix with independent {@code N(0, σ²)} entries, fast and reproducibly: row i of
 * layer l at seed s is drawn from its own {@link SplittableRandom} stream, seeded by a mix of
 * (s, l, i), so the numbers depend only on (s, l, i) and never on how many threads fill the rows.
 * The normal deviates come from a ziggurat ({@link #normals}), many times faster than
 * {@code java.util.Random.nextGaussian} (which draws two doubles and takes a log and a square root).
 */
final class GaussianFill {

    /** Rows per parallel task: large enough to amortize the task, small enough to cancel promptly. */
    private static final int ROWS_PER_TASK = 64;

    private GaussianFill() {
    }

    /**
     * Overwrites {@code w} with {@code N(0, std²)} entries (exact zeros when {@code std == 0}).
     *
     * @param parallel  whether to fill blocks of rows on all cores (else on the calling thread)
     * @param cancelled checked between blocks of rows; when it turns true the fill stops early
     */
    static void fill(FloatMatrix w, double std, long seed, int layer, boolean parallel, BooleanSupplier cancelled) {
        int rows = w.rows();
        int cols = w.cols();
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream blocks = IntStream.range(0, tasks);
        (parallel ? blocks.parallel() : blocks).forEach(task -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            float[] row = new float[cols];
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int i = task * ROWS_PER_TASK; i < end; i++) {
                if (std != 0) {
                    normals(new SplittableRandom(streamSeed(seed, layer, i)), row, std);
                }
                w.buffer().put(i * cols, row);
            }
        });
    }

    /**
     * Fills {@code out} with N(0, std²) deviates from {@code random}, by the ziggurat method of Marsaglia and
     * Tsang (J. Stat. Softw. 5(8), 2000) with 128 layers: about 99% of draws cost one random long, one table
     * lookup and one multiplication. The layer index and the value come from disjoint bits of the long (the
     * fix of Leong et al., J. Stat. Softw. 12(7), 2005, for the original's correlation between them).
     */
    static void normals(SplittableRandom random, float[] out, double std) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (std * standardNormal(random));
        }
    }

    static double standardNormal(SplittableRandom random) {
        while (true) {
            long bits = random.nextLong();
            int hz = (int) (bits >> 32);
            int iz = (int) (bits & (LAYERS - 1));
            if (Math.abs((long) hz) < KN[iz]) {
                return hz * WN[iz];
            }
            double x = hz * WN[iz];
            if (iz == 0) {
                // The tail beyond R, by Marsaglia's exponential method.
                double tail;
                double y;
                do {
                    tail = -Math.log(uniformOpen(random)) / R;
                    y = -Math.log(uniformOpen(random));
                } while (y + y < tail * tail);
                return hz > 0 ? R + tail : -R - tail;
            }
            if (FN[iz] + random.nextDouble() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    private static double uniformOpen(SplittableRandom random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }

    private static final int LAYERS = 128;
    /** The start of the tail, and the common area of the layers (Marsaglia and Tsang, 2000). */
    private static final double R = 3.442619855899;
    private static final double AREA = 9.91256303526217e-3;
    private static final long[] KN = new long[LAYERS];
    private static final double[] WN = new double[LAYERS];
    private static final double[] FN = new double[LAYERS];

    static {
        double m1 = 2147483648.0;
        double dn = R;
        double tn = dn;
        double q = AREA / Math.exp(-0.5 * dn * dn);
        KN[0] = (long) ((dn / q) * m1);
        KN[1] = 0;
        WN[0] = q / m1;
        WN[LAYERS - 1] = dn / m1;
        FN[0] = 1;
        FN[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
        for (int i = LAYERS - 2; i >= 1; i--) {
            dn = Math.sqrt(-2 * Math.log(AREA / dn + Math.exp(-0.5 * dn * dn)));
            KN[i + 1] = (long) ((dn / tn) * m1);
            tn = dn;
            FN[i] = Math.exp(-0.5 * dn * dn);
            WN[i] = dn / m1;
        }
    }

    /** A well-mixed seed for stream (seed, layer, row): SplitMix64's finalizer over the three. */
    static long streamSeed(long seed, int layer, int row) {
        long z = seed * 0x9E3779B97F4A7C15L + ((long) layer << 32 | (row & 0xFFFFFFFFL));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
