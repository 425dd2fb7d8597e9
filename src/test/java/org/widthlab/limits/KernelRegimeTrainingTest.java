package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
        double eta = 0.3;
        KernelRegimeTraining training = new KernelRegimeTraining(k, TRAIN.length, TARGETS, eta, 5);
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
                    next[i] -= eta / TRAIN.length * k.get(i, j) * delta[j];
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
}
