package org.widthlab.limits;

import java.util.Arrays;

/**
 * Outputs over training: {@code train[t][i] = f_t(ξ_i)} on the training inputs and
 * {@code eval[t][j] = f_t(ζ_j)} on the evaluation inputs for t = 0..T, and the mean training loss
 * {@code loss[t]}. Immutable (arrays are copied in and out).
 */
public final class Trajectory {

    private final double[][] train;
    private final double[][] eval;
    private final double[] loss;

    public Trajectory(double[][] train, double[][] eval, double[] loss) {
        if (train.length != eval.length || train.length != loss.length || train.length == 0) {
            throw new IllegalArgumentException("a trajectory needs the same number (≥ 1) of steps everywhere");
        }
        this.train = deepCopy(train);
        this.eval = deepCopy(eval);
        this.loss = loss.clone();
    }

    /** T, the number of steps (there are T+1 rows, t = 0..T). */
    public int steps() {
        return train.length - 1;
    }

    public double[][] train() {
        return deepCopy(train);
    }

    public double[][] eval() {
        return deepCopy(eval);
    }

    public double[] loss() {
        return loss.clone();
    }

    /** {@code f_t} on the training inputs. */
    public double[] trainAt(int t) {
        return train[t].clone();
    }

    private static double[][] deepCopy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }
}
