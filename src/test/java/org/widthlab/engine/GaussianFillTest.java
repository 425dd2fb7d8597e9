package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.widthlab.linalg.FloatMatrix;

/** The fast normal sampler: the right moments, and rows that depend only on (seed, layer, row). */
class GaussianFillTest {

    @Test
    void momentsOfAStandardNormal() {
        float[] x = new float[1 << 20];
        GaussianFill.normals(new SplittableRandom(1), x, 2.0);
        double sum = 0;
        double squares = 0;
        double fourth = 0;
        for (float v : x) {
            sum += v;
            squares += (double) v * v;
            fourth += Math.pow(v, 4);
        }
        int n = x.length;
        // Standard errors at 2^20 draws: mean 2/1024 ≈ 0.002, variance 4·√2/1024 ≈ 0.006.
        assertEquals(0.0, sum / n, 0.01);
        assertEquals(4.0, squares / n, 0.03);
        assertEquals(3.0, fourth / n / 16, 0.05, "kurtosis 3");
    }

    @Test
    void tailsHaveTheNormalProbabilities() {
        // P(X > 1) = 0.158655, P(X > 2.5) = 0.0062097, P(X > 3.5) = 2.3263e-4 (standard normal table); the
        // ziggurat's base strip starts at 3.4426, so the last one checks its tail algorithm.
        int draws = 1 << 22;
        SplittableRandom random = new SplittableRandom(9);
        int[] above = new int[3];
        double[] thresholds = {1, 2.5, 3.5};
        for (int i = 0; i < draws; i++) {
            double x = Math.abs(GaussianFill.standardNormal(random));
            for (int j = 0; j < 3; j++) {
                if (x > thresholds[j]) {
                    above[j]++;
                }
            }
        }
        double[] expected = {2 * 0.158655, 2 * 0.0062097, 2 * 2.3263e-4};
        for (int j = 0; j < 3; j++) {
            double count = expected[j] * draws;
            // Five binomial standard deviations.
            assertEquals(count, above[j], 5 * Math.sqrt(count), "P(|X| > " + thresholds[j] + ")");
        }
    }

    @ParameterizedTest(name = "parallel = {0}")
    @ValueSource(booleans = {true, false})
    void eachRowComesFromItsOwnStream(boolean parallel) {
        FloatMatrix w = FloatMatrix.zeros(300, 17);
        GaussianFill.fill(w, 0.5, 42, 2, parallel, () -> false);
        for (int i : new int[] {0, 123, 299}) {
            float[] row = new float[17];
            GaussianFill.normals(new SplittableRandom(GaussianFill.streamSeed(42, 2, i)), row, 0.5);
            float[] stored = new float[17];
            w.buffer().get(i * 17, stored);
            assertArrayEquals(row, stored, "row " + i);
        }
    }
}
