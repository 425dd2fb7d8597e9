package org.widthlab.engine;

import java.util.SplittableRandom;
import org.widthlab.linalg.FloatMatrix;

/**
 * A fixed training batch: inputs ξ_i (rows of a B×d matrix), scalar targets y_i and the loss they are
 * trained with. Generated from a seed and independent of the width, so every width sees the same data
 * (as in mup's coordinate check and the peer program). Unless stated otherwise inputs are scaled so
 * that {@code |ξ|² ≈ 1} (the input layer has no 1/d factor, theory.md §7).
 *
 * @param inputs  B×d, one example per row (not to be modified)
 * @param targets y_i (regression targets, or class labels 0/1 for {@link Loss#CROSS_ENTROPY})
 * @param loss    the per-example loss
 */
record DataSet(FloatMatrix inputs, float[] targets, Loss loss) {

    /** Number of hidden units of the {@code teacher} data set's random teacher network. */
    static final int TEACHER_UNITS = 16;
    /** Distance of each cluster mean from the origin, as a fraction of |ξ| (the rest is noise). */
    static final double CLUSTER_MEAN_NORM = Math.sqrt(0.5);

    int batch() {
        return targets.length;
    }

    /** The data set of this kind with d inputs and B examples, derived from {@code seed} alone. */
    static DataSet generate(DataSetKind kind, int inputDim, int batch, long seed) {
        SplittableRandom random = new SplittableRandom(GaussianFill.streamSeed(seed, -1, 0));
        float[] xi = new float[batch * inputDim];
        float[] y = new float[batch];
        switch (kind) {
            case SINE -> {
                // ξ uniform on [−√3, √3] (so E ξ² = 1), y = sin(πξ/√3): one period over the range.
                double edge = Math.sqrt(3);
                for (int i = 0; i < batch; i++) {
                    double u = edge * (2 * random.nextDouble() - 1);
                    xi[i] = (float) u;
                    y[i] = (float) Math.sin(Math.PI * u / edge);
                }
            }
            case TEACHER -> {
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
            case CLUSTERS -> {
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
            case GAUSSIAN -> {
                // The peer's data (src/bench/peers/coordcheck_torch.py): inputs and targets N(0, 1), unscaled.
                GaussianFill.normals(random, xi, 1);
                GaussianFill.normals(random, y, 1);
            }
        }
        return new DataSet(FloatMatrix.of(batch, inputDim, xi), y, Loss.of(kind));
    }
}
