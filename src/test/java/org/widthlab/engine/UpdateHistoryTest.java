package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.linalg.ReferenceKernel;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** The own update {@code (W_t − W_0) x_t}, each way {@link UpdateHistory} computes it, against the explicit product. */
class UpdateHistoryTest {

    private static final int WIDTH = 40;
    private static final int BATCH = 4;
    private static final double ETA = 0.3;
    /** float32 products of Θ(1) numbers, relative to the largest entry. */
    private static final double RELATIVE_TOLERANCE = 1e-4;

    @ParameterizedTest
    @ValueSource(ints = {3, 8})
    void matchesTheExplicitDifferenceOfWeights(int steps) {
        // 2·T·B = 24 ≤ n = 40 keeps rank-B factors; 2·T·B = 64 > 40 keeps W_0.
        assertEquals(steps == 8, UpdateHistory.keepsInitialWeights(WIDTH, WIDTH, steps, BATCH));
        DataSet data = DataSet.generate(DataSetKind.TEACHER, 3, BATCH, 2);
        Mlp net = new Mlp(Preset.NTP.at(3, Activation.TANH), ETA, WIDTH, 3, BATCH, new ReferenceKernel());
        net.initialize(data.inputs(), 4, () -> false);
        FloatMatrix[] initial = new FloatMatrix[3];
        for (int l = 1; l <= 3; l++) {
            initial[l - 1] = net.weight(l).copy();
        }
        UpdateHistory history = new UpdateHistory(net, steps);
        history.start(net);
        CoordinateCheck check = new CoordinateCheck(net, history, null);
        net.forward(() -> false);
        FloatMatrix out = FloatMatrix.zeros(BATCH, WIDTH);
        for (int t = 1; t <= steps; t++) {
            net.sgdStep(check.lossGradient(data), () -> false);
            history.record(net);
            net.forward(() -> false);
            for (int l = 1; l <= 3; l++) {
                history.ownUpdate(net, l, out, () -> false);
                double[] expected = explicit(net.weight(l), initial[l - 1], net.activation(l - 1));
                double largest = 0;
                for (double v : expected) {
                    largest = Math.max(largest, Math.abs(v));
                }
                assertTrue(largest > 0);
                float[] actual = out.toArray();
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], RELATIVE_TOLERANCE * largest, "layer " + l + " step " + t);
                }
            }
        }
        assertFalse(UpdateHistory.keepsInitialWeights(WIDTH, WIDTH, 0, BATCH));
    }

    /** {@code (W_t − W_0) x_i} for every example i, in double: B×n_out. */
    private static double[] explicit(FloatMatrix now, FloatMatrix initial, FloatMatrix inputs) {
        double[] out = new double[inputs.rows() * now.rows()];
        for (int i = 0; i < inputs.rows(); i++) {
            for (int r = 0; r < now.rows(); r++) {
                double sum = 0;
                for (int c = 0; c < now.cols(); c++) {
                    sum += ((double) now.get(r, c) - initial.get(r, c)) * inputs.get(i, c);
                }
                out[i * now.rows() + r] = sum;
            }
        }
        return out;
    }
}
