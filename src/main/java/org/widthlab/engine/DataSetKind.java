package org.widthlab.engine;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.widthlab.theory.Identified;

/**
 * The data sets a sweep can train on, each generated from a seed (names as on the command line). Each
 * kind carries its own facts: the loss it is trained with, the input dimension it is fixed to (if any),
 * and how its examples are drawn. Unless stated otherwise inputs are scaled so that {@code |ξ|² ≈ 1}
 * (the input layer has no 1/d factor, theory.md §7).
 */
public enum DataSetKind implements Identified {
    /** 1-D regression of a sine: ξ uniform on [−√3, √3] (so E ξ² = 1), y = sin(πξ/√3), one period. */
    SINE("sine", "sine (1-D regression)", Loss.SQUARED, OptionalInt.of(1)) {
        @Override
        void draw(SplittableRandom random, int inputDim, int batch, float[] xi, float[] y) {
            // ξ uniform on [−√3, √3] (so E ξ² = 1), y = sin(πξ/√3): one period over the range.
            double edge = Math.sqrt(3);
            for (int i = 0; i < batch; i++) {
                double u = edge * (2 * random.nextDouble() - 1);
                xi[i] = (float) u;
                y[i] = (float) Math.sin(Math.PI * u / edge);
            }
        }
    },
    /** Regression of a random teacher network: ξ ~ N(0, I/d), y = Σ_j v_j tanh(u_j·ξ), y = Θ(1). */
    TEACHER("teacher", "random teacher (regression)", Loss.SQUARED, OptionalInt.empty()) {
        @Override
        void draw(SplittableRandom random, int inputDim, int batch, float[] xi, float[] y) {
            // ξ ~ N(0, I/d); y = Σ_j v_j tanh(u_j·ξ) with u_j ~ N(0, I), v_j ~ N(0, 1/k): y = Θ(1).
            GaussianFill.normals(random, xi, 1 / Math.sqrt(inputDim));
            float[] u = new float[TEACHER_UNITS * inputDim];
            float[] v = new float[TEACHER_UNITS];
            GaussianFill.normals(random, u, 1);
            GaussianFill.normals(random, v, 1 / Math.sqrt(TEACHER_UNITS));
            for (int i = 0; i < batch; i++) {
                double sum = 0;
                for (int j = 0; j < TEACHER_UNITS; j++) {
                    double z = 0;
                    for (int k = 0; k < inputDim; k++) {
                        z += (double) u[j * inputDim + k] * xi[i * inputDim + k];
                    }
                    sum += v[j] * Math.tanh(z);
                }
                y[i] = (float) sum;
            }
        }
    },
    /** Two Gaussian clusters, 2 classes (cross-entropy on the scalar logit): class 1 around +μ, class 0 around −μ. */
    CLUSTERS("clusters", "two clusters (classification)", Loss.CROSS_ENTROPY, OptionalInt.empty()) {
        @Override
        void draw(SplittableRandom random, int inputDim, int batch, float[] xi, float[] y) {
            // Class 1 around +μ, class 0 around −μ, |μ|² = 1/2, noise N(0, I/(2d)): E|ξ|² = 1.
            float[] mu = new float[inputDim];
            GaussianFill.normals(random, mu, 1);
            double norm = 0;
            for (float m : mu) {
                norm += (double) m * m;
            }
            double scale = CLUSTER_MEAN_NORM / Math.sqrt(norm);
            GaussianFill.normals(random, xi, Math.sqrt(0.5 / inputDim));
            for (int i = 0; i < batch; i++) {
                int label = i % 2;
                y[i] = label;
                double sign = label == 1 ? 1 : -1;
                for (int k = 0; k < inputDim; k++) {
                    xi[i * inputDim + k] += (float) (sign * scale * mu[k]);
                }
            }
        }
    },
    /** Inputs and targets N(0,1) per entry, unscaled: the data of the PyTorch peer (src/bench/peers). */
    GAUSSIAN("gaussian", "Gaussian (the peer's data)", Loss.SQUARED, OptionalInt.empty()) {
        @Override
        void draw(SplittableRandom random, int inputDim, int batch, float[] xi, float[] y) {
            // The peer's data (src/bench/peers/coordcheck_torch.py): inputs and targets N(0, 1), unscaled.
            GaussianFill.normals(random, xi, 1);
            GaussianFill.normals(random, y, 1);
        }
    };

    /** Number of hidden units of the {@code teacher} data set's random teacher network. */
    static final int TEACHER_UNITS = 16;
    /** Distance of each cluster mean from the origin, as a fraction of |ξ| (the rest is noise). */
    static final double CLUSTER_MEAN_NORM = Math.sqrt(0.5);

    private final String id;
    private final String displayName;
    private final Loss loss;
    private final OptionalInt fixedInputDim;

    DataSetKind(String id, String displayName, Loss loss, OptionalInt fixedInputDim) {
        this.id = id;
        this.displayName = displayName;
        this.loss = loss;
        this.fixedInputDim = fixedInputDim;
    }

    /**
     * Fills {@code xi} (B×d, row-major) and {@code y} (B) with this data set's examples, drawing from
     * {@code random} only.
     */
    abstract void draw(SplittableRandom random, int inputDim, int batch, float[] xi, float[] y);

    @Override
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The per-example loss this data set is trained with. */
    public Loss loss() {
        return loss;
    }

    /** The input dimension d this data set always has, or empty when d is a free setting. */
    public OptionalInt fixedInputDim() {
        return fixedInputDim;
    }

}
