package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.Loss;
import org.widthlab.engine.TrainingData;
import org.widthlab.limits.LeastSquaresLine;
import org.widthlab.limits.LinearNetworkLimit;
import org.widthlab.limits.Trajectory;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/**
 * The linear network's μP limit (theory.md §7): the width-(d+d_o) network against two independent
 * computations of the same limit — {@link LinearNetworkLimit}'s particle recursion (TP4 Corollary 6.2, scalar
 * output) and a float64 recursion of the matrices A, B written out here — and finite widths approaching it
 * like n^{−1/2}.
 */
class LinearNetworkTest {

    private static final double[][] INPUTS = {{0.6, -0.8, 0.3}, {1.0, 0.2, -0.5}, {-0.3, 0.5, 0.9}, {0.1, 1.1, 0.4}};
    private static final double[] TARGETS = {0.5, -0.2, 0.9, 0.1};
    private static final double ETA = 0.3;
    private static final int STEPS = 12;
    /** float32 weights against float64 recursions over 12 steps: measured differences are below 1e-6. */
    private static final double FLOAT_TOLERANCE = 1e-5;
    /** The fitted log-log slope of the distance from the limit against n: −1/2 expected, within this. */
    private static final double SLOPE_TOLERANCE = 0.15;

    @Test
    void limitOfScalarOutputIsTheParticleRecursionOfCorollary62() {
        for (boolean zeroReadout : new boolean[] {false, true}) {
            Parametrization p = LinearNetwork.muP(zeroReadout);
            LinearNetwork net = LinearNetwork.muPLimit(p, 3, 1, new LinearNetwork.Scales(1, 1));
            assertEquals(zeroReadout ? 3 : 4, net.width());
            double[][] outputs = trainSquaredLoss(net, INPUTS, new double[][] {
                {TARGETS[0]}, {TARGETS[1]}, {TARGETS[2]}, {TARGETS[3]}});
            Trajectory reference = new LinearNetworkLimit(new TrainingData(INPUTS, TARGETS, Loss.SQUARED), ETA)
                    .train(INPUTS, STEPS, zeroReadout);
            double[] expected = reference.trainAt(STEPS);
            for (int i = 0; i < INPUTS.length; i++) {
                assertEquals(expected[i], outputs[i][0], FLOAT_TOLERANCE, "zero readout " + zeroReadout + ", input " + i);
            }
        }
    }

    /** Several outputs: the limit network against A_{t+1} = A − ηBᵀχξᵀ, B_{t+1} = B − ηχ(Aξ)ᵀ in float64. */
    @Test
    void limitOfSeveralOutputsFollowsTheRecursionOfAAndB() {
        double[][] targets = {{0.5, -1, 0.2}, {-0.2, 0.4, 0.0}, {0.9, 0.3, -0.6}, {0.1, -0.1, 0.8}};
        LinearNetwork.Scales scales = new LinearNetwork.Scales(0.8, 1.3);
        LinearNetwork net = LinearNetwork.muPLimit(LinearNetwork.muP(false), 3, 3, scales);
        double[][] outputs = trainSquaredLoss(net, INPUTS, targets);
        double[][] expected = recursionOfAAndB(scales, targets);
        for (int i = 0; i < INPUTS.length; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(expected[i][k], outputs[i][k], FLOAT_TOLERANCE, "input " + i + ", output " + k);
            }
        }
    }

    /** Any Ω with orthogonal columns of norm √n is the limit exactly, at any width n ≥ d + d_o. */
    @Test
    void aWideNetworkWithOrthogonalOmegaIsTheLimit() {
        double[][] targets = {{0.5, -1}, {-0.2, 0.4}, {0.9, 0.3}, {0.1, -0.1}};
        LinearNetwork.Scales scales = new LinearNetwork.Scales(1, 0.7);
        Parametrization p = LinearNetwork.muP(false);
        int width = 37;
        double[][] omega = orthogonalColumns(width, 5, 3);
        LinearNetwork wide = LinearNetwork.fromOmega(p, 3, 2, width, scales, (unit, column) -> omega[unit][column]);
        double[][] fromWide = trainSquaredLoss(wide, INPUTS, targets);
        double[][] fromLimit = trainSquaredLoss(LinearNetwork.muPLimit(p, 3, 2, scales), INPUTS, targets);
        for (int i = 0; i < INPUTS.length; i++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(fromLimit[i][k], fromWide[i][k], FLOAT_TOLERANCE);
            }
        }
    }

    /** Gaussian Ω: the trained outputs' distance from the limit's falls like n^{−1/2} (root mean square over seeds). */
    @Test
    void finiteWidthsApproachTheLimitLikeOneOverRootWidth() {
        double[][] targets = {{0.5, -1}, {-0.2, 0.4}, {0.9, 0.3}, {0.1, -0.1}};
        LinearNetwork.Scales scales = new LinearNetwork.Scales(1, 1);
        Parametrization p = LinearNetwork.muP(false);
        double[][] limit = trainSquaredLoss(LinearNetwork.muPLimit(p, 3, 2, scales), INPUTS, targets);
        int[] widths = {64, 256, 1024, 4096};
        int seeds = 12;
        double[] logWidth = new double[widths.length];
        double[] logDistance = new double[widths.length];
        for (int w = 0; w < widths.length; w++) {
            double squared = 0;
            for (int s = 0; s < seeds; s++) {
                double[][] finite = trainSquaredLoss(LinearNetwork.gaussian(p, 3, 2, widths[w], scales, 1000L * w + s),
                        INPUTS, targets);
                for (int i = 0; i < INPUTS.length; i++) {
                    for (int k = 0; k < 2; k++) {
                        squared += (finite[i][k] - limit[i][k]) * (finite[i][k] - limit[i][k]);
                    }
                }
            }
            logWidth[w] = Math.log(widths[w]);
            logDistance[w] = 0.5 * Math.log(squared / seeds);
        }
        double slope = LeastSquaresLine.fit(logWidth, logDistance).slope();
        assertEquals(-0.5, slope, SLOPE_TOLERANCE, "log-log slope of the distance from the limit");
    }

    @Test
    void theLimitIsRefusedOutsideMuP() {
        Parametrization ntp = Preset.NTP.at(1, Activation.IDENTITY);
        assertThrows(IllegalArgumentException.class,
                () -> LinearNetwork.muPLimit(ntp, 3, 1, new LinearNetwork.Scales(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> LinearNetwork.muPLimit(Preset.MUP.at(1, Activation.RELU), 3,
                1, new LinearNetwork.Scales(1, 1)));
    }

    /** MFP is μP shifted by the symmetry of theory.md §2: its limit is the same network. */
    @Test
    void mfpHasTheSameLimit() {
        double[][] targets = {{0.5}, {-0.2}, {0.9}, {0.1}};
        LinearNetwork.Scales scales = new LinearNetwork.Scales(1, 1);
        double[][] mup = trainSquaredLoss(LinearNetwork.muPLimit(LinearNetwork.muP(false), 3, 1, scales), INPUTS, targets);
        double[][] mfp = trainSquaredLoss(LinearNetwork.muPLimit(Preset.MFP.at(1, Activation.IDENTITY), 3, 1, scales),
                INPUTS, targets);
        for (int i = 0; i < INPUTS.length; i++) {
            assertEquals(mup[i][0], mfp[i][0], FLOAT_TOLERANCE);
        }
    }

    /** Full-batch SGD on the mean squared loss ½|f − y|², {@value #STEPS} steps; returns the final outputs. */
    static double[][] trainSquaredLoss(LinearNetwork net, double[][] inputs, double[][] targets) {
        float[][] x = toFloat(inputs);
        LinearNetwork.Gradient g = net.newGradient();
        for (int t = 0; t < STEPS; t++) {
            float[][] h = net.hidden(x);
            float[][] f = net.logits(h);
            float[][] chi = new float[x.length][targets[0].length];
            for (int j = 0; j < x.length; j++) {
                for (int k = 0; k < chi[j].length; k++) {
                    chi[j][k] = (float) ((f[j][k] - targets[j][k]) / x.length);
                }
            }
            g.clear();
            net.accumulateGradient(x, h, chi, g);
            net.step(g, ETA);
        }
        double[][] result = new double[inputs.length][];
        for (int j = 0; j < inputs.length; j++) {
            result[j] = net.apply(inputs[j]);
        }
        return result;
    }

    /** The limit written as the recursion of A ((d+d_o)×d) and B (d_o×(d+d_o)), f = BAξ, in float64. */
    private static double[][] recursionOfAAndB(LinearNetwork.Scales scales, double[][] targets) {
        int d = INPUTS[0].length;
        int dOut = targets[0].length;
        int m = d + dOut;
        double[][] a = new double[m][d];
        double[][] b = new double[dOut][m];
        for (int i = 0; i < d; i++) {
            a[i][i] = scales.input();
        }
        for (int k = 0; k < dOut; k++) {
            b[k][d + k] = scales.readout();
        }
        for (int t = 0; t <= STEPS; t++) {
            double[][] ax = new double[INPUTS.length][m];
            double[][] chi = new double[INPUTS.length][dOut];
            for (int j = 0; j < INPUTS.length; j++) {
                for (int r = 0; r < m; r++) {
                    for (int i = 0; i < d; i++) {
                        ax[j][r] += a[r][i] * INPUTS[j][i];
                    }
                }
                for (int k = 0; k < dOut; k++) {
                    double f = 0;
                    for (int r = 0; r < m; r++) {
                        f += b[k][r] * ax[j][r];
                    }
                    chi[j][k] = t == STEPS ? f : (f - targets[j][k]) / INPUTS.length;
                }
            }
            if (t == STEPS) {
                return chi;
            }
            double[][] a1 = new double[m][d];
            double[][] b1 = new double[dOut][m];
            for (int r = 0; r < m; r++) {
                for (int i = 0; i < d; i++) {
                    double grad = 0;
                    for (int j = 0; j < INPUTS.length; j++) {
                        for (int k = 0; k < dOut; k++) {
                            grad += b[k][r] * chi[j][k] * INPUTS[j][i];
                        }
                    }
                    a1[r][i] = a[r][i] - ETA * grad;
                }
            }
            for (int k = 0; k < dOut; k++) {
                for (int r = 0; r < m; r++) {
                    double grad = 0;
                    for (int j = 0; j < INPUTS.length; j++) {
                        grad += chi[j][k] * ax[j][r];
                    }
                    b1[k][r] = b[k][r] - ETA * grad;
                }
            }
            a = a1;
            b = b1;
        }
        throw new AssertionError("unreachable");
    }

    /** n×c with orthogonal columns of norm √n (Gram–Schmidt on Gaussian columns). */
    private static double[][] orthogonalColumns(int n, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] q = new double[n][columns];
        for (int c = 0; c < columns; c++) {
            double[] v = new double[n];
            for (int u = 0; u < n; u++) {
                v[u] = random.nextGaussian();
            }
            for (int prev = 0; prev < c; prev++) {
                double dot = 0;
                for (int u = 0; u < n; u++) {
                    dot += v[u] * q[u][prev];
                }
                for (int u = 0; u < n; u++) {
                    v[u] -= dot * q[u][prev] / n;
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            double factor = Math.sqrt(n / norm);
            for (int u = 0; u < n; u++) {
                q[u][c] = v[u] * factor;
            }
        }
        assertTrue(Math.abs(dotColumns(q, 0, 1)) < 1e-9 * n);
        return q;
    }

    private static double dotColumns(double[][] q, int c1, int c2) {
        double s = 0;
        for (double[] row : q) {
            s += row[c1] * row[c2];
        }
        return s;
    }

    private static float[][] toFloat(double[][] a) {
        float[][] f = new float[a.length][];
        for (int j = 0; j < a.length; j++) {
            f[j] = new float[a[j].length];
            for (int i = 0; i < a[j].length; i++) {
                f[j][i] = (float) a[j][i];
            }
        }
        return f;
    }
}
