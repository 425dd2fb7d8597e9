package org.widthlab.linalg;

/**
 * The matrix products the engine's hot loop needs, behind one small interface:
 * {@code C ← α·op(A)·op(B) + β·C}, where op(X) is X or Xᵀ (BLAS {@code sgemm}). Covers the forward
 * product (batch×n by n×n), the backward product and the rank-batch weight update.
 *
 * <p>Arguments: {@code a} and {@code b} are read only; {@code c} is modified. Shapes must agree:
 * op(A) is m×k, op(B) is k×n, C is m×n; a mismatch throws {@link IllegalArgumentException}.
 */
public interface MatrixKernel {

    void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c);

    /** A short name for reports, e.g. {@code "reference"} or {@code "openblas (2 threads)"}. */
    String name();

    /** Checks the shapes of a {@link #gemm} call; returns {m, n, k}. */
    static int[] checkShapes(boolean transposeA, boolean transposeB, FloatMatrix a, FloatMatrix b, FloatMatrix c) {
        int m = transposeA ? a.cols() : a.rows();
        int k = transposeA ? a.rows() : a.cols();
        int kb = transposeB ? b.cols() : b.rows();
        int n = transposeB ? b.rows() : b.cols();
        if (k != kb || c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException("gemm shapes do not agree: op(A) " + m + "×" + k + ", op(B) " + kb + "×"
                    + n + ", C " + c.rows() + "×" + c.cols());
        }
        return new int[] {m, n, k};
    }
}
