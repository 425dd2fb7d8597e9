package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;


/** Test helpers: filled matrices, and the float32 error bound every fast kernel is held to. */
final class Matrices {

    /**
     * The unit roundoff of float32, u = 2⁻²⁴ (IEEE 754 binary32 has a 24-bit significand). A sum of k
     * products computed in float in any order is within γ_k ≈ k·u of the exact value, relative to the
     * sum of the magnitudes of its terms (Higham, Accuracy and Stability of Numerical Algorithms,
     * 2nd ed., §3.1, eq. 3.5); scaling by α and adding β·C add two more roundings.
     */
    static final double FLOAT_UNIT_ROUNDOFF = 0x1p-24;

    private Matrices() {
    }

    /** A rows×cols matrix full of {@code value} (e.g. NaN, to check that β = 0 never reads C). */
    static FloatMatrix filled(int rows, int cols, float value) {
        float[] values = new float[rows * cols];
        java.util.Arrays.fill(values, value);
        return FloatMatrix.of(rows, cols, values);
    }

    /**
     * Asserts {@code actual} = α·op(A)·op(B) + β·C₀ to float32 accuracy, element by element:
     * |actual − expected| ≤ (k + 2)·u·(|α|·Σ_p |op(A)[i,p]|·|op(B)[p,j]| + |β|·|C₀[i,j]|), the worst-case
     * rounding bound above (the reference itself rounds once, inside the + 2). A wrong index or a
     * dropped term is off by O(1) relative and fails; rounding in a different order never does.
     *
     * @param c0 C before the call (ignored when β = 0)
     */
    static void assertGemmClose(String what, FloatMatrix expected, FloatMatrix actual, boolean transposeA,
            boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta, FloatMatrix c0) {
        MatrixKernel.GemmShape shape = MatrixKernel.checkShapes(transposeA, transposeB, a, b, expected);
        for (int i = 0; i < shape.m(); i++) {
            for (int j = 0; j < shape.n(); j++) {
                double magnitude = 0;
                for (int p = 0; p < shape.k(); p++) {
                    float aip = transposeA ? a.get(p, i) : a.get(i, p);
                    float bpj = transposeB ? b.get(j, p) : b.get(p, j);
                    magnitude += Math.abs((double) aip * bpj);
                }
                magnitude = Math.abs(alpha) * magnitude + (beta == 0 ? 0 : Math.abs(beta * c0.get(i, j)));
                double tolerance = (shape.k() + 2) * FLOAT_UNIT_ROUNDOFF * magnitude;
                double error = Math.abs((double) actual.get(i, j) - expected.get(i, j));
                int row = i;
                int col = j;
                assertTrue(error <= tolerance, () -> what + ": C[" + row + "," + col + "] = " + actual.get(row, col)
                        + ", reference " + expected.get(row, col) + ", error " + error + " > tolerance " + tolerance);
            }
        }
    }
}
