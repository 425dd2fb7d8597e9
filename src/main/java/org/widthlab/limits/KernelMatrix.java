package org.widthlab.limits;

import java.util.Arrays;

/**
 * An immutable square matrix of kernel values {@code K(ξ_i, ξ_j)} on a fixed list of inputs (row-major).
 * Every operation returns a new matrix; no argument is modified.
 */
public final class KernelMatrix {

    private final int size;
    private final double[] values;

    private KernelMatrix(int size, double[] values) {
        this.size = size;
        this.values = values;
    }

    /** A copy of {@code rows} (square, finite). */
    public static KernelMatrix of(double[][] rows) {
        int n = rows.length;
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != n) {
                throw new IllegalArgumentException("a kernel matrix is square: row " + i + " has " + rows[i].length
                        + " entries, expected " + n);
            }
            System.arraycopy(rows[i], 0, v, i * n, n);
        }
        return new KernelMatrix(n, v);
    }

    /** The Gram matrix {@code Σ^1(ξ_i, ξ_j) = ξ_i·ξ_j} (theory.md §7: no 1/d on the input layer). */
    public static KernelMatrix gram(double[][] inputs) {
        int n = inputs.length;
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                Vectors.requireSameLength(inputs[i], inputs[j]);
                double dot = Vectors.dot(inputs[i], inputs[j]);
                v[i * n + j] = dot;
                v[j * n + i] = dot;
            }
        }
        return new KernelMatrix(n, v);
    }

    /** The zero matrix. */
    static KernelMatrix zeros(int size) {
        return new KernelMatrix(size, new double[size * size]);
    }

    public int size() {
        return size;
    }

    public double get(int i, int j) {
        return values[i * size + j];
    }

    /** Entry-wise sum {@code this + other}. */
    public KernelMatrix plus(KernelMatrix other) {
        requireSameSize(other);
        double[] v = values.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] += other.values[k];
        }
        return new KernelMatrix(size, v);
    }

    /** Entry-wise (Hadamard) product {@code this ⊙ other}. */
    public KernelMatrix times(KernelMatrix other) {
        requireSameSize(other);
        double[] v = values.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] *= other.values[k];
        }
        return new KernelMatrix(size, v);
    }

    /** Rows {@code rowStart..rowEnd−1} and columns {@code colStart..colEnd−1} of this matrix, as a new array. */
    public double[][] block(int rowStart, int rowEnd, int colStart, int colEnd) {
        double[][] out = new double[rowEnd - rowStart][colEnd - colStart];
        for (int i = rowStart; i < rowEnd; i++) {
            System.arraycopy(values, i * size + colStart, out[i - rowStart], 0, colEnd - colStart);
        }
        return out;
    }

    /** A copy as rows. */
    public double[][] toArray() {
        return block(0, size, 0, size);
    }

    /** The largest absolute entry-wise difference to {@code other}. */
    public double maxAbsDifference(KernelMatrix other) {
        requireSameSize(other);
        double m = 0;
        for (int k = 0; k < values.length; k++) {
            m = Math.max(m, Math.abs(values[k] - other.values[k]));
        }
        return m;
    }

    private void requireSameSize(KernelMatrix other) {
        if (other.size != size) {
            throw new IllegalArgumentException("kernel matrices of sizes " + size + " and " + other.size);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelMatrix k && k.size == size && Arrays.equals(k.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "KernelMatrix" + Arrays.deepToString(toArray());
    }
}
