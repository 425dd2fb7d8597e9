package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.widthlab.linalg.FloatMatrix;

class RmsTest {

    /**
     * The fast sums add in another order than the slow loop; each of their n additions in double rounds by at
     * most 2^−53 relative, so the two agree to n·2^−53 ≈ 1e−11 relative for n ≤ 10⁵, far below float32 data.
     */
    private static final double RELATIVE = 1e-11;

    /** Sizes around the unrolling by 4 and across the reading in chunks of 2^14. */
    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {1, 3, 4, 7, 1 << 14, (1 << 14) + 5, 3 * (1 << 14) + 2})
    void rmsAndDifferenceAgreeWithTheObviousLoop(int size) {
        FloatMatrix a = random(size, 1);
        FloatMatrix b = random(size, 2);
        float[] x = a.toArray();
        float[] y = b.toArray();
        double squares = 0;
        double differences = 0;
        for (int i = 0; i < size; i++) {
            squares += (double) x[i] * x[i];
            differences += ((double) x[i] - y[i]) * ((double) x[i] - y[i]);
        }
        double rms = Math.sqrt(squares / size);
        double rmsDifference = Math.sqrt(differences / size);
        assertEquals(rms, Rms.of(a), RELATIVE * rms);
        assertEquals(rmsDifference, Rms.difference(a, b), RELATIVE * rmsDifference);
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {1, 6, 1000})
    void featureKernelChangeAgreesWithTheObviousLoop(int cols) {
        int rows = 9;
        FloatMatrix now = random(rows * cols, 3);
        FloatMatrix initial = random(rows * cols, 4);
        float[] a = now.toArray();
        float[] b = initial.toArray();
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            double change = 0;
            for (int j = 0; j < cols; j++) {
                change += (double) a[i * cols + j] * a[i * cols + j] - (double) b[i * cols + j] * b[i * cols + j];
            }
            sum += Math.abs(change) / cols;
        }
        double expected = sum / rows;
        FloatMatrix nowRows = FloatMatrix.of(rows, cols, a);
        FloatMatrix initialRows = FloatMatrix.of(rows, cols, b);
        assertEquals(expected, CoordinateCheck.featureKernelChange(nowRows, initialRows), RELATIVE * cols * expected);
    }

    @Test
    void differenceRefusesMatricesOfDifferentShapes() {
        assertThrows(IllegalArgumentException.class, () -> Rms.difference(FloatMatrix.zeros(2, 3), FloatMatrix.zeros(3, 2)));
    }

    private static FloatMatrix random(int size, long seed) {
        float[] values = new float[size];
        GaussianFill.normals(new SplittableRandom(seed), values, 1.5);
        return FloatMatrix.of(size, 1, values);
    }
}
