package org.widthlab.casestudies;

/**
 * The loops the case studies spend their time in, on rows stored as separate float arrays. Each loop reads and
 * writes whole arrays at the same index j, the form HotSpot C2 (JDK 17) turns into AVX/AVX-512 instructions;
 * with an offset into another array it does not (it cannot rule out that the two are one array). A running
 * float sum it never vectorizes either (that would reorder the additions), so {@link #dot} sums in
 * {@value #DOT_CHAINS} chains laid out along a scratch row, a loop C2 does vectorize (see there).
 */
final class FloatRows {

    private FloatRows() {
    }

    /**
     * The number of partial sums {@link #dot} keeps: a multiple of the widest vector (16 floats in AVX-512), so
     * that its chain loop vectorizes, and enough of them to keep the vector adds independent.
     */
    static final int DOT_CHAINS = 64;

    /**
     * {@code Σ_j x[j]·y[j]} for j = 0..n−1; {@code scratch} (length ≥ n) is overwritten.
     *
     * <p>The products fall into {@value #DOT_CHAINS} chains by {@code j mod DOT_CHAINS}, each summed in order:
     * {@code scratch[j] = scratch[j − DOT_CHAINS] + x[j]·y[j]} reads only entries written a whole vector or more
     * before, so C2 runs it a whole vector at a time; the chains end in the last {@code DOT_CHAINS} entries,
     * summed by {@link #sum}. Every product passes through at most {@code ⌈n / DOT_CHAINS⌉ + DOT_CHAINS / 8 + 3}
     * additions, which bounds the rounding error (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>,
     * 2nd ed., §4.2). Measured on this project's machine (n = 3,000, rows in cache, CPU time): about 2.5× faster
     * than multiplying into the scratch row and summing it in eight running sums.
     */
    static float dot(float[] x, float[] y, int n, float[] scratch) {
        int chains = Math.min(n, DOT_CHAINS);
        for (int j = 0; j < chains; j++) {
            scratch[j] = x[j] * y[j];
        }
        for (int j = chains; j < n; j++) {
            scratch[j] = scratch[j - DOT_CHAINS] + x[j] * y[j];
        }
        return sum(scratch, n - chains, n);
    }

    /** {@code Σ x[j]} for j = from..to−1, in eight running sums (which the processor overlaps), then pairwise. */
    private static float sum(float[] x, int from, int to) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int j = from;
        for (; j + 7 < to; j += 8) {
            s0 += x[j];
            s1 += x[j + 1];
            s2 += x[j + 2];
            s3 += x[j + 3];
            s4 += x[j + 4];
            s5 += x[j + 5];
            s6 += x[j + 6];
            s7 += x[j + 7];
        }
        for (; j < to; j++) {
            s0 += x[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** {@code y[j] += a·x[j]} for j = 0..n−1. */
    static void axpy(float a, float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] += a * x[j];
        }
    }

    /**
     * {@code acc[j] += a·row[j]}, then {@code row[j] −= b·x[j]}, for j = 0..n−1, in one pass: {@link #axpy} twice
     * (first into acc, then into row) with row read once.
     */
    static void axpyThenStep(float a, float[] row, float[] acc, float b, float[] x, int n) {
        for (int j = 0; j < n; j++) {
            float r = row[j];
            acc[j] += a * r;
            row[j] = r - b * x[j];
        }
    }

    /** {@code x[j] *= a} for j = 0..n−1. */
    static void scale(float a, float[] x, int n) {
        for (int j = 0; j < n; j++) {
            x[j] *= a;
        }
    }

    /** A copy of every row. */
    static float[][] copy(float[][] rows) {
        float[][] copy = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
