package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every activation's own facts, checked against the obvious slow computation (a new one is checked without being named). */
class ActivationTest {

    /** Central differences with h = 1e-5 have error O(h²) ≈ 1e-10 times φ''' (a kink aside). */
    private static final double DERIVATIVE_TOLERANCE = 1e-7;
    private static final double[] POINTS = {-3.7, -1.2, -0.3, 0.4, 1.1, 2.9};
    /** How far out boundedness is probed, and the bound a bounded φ stays under there. */
    private static final double FAR = 1e6;
    private static final double BOUND = 10;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void theDerivativeIsTheSlopeOfTheValue(Activation phi) {
        double h = 1e-5;
        for (double z : POINTS) {
            double slope = (phi.value(z + h) - phi.value(z - h)) / (2 * h);
            assertEquals(slope, phi.derivative(z), DERIVATIVE_TOLERANCE, phi + " at " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void boundedMeansItStaysBoundedFarOut(Activation phi) {
        double largest = Math.max(Math.max(Math.abs(phi.value(FAR)), Math.abs(phi.value(-FAR))),
                Math.max(Math.abs(phi.value(FAR / 3)), Math.abs(phi.value(-FAR / 3))));
        assertEquals(phi.bounded(), largest <= BOUND, phi + ": |φ| reaches " + largest);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void aClosedFormDualGivesTheVarianceOfPhiOnTheDiagonal(Activation phi) {
        // E[φ(u)²] for u ~ N(0, 1) by a fine midpoint rule on [−12, 12], written out here (cells meet at 0, where
        // ReLU' jumps, so no cell straddles the jump).
        double s = 1;
        int steps = 240_000;
        double dz = 24.0 / steps;
        double value = 0;
        double derivative = 0;
        for (int k = 0; k < steps; k++) {
            double z = -12 + (k + 0.5) * dz;
            double weight = dz * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            value += weight * phi.value(z) * phi.value(z);
            derivative += weight * phi.derivative(z) * phi.derivative(z);
        }
        double expectedValue = value;
        double expectedDerivative = derivative;
        phi.closedFormDual().ifPresent(dual -> {
            DualActivation.Moments m = dual.moments(s, s, s);
            assertEquals(expectedValue, m.value(), 1e-8, phi + " E[φ(u)²]");
            assertEquals(expectedDerivative, m.derivative(), 1e-8, phi + " E[φ'(u)²]");
        });
        assertTrue(value > 0, phi + " is not zero");
    }
}
