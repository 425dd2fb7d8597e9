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
            for (int i = 0; i < length; i++) {
                double d = y == null ? x[i] : (double) x[i] - y[i];
                sum += d * d;
            }
        }
        return Math.sqrt(sum / size);
    }
}
