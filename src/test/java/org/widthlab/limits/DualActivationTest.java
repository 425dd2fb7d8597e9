package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.widthlab.theory.Activation;

/** Closed forms against quadrature and Monte Carlo (the neural-tangents way), on a few covariances. */
class DualActivationTest {

    /** (s11, s12, s22): positive and negative correlation, unequal variances, near-degenerate. */
    private static final double[][] COVARIANCES = {
        {1.0, 0.3, 1.0}, {0.5, -0.4, 2.0}, {2.0, 1.99, 2.0}, {1.3, 0.0, 0.7}, {0.2, 0.1, 3.0}
    };

    /** Smooth closed forms (erf, identity, sin) against order-128 quadrature: agreement to rounding. */
    private static final double SMOOTH_QUADRATURE_TOLERANCE = 1e-12;
    private static final int HIGH_ORDER = 128;
    /**
     * The Hermite series (tanh, GELU) against order-400 two-dimensional quadrature on these covariances
     * (worst measured: tanh's derivative at (2, 1.99, 2), 1e-9; at (4, 4, 4) 1.1e-6, at (16, 8, 16) 8e-5).
     */
    private static final double SERIES_TOLERANCE = 1e-8;
    /**
     * ReLU's kink makes Gauss–Hermite converge only algebraically: at order 200 the nearly degenerate
     * covariance is still off by 5e-3 (measured); hence the closed form, and the Monte Carlo check below.
     */
    private static final double RELU_QUADRATURE_TOLERANCE = 1e-2;
    /** Monte Carlo: within this many standard errors. */
    private static final double MC_SIGMAS = 4.5;
    private static final int MC_SAMPLES = 400_000;

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"ERF", "IDENTITY", "SIN"})
    void smoothClosedFormsMatchQuadrature(Activation phi) {
        DualActivation closed = DualActivation.of(phi);
        DualActivation quadrature = new QuadratureDual(phi, HIGH_ORDER);
        for (double[] s : COVARIANCES) {
            DualActivation.Moments a = closed.moments(s[0], s[1], s[2]);
            DualActivation.Moments b = quadrature.moments(s[0], s[1], s[2]);
            assertEquals(a.value(), b.value(), SMOOTH_QUADRATURE_TOLERANCE);
            assertEquals(a.derivative(), b.derivative(), SMOOTH_QUADRATURE_TOLERANCE);
        }
    }

    @Test
    void reluClosedFormMatchesQuadrature() {
        DualActivation closed = DualActivation.of(Activation.RELU);
        DualActivation quadrature = new QuadratureDual(Activation.RELU, 200);
        for (double[] s : COVARIANCES) {
            DualActivation.Moments a = closed.moments(s[0], s[1], s[2]);
            DualActivation.Moments b = quadrature.moments(s[0], s[1], s[2]);
            assertEquals(a.value(), b.value(), RELU_QUADRATURE_TOLERANCE);
            assertEquals(a.derivative(), b.derivative(), RELU_QUADRATURE_TOLERANCE);
        }
    }

    /** Reference values (Cho & Saul 2009): E[relu(u)²] = s/2, E[relu'(u)²] = 1/2; orthogonal: √(s11 s22)/(2π), 1/4. */
    @Test
    void reluClosedFormKnownValues() {
        DualActivation relu = DualActivation.of(Activation.RELU);
        assertEquals(1.5, relu.moments(3, 3, 3).value(), 1e-15);
        assertEquals(0.5, relu.moments(3, 3, 3).derivative(), 1e-15);
        assertEquals(Math.sqrt(2) / (2 * Math.PI), relu.moments(1, 0, 2).value(), 1e-15);
        assertEquals(0.25, relu.moments(1, 0, 2).derivative(), 1e-15);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "ERF", "TANH", "GELU", "SIN"})
    void closedFormsAndQuadratureMatchMonteCarlo(Activation phi) {
        DualActivation dual = DualActivation.of(phi);
        SplittableRandom random = new SplittableRandom(20261123L);
        for (double[] s : COVARIANCES) {
            double sd1 = Math.sqrt(s[0]);
            double along = s[1] / sd1;
            double across = Math.sqrt(s[2] - along * along);
            double[] value = new double[MC_SAMPLES];
            double[] derivative = new double[MC_SAMPLES];
            for (int k = 0; k < MC_SAMPLES; k++) {
                double z1 = gaussian(random);
                double z2 = gaussian(random);
                double u = sd1 * z1;
                double v = along * z1 + across * z2;
                value[k] = phi.value(u) * phi.value(v);
                derivative[k] = phi.derivative(u) * phi.derivative(v);
            }
            DualActivation.Moments m = dual.moments(s[0], s[1], s[2]);
            assertWithinStandardErrors(m.value(), value, phi + " value at " + java.util.Arrays.toString(s));
            assertWithinStandardErrors(m.derivative(), derivative, phi + " derivative at " + java.util.Arrays.toString(s));
        }
    }

    /** The Hermite series used for tanh and GELU against two-dimensional Gauss–Hermite quadrature of order 400. */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "GELU"})
    void hermiteSeriesAgreesWithTwoDimensionalQuadrature(Activation phi) {
        DualActivation standard = DualActivation.of(phi);
        DualActivation doubled = new QuadratureDual(phi, 400);
        for (double[] s : COVARIANCES) {
            assertEquals(doubled.moments(s[0], s[1], s[2]).value(), standard.moments(s[0], s[1], s[2]).value(),
                    SERIES_TOLERANCE);
            assertEquals(doubled.moments(s[0], s[1], s[2]).derivative(),
                    standard.moments(s[0], s[1], s[2]).derivative(), SERIES_TOLERANCE);
        }
    }

    static void assertWithinStandardErrors(double expected, double[] samples, String what) {
        double mean = 0;
        for (double x : samples) {
            mean += x;
        }
        mean /= samples.length;
        double var = 0;
        for (double x : samples) {
            var += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(var / (samples.length - 1) / samples.length);
        assertEquals(expected, mean, MC_SIGMAS * se + 1e-12, what + " (standard error " + se + ")");
    }

    static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
    }
}
