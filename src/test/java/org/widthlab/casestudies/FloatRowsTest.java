package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatRowsTest {

    /** float's unit roundoff 2^−24. */
    private static final double UNIT_ROUNDOFF = 0x1p-24;

    /** Lengths around the chain count, where the chained dot switches from a plain sum to chains and back. */
    private static final int[] LENGTHS = {1, 7, 8, 9, FloatRows.DOT_CHAINS - 1, FloatRows.DOT_CHAINS,
            FloatRows.DOT_CHAINS + 1, 2 * FloatRows.DOT_CHAINS + 3, 1000, 3000, 20_011};

    @Test
    void theChainedDotIsTheExactSumWithinTheRoundingBoundOfItsOrder() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n : LENGTHS) {
            for (int trial = 0; trial < 20; trial++) {
                // Large, cancelling terms (scales up to 2^±20, both signs): where a float sum is weakest.
                float[] x = new float[n + 5];
                float[] y = new float[n + 5];
                for (int j = 0; j < x.length; j++) {
                    x[j] = (float) (random.nextGaussian() * Math.scalb(1.0, random.nextInt(-20, 21)));
                    y[j] = (float) random.nextGaussian();
                }
                float[] scratch = new float[n + 5];
                double exact = 0;
                double absolute = 0;
                for (int j = 0; j < n; j++) {
                    double product = (double) x[j] * y[j];  // exact: a product of two floats fits in a double
                    exact += product;
                    absolute += Math.abs(product);
                }
                assertEquals(exact, FloatRows.dot(x, y, n, scratch), roundingBound(n) * absolute,
                        "n = " + n + ", trial " + trial);
            }
        }
    }

    /**
     * γ_k = k·u/(1 − k·u) for the longest chain of roundings a product goes through in {@link FloatRows#dot}: its
     * own rounding, ⌈n / chains⌉ − 1 additions along its chain, at most chains / 8 in the running sum it joins,
     * 3 pairwise (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., Lemma 3.1 and §4.2: a sum's
     * error is at most γ of the longest such chain times the sum of the absolute terms). The double sum it is
     * compared with is off by at most n·2^−53 of the same, far below.
     */
    private static double roundingBound(int n) {
        int chains = FloatRows.DOT_CHAINS;
        int roundings = 1 + (n + chains - 1) / chains + chains / 8 + 3;
        return roundings * UNIT_ROUNDOFF / (1 - roundings * UNIT_ROUNDOFF);
    }

    @Test
    void theChainedDotSumsEveryProductOnce() {
        // Small integers, whose partial sums are all exact in float: a product left out or counted twice shows.
        for (int n : LENGTHS) {
            float[] x = new float[n];
            float[] y = new float[n];
            long expected = 0;
            for (int j = 0; j < n; j++) {
                x[j] = j % 5 + 1;
                y[j] = j % 3 + 1;
                expected += (long) x[j] * (long) y[j];
            }
            assertTrue(expected < 1 << 24, "the test's sums must stay exact in float");
            assertEquals(expected, FloatRows.dot(x, y, n, new float[n]), 0, "n = " + n);
        }
    }
}
