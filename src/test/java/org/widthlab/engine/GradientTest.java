package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.linalg.ReferenceKernel;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/**
 * Gradients, two ways: the double-precision {@link DoubleMlp}'s backpropagation against central finite
 * differences of its loss, then the engine's float32 SGD step against {@link DoubleMlp}'s gradient, for
 * every activation and both losses (squared error on {@code teacher}, cross-entropy on {@code clusters}).
 */
class GradientTest {

    private static final int WIDTH = 6;
    private static final int INPUT_DIM = 3;
    private static final int BATCH = 5;
    private static final int DEPTH = 3;
    private static final long SEED = 11;
    /** Central differences in double: error O(h²) plus rounding ~1e-16/h. */
    private static final double FD_STEP = 1e-5;
    private static final double FD_TOLERANCE = 1e-7;
    /** float32 forward and backward passes against double: relative to the layer's largest gradient entry. */
    private static final double FLOAT_RELATIVE_TOLERANCE = 2e-4;
    private static final double ETA = 1.0;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backpropagationMatchesFiniteDifferences(Activation phi) {
        for (DataSetKind kind : new DataSetKind[] {DataSetKind.TEACHER, DataSetKind.CLUSTERS}) {
            Setup s = new Setup(phi, kind);
            double[][][] g = s.reference.gradient(s.xi, s.y);
            for (int l = 0; l < g.length; l++) {
                for (int r = 0; r < g[l].length; r++) {
                    for (int c = 0; c < g[l][0].length; c++) {
                        double saved = s.reference.w[l][r][c];
                        s.reference.w[l][r][c] = saved + FD_STEP;
                        double up = s.reference.loss(s.xi, s.y);
                        s.reference.w[l][r][c] = saved - FD_STEP;
                        double down = s.reference.loss(s.xi, s.y);
                        s.reference.w[l][r][c] = saved;
                        assertEquals((up - down) / (2 * FD_STEP), g[l][r][c], FD_TOLERANCE,
                                phi + " " + kind + " W^" + (l + 1) + "[" + r + "," + c + "]");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void engineStepFollowsTheDoublePrecisionGradient(Activation phi) {
        for (DataSetKind kind : new DataSetKind[] {DataSetKind.TEACHER, DataSetKind.CLUSTERS}) {
            Setup s = new Setup(phi, kind);
            double[][][] g = s.reference.gradient(s.xi, s.y);
            double[][][] before = s.weights();
            CoordinateCheck check = new CoordinateCheck(s.net, new UpdateHistory(s.net, 0), null);
            assertEquals(s.reference.loss(s.xi, s.y), check.loss(s.data), 1e-5 * (1 + s.reference.loss(s.xi, s.y)));
            s.net.sgdStep(check.lossGradient(s.data), () -> false);
            double[][][] after = s.weights();
            for (int l = 0; l < g.length; l++) {
                // theory.md §2: in the effective view W^l learns at η n^{−(2a_l+c)}, written out here
                Parametrization p = Preset.MUP.at(DEPTH, phi);
                double rate = ETA * Math.pow(WIDTH, -(2 * p.a(l + 1).toDouble() + p.c().toDouble()));
                double largest = 0;
                double largestWeight = 0;
                for (int r = 0; r < g[l].length; r++) {
                    for (int c = 0; c < g[l][0].length; c++) {
                        largest = Math.max(largest, Math.abs(g[l][r][c]));
                        largestWeight = Math.max(largestWeight, Math.abs(before[l][r][c]));
                    }
                }
                assertTrue(largest > 0, "layer " + (l + 1) + " has a gradient");
                // Reading the gradient back from W_before − W_after loses about one float ulp of W.
                double tolerance = FLOAT_RELATIVE_TOLERANCE * largest + 4 * Math.ulp((float) largestWeight) / rate;
                for (int r = 0; r < g[l].length; r++) {
                    for (int c = 0; c < g[l][0].length; c++) {
                        double engine = (before[l][r][c] - after[l][r][c]) / rate;
                        assertEquals(g[l][r][c], engine, tolerance, phi + " " + kind + " W^" + (l + 1));
                    }
                }
            }
        }
    }

    /** A small μP network (finite readout) on a small data set, in float and as a {@link DoubleMlp}. */
    private static final class Setup {
        final Mlp net;
        final DataSet data;
        final DoubleMlp reference;
        final double[][] xi;
        final double[] y;

        Setup(Activation phi, DataSetKind kind) {
            data = DataSet.generate(kind, INPUT_DIM, BATCH, SEED);
            net = new Mlp(Preset.MUP.at(DEPTH, phi), ETA, WIDTH, INPUT_DIM, BATCH, new ReferenceKernel());
            net.initialize(data.inputs(), SEED, () -> false);
            net.forward(() -> false);
            reference = new DoubleMlp(weights(), phi, data.loss());
            xi = new double[BATCH][INPUT_DIM];
            y = new double[BATCH];
            for (int i = 0; i < BATCH; i++) {
                for (int k = 0; k < INPUT_DIM; k++) {
                    xi[i][k] = data.inputs().get(i, k);
                }
                y[i] = data.targets()[i];
            }
        }

        double[][][] weights() {
            double[][][] w = new double[DEPTH + 1][][];
            for (int l = 1; l <= DEPTH + 1; l++) {
                FloatMatrix m = net.weight(l);
                w[l - 1] = new double[m.rows()][m.cols()];
                for (int r = 0; r < m.rows(); r++) {
                    for (int c = 0; c < m.cols(); c++) {
                        w[l - 1][r][c] = m.get(r, c);
                    }
                }
            }
            return w;
        }
    }
}
