package org.widthlab.casestudies;

/**
 * The loops the case studies spend their time in, on rows stored as separate float arrays. Each loop reads and
 * writes whole arrays at the same index j, the form HotSpot C2 (JDK 17) turns into AVX/AVX-512 instructions;
 * with an offset into a shared array it does not (it cannot rule out overlap), and a float sum it never
 * vectorizes (that would reorder the additions). So the dot product multiplies into a scratch row (vectorized)
 * and adds with eight partial sums, which the processor overlaps: about 3× a single running sum on this
 * project's machines (measured in CPU time with n = 3000).
 */
final class FloatRows {

    private FloatRows() {
    }

    /** {@code Σ_j x[j]·y[j]} for j = 0..n−1; {@code scratch} (length ≥ n) is overwritten. */
    static float dot(float[] x, float[] y, int n, float[] scratch) {
        for (int j = 0; j < n; j++) {
            scratch[j] = x[j] * y[j];
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int j = 0;
        for (; j + 7 < n; j += 8) {
            s0 += scratch[j];
            s1 += scratch[j + 1];
            s2 += scratch[j + 2];
            s3 += scratch[j + 3];
            s4 += scratch[j + 4];
            s5 += scratch[j + 5];
            s6 += scratch[j + 6];
            s7 += scratch[j + 7];
        }
        for (; j < n; j++) {
            s0 += scratch[j];
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
