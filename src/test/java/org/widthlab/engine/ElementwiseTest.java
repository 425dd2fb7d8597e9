package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.theory.Activation;

class ElementwiseTest {

    /**
     * tanh's fast pair is rounded once to float from a double computed to ~1e−14 relative, so it may differ
     * from {@code (float) Math.tanh} only where the double lies within 1e−14 of a float rounding boundary:
     * by one float ulp at most.
     */
    private static final int TANH_ULPS = 1;

    /** Every range tanh's pair treats differently: the series near 0, its edge, the middle, saturation, underflow. */
    private static double[] tanhArguments() {
        SplittableRandom random = new SplittableRandom(7);
        double[] z = new double[200_000];
        for (int i = 0; i < z.length; i++) {
            double magnitude = switch (i % 5) {
                case 0 -> Math.scalb(random.nextDouble(), -random.nextInt(1, 60)); // tiny, down to 2^−60
                case 1 -> 0x1p-6 * (1 + (random.nextDouble() - 0.5) * 1e-3);     // the series' edge
                case 2 -> 4 * random.nextDouble();                                 // the middle
                case 3 -> 9 + 10 * random.nextDouble();                            // tanh rounds to ±1 in float
                default -> 300 + 200 * random.nextDouble();                        // e^{−2|z|} underflows
            };
            z[i] = random.nextBoolean() ? magnitude : -magnitude;
        }
        return z;
    }

    @Test
    void tanhPairAgreesWithTheDefinitionsToOneFloatRounding() {
        float[] value = new float[1];
        float[] slope = new float[1];
        int worstValueUlps = 0;
        for (double z : tanhArguments()) {
            float x = (float) z;
            Elementwise.tanhAndSlope(x, value, slope, 0);
            float expected = (float) Math.tanh(x);
            int ulps = Math.abs(Float.floatToIntBits(value[0]) - Float.floatToIntBits(expected));
            worstValueUlps = Math.max(worstValueUlps, ulps);
            assertTrue(ulps <= TANH_ULPS, "tanh(" + x + ") = " + value[0] + ", Math.tanh gives " + expected);
            assertEquals((float) Activation.TANH.derivative(x), slope[0], 0f, "sech²(" + x + ")");
        }
        assertTrue(worstValueUlps <= TANH_ULPS);
    }

    @Test
    void tanhPairAtTheSpecialValues() {
        float[] value = new float[1];
        float[] slope = new float[1];
        double[][] cases = { // z, tanh z, sech² z
            {0.0, 0.0, 1.0}, {-0.0, -0.0, 1.0},
            {Double.POSITIVE_INFINITY, 1.0, 0.0}, {Double.NEGATIVE_INFINITY, -1.0, 0.0},
        };
        for (double[] c : cases) {
            Elementwise.tanhAndSlope(c[0], value, slope, 0);
            assertEquals(Float.floatToIntBits((float) c[1]), Float.floatToIntBits(value[0]), "tanh(" + c[0] + ")");
            assertEquals((float) c[2], slope[0], 0f, "sech²(" + c[0] + ")");
        }
        Elementwise.tanhAndSlope(Double.NaN, value, slope, 0);
        assertTrue(Float.isNaN(value[0]) && Float.isNaN(slope[0]), "NaN stays NaN, so a diverged run is seen");
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void activateGivesPhiAndItsSlopeOnOneThreadAndOnAll(Activation phi) {
        FloatMatrix h = randomMatrix(37, 53, 3);
        FloatMatrix[] serial = activated(new Elementwise(1), phi, h);
        FloatMatrix[] parallel = activated(new Elementwise(2), phi, h);
        assertArrayEquals(serial[0].toArray(), parallel[0].toArray(), "φ(h)");
        assertArrayEquals(serial[1].toArray(), parallel[1].toArray(), "φ'(h)");
        float[] in = h.toArray();
        float[] x = serial[0].toArray();
        float[] slope = serial[1].toArray();
        for (int i = 0; i < in.length; i++) {
            // The slow obvious version: the activation's own double definitions, rounded to float.
            float expectedValue = (float) phi.value(in[i]);
            float tolerance = phi == Activation.TANH ? TANH_ULPS * Math.ulp(expectedValue) : 0f;
            assertEquals(expectedValue, x[i], tolerance, "φ(" + in[i] + ")");
            if (phi != Activation.IDENTITY) {
                assertEquals((float) phi.derivative(in[i]), slope[i], 0f, "φ'(" + in[i] + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void timesSlopeIsTheChainRule(Activation phi) {
        FloatMatrix h = randomMatrix(19, 41, 5);
        FloatMatrix g = randomMatrix(19, 41, 6);
        float[] upstream = g.toArray();
        FloatMatrix[] activated = activated(new Elementwise(2), phi, h);
        new Elementwise(2).timesSlope(phi, activated[1], g);
        float[] in = h.toArray();
        float[] out = g.toArray();
        for (int i = 0; i < in.length; i++) {
            assertEquals((float) (upstream[i] * (float) phi.derivative(in[i])), out[i], 0f, "g ∘ φ'(" + in[i] + ")");
        }
    }

    @Test
    void addAccumulates() {
        FloatMatrix sum = randomMatrix(11, 29, 8);
        FloatMatrix g = randomMatrix(11, 29, 9);
        float[] before = sum.toArray();
        float[] increment = g.toArray();
        new Elementwise(1).add(g, sum);
        float[] after = sum.toArray();
        for (int i = 0; i < after.length; i++) {
            assertEquals(before[i] + increment[i], after[i], 0f);
        }
    }

    private static FloatMatrix[] activated(Elementwise elementwise, Activation phi, FloatMatrix h) {
        FloatMatrix x = FloatMatrix.zeros(h.rows(), h.cols());
        FloatMatrix slope = FloatMatrix.zeros(h.rows(), h.cols());
        elementwise.activate(phi, h, x, slope);
        return new FloatMatrix[] {x, slope};
    }

    /** Entries N(0, 3²): every range of every activation, saturation included. */
    private static FloatMatrix randomMatrix(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[rows * cols];
        GaussianFill.normals(random, values, 3);
        return FloatMatrix.of(rows, cols, values);
    }
}
