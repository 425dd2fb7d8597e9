package org.widthlab.linalg;

/**
 * The matrix products the engine's hot loop needs, behind one small interface:
 * {@code C ← α·op(A)·op(B) + β·C}, where op(X) is X or Xᵀ (BLAS {@code sgemm}). Covers the forward
 * product (batch×n by n×n), the backward product (with {@code transposeB}) and the rank-batch weight
 * update {@code W ← W + α·Xᵀ·G} ({@code transposeA}, β = 1).
 *
 * <p>Arguments: {@code a} and {@code b} are read only; {@code c} is modified. Shapes must agree:
 * op(A) is m×k, op(B) is k×n, C is m×n; a mismatch throws {@link IllegalArgumentException}. As in
 * BLAS, β = 0 means C's old contents are not read at all (NaN or garbage there does not propagate),
 * and k = 0 gives {@code C ← β·C}. {@code c} must not share storage with {@code a} or {@code b}.
 *
 * <p>Get one from {@link MatrixKernels}: {@link MatrixKernels#defaultKernel()} picks the fastest that
 * works on this machine.
 */
public interface MatrixKernel {

    void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c);

    /** How many threads one product is split over (the caller's own included). */
    int threads();

    /** A short name for reports, e.g. {@code "reference"} or {@code "openblas (2 threads)"}. */
    String name();

    /**
     * The dimensions of one {@code gemm}: op(A) is m×k, op(B) is k×n, C is m×n; it costs
     * {@link #flops()} = 2·m·n·k floating-point operations (one multiply and one add per term).
     */
    record GemmShape(int m, int n, int k) {

        /** 2·m·n·k, the operation count GFLOP/s figures are based on. */
        public double flops() {
            return 2.0 * m * n * k;
        }
    }

    /** Checks the shapes of a {@link #gemm} call and returns them; throws on a mismatch, naming all three. */
    static GemmShape checkShapes(boolean transposeA, boolean transposeB, FloatMatrix a, FloatMatrix b,
            FloatMatrix c) {
        int m = transposeA ? a.cols() : a.rows();
        int k = transposeA ? a.rows() : a.cols();
        int kb = transposeB ? b.cols() : b.rows();
        int n = transposeB ? b.rows() : b.cols();
        if (k != kb || c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException("gemm shapes do not agree: op(A) " + m + "×" + k + ", op(B) " + kb + "×"
                    + n + ", C " + c.rows() + "×" + c.cols());
        }
        return new GemmShape(m, n, k);
    }
}
