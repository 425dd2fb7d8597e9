package org.widthlab.casestudies;

/**
 * The three loops the case studies spend their time in, on rows of length {@code n} stored at an offset in
 * a float array: a dot product, {@code y += a·x} and a scaling. The dot product keeps four partial sums so
 * that the loads and multiplies of consecutive elements overlap (a single running sum makes every add wait
 * for the previous one); the other two are plain loops the JIT vectorizes.
 */
final class FloatRows {

    private FloatRows() {
    }

    /** {@code Σ_j x[xOffset + j]·y[yOffset + j]} for j = 0..n−1. */
    static float dot(float[] x, int xOffset, float[] y, int yOffset, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += x[xOffset + j] * y[yOffset + j];
            s1 += x[xOffset + j + 1] * y[yOffset + j + 1];
            s2 += x[xOffset + j + 2] * y[yOffset + j + 2];
            s3 += x[xOffset + j + 3] * y[yOffset + j + 3];
        }
        for (; j < n; j++) {
            s0 += x[xOffset + j] * y[yOffset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code y[yOffset + j] += a·x[xOffset + j]} for j = 0..n−1. */
    static void axpy(float a, float[] x, int xOffset, float[] y, int yOffset, int n) {
        for (int j = 0; j < n; j++) {
            y[yOffset + j] += a * x[xOffset + j];
        }
    }

    /** {@code x[offset + j] *= a} for j = 0..n−1. */
    static void scale(float a, float[] x, int offset, int n) {
        for (int j = 0; j < n; j++) {
            x[offset + j] *= a;
        }
    }
}
