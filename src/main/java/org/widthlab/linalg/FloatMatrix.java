package org.widthlab.linalg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * A dense row-major float32 matrix stored off the Java heap (a direct, native-order buffer), so that
 * native kernels read and write it in place without copies. Element (i, j) is at index
 * {@code i * cols + j}. Mutable; not thread-safe.
 */
public final class FloatMatrix {

    private final int rows;
    private final int cols;
    private final FloatBuffer data;

    private FloatMatrix(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + "×" + cols);
        }
        long bytes = 4L * rows * cols;
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " float matrix (" + (bytes >> 20)
                    + " MiB) is larger than one buffer can hold (2 GiB)");
        }
        this.rows = rows;
        this.cols = cols;
        this.data = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** A new rows×cols matrix of zeros. */
    public static FloatMatrix zeros(int rows, int cols) {
        return new FloatMatrix(rows, cols);
    }

    /** A new rows×cols matrix holding {@code values} in row-major order. */
    public static FloatMatrix of(int rows, int cols, float[] values) {
        FloatMatrix m = new FloatMatrix(rows, cols);
        if (values.length != m.size()) {
            throw new IllegalArgumentException(values.length + " values for a " + rows + "×" + cols + " matrix");
        }
        m.data.put(0, values);
        return m;
    }

    /**
     * A new rows×cols matrix of independent values uniform in [-1, 1), reproducible from {@code seed}
     * (for tests and benchmarks; the engine draws its own initializations).
     */
    static FloatMatrix uniform(int rows, int cols, long seed) {
        FloatMatrix m = new FloatMatrix(rows, cols);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < m.size(); i++) {
            m.data.put(i, (float) (2 * random.nextDouble() - 1));
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int size() {
        return rows * cols;
    }

    public float get(int i, int j) {
        return data.get(i * cols + j);
    }

    public void set(int i, int j, float value) {
        data.put(i * cols + j, value);
    }

    /**
     * A view of the storage (row-major, its own position and limit, starting at 0): writes through it
     * change this matrix, while moving its position does not disturb the kernels.
     */
    public FloatBuffer buffer() {
        return data.duplicate();
    }

    /** The storage itself, always at position 0: for the kernels, which only use absolute indices. */
    FloatBuffer storage() {
        return data;
    }

    /** A copy of the elements in row-major order. */
    public float[] toArray() {
        float[] out = new float[size()];
        data.get(0, out);
        return out;
    }

    /** A new matrix with the same shape and elements. */
    public FloatMatrix copy() {
        return of(rows, cols, toArray());
    }

    /** Copies {@code other}'s elements into this matrix (same shape). */
    public void copyFrom(FloatMatrix other) {
        if (other.rows != rows || other.cols != cols) {
            throw new IllegalArgumentException("shape " + other.rows + "×" + other.cols + " into " + rows + "×" + cols);
        }
        data.put(0, other.data, 0, size());
    }
}
