package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.linalg.ReferenceKernel;

/** The engine tests' loop kernel against the reference kernel, all transpositions, odd shapes. */
class LoopKernelTest {

    private static final double TOLERANCE = 1e-5;

    @Test
    void agreesWithTheReference() {
        SplittableRandom random = new SplittableRandom(5);
        int m = 7;
        int n = 13;
        int k = 5;
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                FloatMatrix a = random(ta ? k : m, ta ? m : k, random);
                FloatMatrix b = random(tb ? n : k, tb ? k : n, random);
                FloatMatrix c1 = random(m, n, random);
                FloatMatrix c2 = c1.copy();
                new LoopKernel().gemm(ta, tb, 0.7f, a, b, 0.3f, c1);
                new ReferenceKernel().gemm(ta, tb, 0.7f, a, b, 0.3f, c2);
                for (int i = 0; i < m * n; i++) {
                    assertEquals(c2.toArray()[i], c1.toArray()[i], TOLERANCE);
                }
            }
        }
    }

    private static FloatMatrix random(int rows, int cols, SplittableRandom random) {
        float[] values = new float[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return FloatMatrix.of(rows, cols, values);
    }
}
