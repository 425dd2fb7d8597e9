package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GaussHermiteTest {

    /** Relative to Σ w_k |z_k|^degree, the size of the terms summed (odd moments cancel to rounding). */
    private static final double MOMENT_TOLERANCE = 1e-13;

    /** E[Z^{2k}] = (2k−1)!! for Z ~ N(0,1); odd moments vanish. An m-point rule is exact up to degree 2m−1. */
    @Test
    void integratesNormalMomentsExactlyUpToDegreeTwoOrderMinusOne() {
        int order = 10;
        GaussHermite rule = GaussHermite.ofOrder(order);
        for (int degree = 0; degree <= 2 * order - 1; degree++) {
            double sum = 0;
            double scale = 0;
            for (int k = 0; k < order; k++) {
                sum += rule.weight(k) * Math.pow(rule.node(k), degree);
                scale += rule.weight(k) * Math.abs(Math.pow(rule.node(k), degree));
            }
            double expected = degree % 2 == 1 ? 0 : doubleFactorial(degree - 1);
            assertEquals(expected, sum, MOMENT_TOLERANCE * scale, "degree " + degree);
        }
    }

    private static double doubleFactorial(int n) {
        double p = 1;
        for (int k = n; k > 1; k -= 2) {
            p *= k;
        }
        return p;
    }
}
