package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The oracle itself, on a product worked by hand: [[1, 2, 3], [4, 5, 6]]·[[7, 8], [9, 10], [11, 12]]
 * = [[58, 64], [139, 154]] (1·7 + 2·9 + 3·11 = 58, and so on). Small integers are exact in float, so
 * the comparisons are exact.
 */
class ReferenceKernelTest {

    private static final FloatMatrix A = FloatMatrix.of(2, 3, new float[] {1, 2, 3, 4, 5, 6});
    private static final FloatMatrix A_STORED_TRANSPOSED = FloatMatrix.of(3, 2, new float[] {1, 4, 2, 5, 3, 6});
    private static final FloatMatrix B = FloatMatrix.of(3, 2, new float[] {7, 8, 9, 10, 11, 12});
    private static final FloatMatrix B_STORED_TRANSPOSED = FloatMatrix.of(2, 3, new float[] {7, 9, 11, 8, 10, 12});
    private static final float[] PRODUCT = {58, 64, 139, 154};

    @Test
    void allFourTransposeCombinationsGiveTheHandProduct() {
        MatrixKernel reference = new ReferenceKernel();
        for (boolean transposeA : new boolean[] {false, true}) {
            for (boolean transposeB : new boolean[] {false, true}) {
                FloatMatrix c = Matrices.filled(2, 2, Float.NaN);
                reference.gemm(transposeA, transposeB, 1, transposeA ? A_STORED_TRANSPOSED : A,
                        transposeB ? B_STORED_TRANSPOSED : B, 0, c);
                assertArrayEquals(PRODUCT, c.toArray(), "transA=" + transposeA + ", transB=" + transposeB);
            }
        }
    }

    @Test
    void alphaScalesTheProductAndBetaTheOldC() {
        FloatMatrix c = FloatMatrix.of(2, 2, new float[] {1, 2, 3, 4});
        new ReferenceKernel().gemm(false, false, 2, A, B, -1, c);
        assertArrayEquals(new float[] {2 * 58 - 1, 2 * 64 - 2, 2 * 139 - 3, 2 * 154 - 4}, c.toArray());
    }
}
