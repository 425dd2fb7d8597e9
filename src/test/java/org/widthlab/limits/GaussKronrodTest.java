package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussKronrodTest {

    private static final double ROUNDING = 1e-14;

    /** The 21-point Kronrod rule integrates x^k exactly on [−1, 1] for k ≤ 31, the 10-point Gauss rule for k ≤ 19. */
    @Test
    void rulesAreExactForPolynomialsOfTheirDegree() {
        for (int degree = 0; degree <= 31; degree++) {
            double expected = degree % 2 == 1 ? 0 : 2.0 / (degree + 1);
            double kronrod = GaussKronrod.KRONROD_WEIGHTS[10] * Math.pow(0, degree);
            double gauss = 0;
            for (int j = 0; j < 10; j++) {
                double x = GaussKronrod.NODES[j];
                double pair = Math.pow(x, degree) + Math.pow(-x, degree);
                kronrod += GaussKronrod.KRONROD_WEIGHTS[j] * pair;
                if (j % 2 == 1) {
                    gauss += GaussKronrod.GAUSS_WEIGHTS[j / 2] * pair;
                }
            }
            assertEquals(expected, kronrod, ROUNDING, "Kronrod, degree " + degree);
            if (degree <= 19) {
                assertEquals(expected, gauss, ROUNDING, "Gauss, degree " + degree);
            }
        }
    }

    /**
     * Where adaptivity is needed, two integrands at once on [−1, 2]: a spike of width ε = 1e-4 off-centre,
     * {@code ∫ ε/((x−x0)² + ε²) dx = atan((2−x0)/ε) + atan((1+x0)/ε)}, and a step,
     * {@code ∫ tanh(x/ε) dx = ε (log cosh(2/ε) − log cosh(1/ε)) = 1} (to within e^{−2/ε}). Each meets its
     * tolerance, and the estimate bounds the true error.
     */
    @Test
    void resolvesSpikesAndStepsToTheRequestedAccuracyAndBoundsItsError() {
        double eps = 1e-4;
        double x0 = 0.3;
        double relative = 1e-10;
        GaussKronrod.Integral integral = GaussKronrod.integrate((x, out) -> {
            out[0] = eps / ((x - x0) * (x - x0) + eps * eps);
            out[1] = Math.tanh(x / eps);
        }, 2, new double[] {-1, 2}, new double[] {relative, relative}, new double[2], 400);
        double spike = Math.atan((2 - x0) / eps) + Math.atan((1 + x0) / eps);
        double step = 1;
        assertTrue(integral.converged());
        assertTrue(Math.abs(integral.values()[0] - spike) <= integral.errors()[0],
                "spike: off by " + (integral.values()[0] - spike) + ", estimated " + integral.errors()[0]);
        assertTrue(Math.abs(integral.values()[1] - step) <= integral.errors()[1],
                "step: off by " + (integral.values()[1] - step) + ", estimated " + integral.errors()[1]);
        for (int i = 0; i < 2; i++) {
            assertTrue(integral.errors()[i] <= relative * integral.scales()[i]);
        }
    }

    /** A piece budget too small for the accuracy asked: not converged, and the estimate says so. */
    @Test
    void reportsWhenTheBudgetIsSpent() {
        GaussKronrod.Integral integral = GaussKronrod.integrate((x, out) -> out[0] = Math.tanh(x / 1e-6), 1,
                new double[] {-0.3, 1}, new double[] {1e-12}, new double[1], 3);
        assertTrue(!integral.converged());
        assertTrue(integral.errors()[0] > 1e-12 * integral.scales()[0]);
    }
}
