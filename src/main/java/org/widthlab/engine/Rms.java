package org.widthlab.engine;

import java.nio.FloatBuffer;
import org.widthlab.linalg.FloatMatrix;

/**
 * Root-mean-square coordinate sizes (theory.md §6: "root mean square of a vector's entries"),
 * accumulated in double over all entries of a matrix (all examples of the batch and all coordinates).
 */
final class Rms {

    private static final int CHUNK = 1 << 14;

    private Rms() {
    }

    /** {@code sqrt(mean(a²))}. */
    static double of(FloatMatrix a) {
        return difference(a, null);
    }

    /** {@code sqrt(mean((a − b)²))}; b may be null (then zero). */
    static double difference(FloatMatrix a, FloatMatrix b) {
        if (b != null && (a.rows() != b.rows() || a.cols() != b.cols())) {
            throw new IllegalArgumentException("shapes differ");
        }
        int size = a.size();
        if (size == 0) {
            return 0;
        }
        float[] x = new float[Math.min(CHUNK, size)];
        float[] y = b == null ? null : new float[x.length];
        FloatBuffer bufferA = a.buffer();
        double sum = 0;
        for (int start = 0; start < size; start += x.length) {
            int length = Math.min(x.length, size - start);
            bufferA.get(start, x, 0, length);
            if (y != null) {
                b.buffer().get(start, y, 0, length);
            }
            sum += sumOfSquaredDifferences(x, y, length);
        }
        return Math.sqrt(sum / size);
    }

    /**
     * {@code Σ_{i<length} (x_i − y_i)²} in double (y null: zero), over four interleaved partial sums: one running
     * sum waits for each addition to finish before the next; four keep the adder busy, in a quarter of the time.
     */
    static double sumOfSquaredDifferences(float[] x, float[] y, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            double d0 = y == null ? x[i] : (double) x[i] - y[i];
            double d1 = y == null ? x[i + 1] : (double) x[i + 1] - y[i + 1];
            double d2 = y == null ? x[i + 2] : (double) x[i + 2] - y[i + 2];
            double d3 = y == null ? x[i + 3] : (double) x[i + 3] - y[i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < length; i++) {
            double d = y == null ? x[i] : (double) x[i] - y[i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
