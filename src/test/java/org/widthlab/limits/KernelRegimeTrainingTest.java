package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.widthlab.engine.Loss;
import org.widthlab.theory.Activation;

class KernelRegimeTrainingTest {

    private static final double[][] TRAIN = {{0.6, -0.8}, {1.0, 0.2}, {-0.3, 0.5}, {0.0, 1.4}, {0.7, 0.7}};
    private static final double[][] EVAL = {{0.1, 0.9}, {-1.0, 0.0}};
    private static final double[] TARGETS = {0.5, -0.2, 0.9, 0.1, -0.7};
    /** Closed form vs iteration: they differ only by rounding accumulated over the steps. */
    private static final double ROUNDING = 1e-12;

    private static KernelMatrix ntk(Activation phi) {
        double[][] all = new double[TRAIN.length + EVAL.length][];
        System.arraycopy(TRAIN, 0, all, 0, TRAIN.length);
        System.arraycopy(EVAL, 0, all, TRAIN.length, EVAL.length);
        return KernelMap.mlp(2, phi).apply(Kernel.ofInputs(all)).ntk();
    }

    @Test
    void squaredLossClosedFormEqualsTheIteration() {
        KernelRegimeTraining training = new KernelRegimeTraining(ntk(Activation.RELU), TRAIN.length, TARGETS, 0.7, 40);
        double[] f0 = {0.3, -0.1, 0.2, 0.0, 0.4, -0.5, 0.25};
        Trajectory closed = training.squaredLossClosedForm(f0);
        Trajectory iterated = training.iterate(Loss.SQUARED, f0);
        for (int t = 0; t <= 40; t++) {
            assertArrayEquals(iterated.trainAt(t), closed.trainAt(t), ROUNDING, "train, step " + t);
            assertArrayEquals(iterated.eval()[t], closed.eval()[t], ROUNDING, "eval, step " + t);
        }
        assertArrayEquals(iterated.loss(), closed.loss(), ROUNDING);
    }

    /** Training on the kernel with a small enough rate drives the training loss down, for both losses. */
    @Test
    void lossDecreasesForSquaredAndCrossEntropy() {
        KernelRegimeTraining squared = new KernelRegimeTraining(ntk(Activation.ERF), TRAIN.length, TARGETS, 0.5, 30);
        double[] loss = squared.run(Loss.SQUARED, new double[7]).loss();
        for (int t = 1; t <= 30; t++) {
            assertTrue(loss[t] < loss[t - 1], "squared loss decreases at step " + t);
        }
        double[] labels = {1, 0, 1, 1, 0};
        KernelRegimeTraining ce = new KernelRegimeTraining(ntk(Activation.ERF), TRAIN.length, labels, 2.0, 30);
        double[] ceLoss = ce.run(Loss.CROSS_ENTROPY, new double[7]).loss();
        assertEquals(Math.log(2), ceLoss[0], ROUNDING, "cross-entropy at f = 0 is log 2");
        for (int t = 1; t <= 30; t++) {
            assertTrue(ceLoss[t] < ceLoss[t - 1], "cross-entropy decreases at step " + t);
        }
    }

    /** For the squared loss, f_t is affine in f_0: conditioned − mean = (I − ηK/B)^t f_0 on the training inputs. */
    @Test
    void conditionedTrajectoryDiffersFromTheMeanByThePropagatedStart() {
        KernelMatrix k = ntk(Activation.TANH);
        double learningRate = 0.3;
        KernelRegimeTraining training = new KernelRegimeTraining(k, TRAIN.length, TARGETS, learningRate, 5);
        double[] f0 = {0.3, -0.1, 0.2, 0.0, 0.4, -0.5, 0.25};
        Trajectory mean = training.run(Loss.SQUARED, new double[7]);
        Trajectory conditioned = training.run(Loss.SQUARED, f0);
        double[] delta = java.util.Arrays.copyOf(f0, TRAIN.length);
        for (int t = 0; t <= 5; t++) {
            for (int i = 0; i < TRAIN.length; i++) {
                assertEquals(delta[i], conditioned.trainAt(t)[i] - mean.trainAt(t)[i], ROUNDING);
            }
            double[] next = delta.clone();
            for (int i = 0; i < TRAIN.length; i++) {
                for (int j = 0; j < TRAIN.length; j++) {
                    next[i] -= learningRate / TRAIN.length * k.get(i, j) * delta[j];
                }
            }
            delta = next;
        }
    }

    @Test
    void refusesMismatchedInput() {
        KernelMatrix k = ntk(Activation.RELU);
        assertThrows(IllegalArgumentException.class, () -> new KernelRegimeTraining(k, 5, new double[4], 0.1, 3));
        KernelRegimeTraining t = new KernelRegimeTraining(k, 5, TARGETS, 0.1, 3);
        assertThrows(IllegalArgumentException.class, () -> t.run(Loss.SQUARED, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> t.run(Loss.CROSS_ENTROPY, new double[7]),
                "cross-entropy needs 0/1 labels");
    }

    /**
     * The expected squared loss over the prior f_0 ~ N(0, Σ) against a plain Monte Carlo written here:
     * draw f_0 = C z (C Cholesky of Σ), iterate kernel gradient descent, average the loss. Within
     * {@link #MONTE_CARLO_SIGMAS} standard errors of the sample mean at every step.
     */
    @Test
    void expectedLossOverThePriorMatchesMonteCarlo() {
        KernelMatrix all = ntk(Activation.RELU);
        KernelMatrix prior = KernelMatrix.of(KernelMap.mlp(2, Activation.RELU).apply(Kernel.ofInputs(TRAIN)).nngp()
                .block(0, TRAIN.length, 0, TRAIN.length));
        int steps = 6;
        KernelRegimeTraining training = new KernelRegimeTraining(KernelMatrix.of(all.block(0, TRAIN.length, 0,
                TRAIN.length)), TRAIN.length, TARGETS, 0.8, steps);
        double[] expected = training.expectedSquaredLoss(prior);

        double[][] cholesky = cholesky(prior.toArray());
        java.util.SplittableRandom random = new java.util.SplittableRandom(MONTE_CARLO_SEED);
        double[] sum = new double[steps + 1];
        double[] sumOfSquares = new double[steps + 1];
        for (int draw = 0; draw < MONTE_CARLO_DRAWS; draw++) {
            double[] z = new double[TRAIN.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = gaussian(random);
            }
            double[] f0 = new double[TRAIN.length];
            for (int i = 0; i < f0.length; i++) {
                for (int j = 0; j <= i; j++) {
                    f0[i] += cholesky[i][j] * z[j];
                }
            }
            double[] loss = training.iterate(Loss.SQUARED, f0).loss();
            for (int t = 0; t <= steps; t++) {
                sum[t] += loss[t];
                sumOfSquares[t] += loss[t] * loss[t];
            }
        }
        for (int t = 0; t <= steps; t++) {
            double mean = sum[t] / MONTE_CARLO_DRAWS;
            double standardError = Math.sqrt((sumOfSquares[t] / MONTE_CARLO_DRAWS - mean * mean) / MONTE_CARLO_DRAWS);
            assertEquals(mean, expected[t], MONTE_CARLO_SIGMAS * standardError, "step " + t);
        }
        assertTrue(expected[0] > training.squaredLossClosedForm(new double[TRAIN.length]).loss()[0],
                "the prior's variance adds to the loss of the mean");
    }

    private static final long MONTE_CARLO_SEED = 7;
    private static final int MONTE_CARLO_DRAWS = 20_000;
    /** A fixed-seed Monte Carlo mean lies within 4 standard errors of its expectation (p ≈ 6e-5 per step). */
    private static final double MONTE_CARLO_SIGMAS = 4;

    private static double gaussian(java.util.SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        return l;
    }
}
