package org.widthlab.limits;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.widthlab.engine.Loss;

/**
 * Full-batch kernel gradient descent, the n = ∞ dynamics of the kernel regime (theory.md §7; TP4
 * Thm 3.3 and §7; Jacot et al. 2018): with the limiting kernel K,
 * {@code f_{t+1}(ξ) = f_t(ξ) − η Σ_i K(ξ, ξ_i) χ_{t,i}}, {@code χ_{t,i} = ℓ'(f_t(ξ_i), y_i)/B}.
 *
 * <p>The kernel is given on B training inputs followed by E evaluation inputs (a (B+E)×(B+E) matrix);
 * outputs are returned on both. Immutable.
 *
 * @param kernel  K on the training inputs then the evaluation inputs
 * @param batch   B, how many of the kernel's inputs are training inputs (the first B)
 * @param targets y_1..y_B
 * @param learningRate the learning rate η
 * @param steps   T
 */
public record KernelRegimeTraining(KernelMatrix kernel, int batch, double[] targets, double learningRate, int steps) {

    /** Below this |η λ / B| an eigen-direction counts as not moving (the geometric sum is t). */
    private static final double FLAT_DIRECTION = 1e-14;

    public KernelRegimeTraining {
        if (batch < 1 || batch > kernel.size()) {
            throw new IllegalArgumentException("batch " + batch + " is outside 1.." + kernel.size());
        }
        if (targets.length != batch) {
            throw new IllegalArgumentException("need " + batch + " targets, got " + targets.length);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
        }
        targets = targets.clone();
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }

    /** The closed form for the squared loss, the plain iteration otherwise. */
    public Trajectory run(Loss loss, double[] f0) {
        return loss == Loss.SQUARED ? squaredLossClosedForm(f0) : iterate(loss, f0);
    }

    /**
     * The plain iteration {@code f_{t+1} = f_t − η K[:, train] χ_t}, for any loss.
     *
     * @param f0 {@code f_0} on the training then evaluation inputs (zeros for the mean limit)
     */
    public Trajectory iterate(Loss loss, double[] f0) {
        checkStart(loss, f0);
        int n = kernel.size();
        double[][] f = new double[steps + 1][];
        f[0] = f0.clone();
        for (int t = 0; t < steps; t++) {
            double[] chi = loss.chi(java.util.Arrays.copyOf(f[t], batch), targets);
            double[] next = f[t].clone();
            for (int a = 0; a < n; a++) {
                double s = 0;
                for (int i = 0; i < batch; i++) {
                    s += kernel.get(a, i) * chi[i];
                }
                next[a] -= learningRate * s;
            }
            f[t + 1] = next;
        }
        return split(loss, f);
    }

    /**
     * The squared loss in closed form. The training residual {@code e_t = f_t − y} obeys
     * {@code e_{t+1} = (I − (η/B) K_BB) e_t}; with {@code K_BB = Q Λ Qᵀ} and {@code q_k = 1 − η λ_k / B},
     * {@code e_t = Q diag(q^t) Qᵀ e_0}. On the evaluation inputs
     * {@code f_t = f_0 − (η/B) K_EB Σ_{s<t} e_s = f_0 − (η/B) K_EB Q diag((1 − q^t)/(1 − q)) Qᵀ e_0}
     * (the geometric sum is t where {@code λ_k = 0}).
     */
    public Trajectory squaredLossClosedForm(double[] f0) {
        checkStart(Loss.SQUARED, f0);
        int n = kernel.size();
        int b = batch;
        TrainingEigen eigen = trainingEigen();
        double[] lambda = eigen.lambda();
        double[][] q = eigen.vectors();
        double[] c = new double[b];
        for (int k = 0; k < b; k++) {
            for (int i = 0; i < b; i++) {
                c[k] += q[k][i] * (f0[i] - targets[i]);
            }
        }
        double[][] kQ = new double[n][b];
        for (int a = 0; a < n; a++) {
            for (int k = 0; k < b; k++) {
                double s = 0;
                for (int i = 0; i < b; i++) {
                    s += kernel.get(a, i) * q[k][i];
                }
                kQ[a][k] = s;
            }
        }
        double[][] f = new double[steps + 1][n];
        for (int t = 0; t <= steps; t++) {
            double[] geometric = new double[b];
            for (int k = 0; k < b; k++) {
                double rate = learningRate * lambda[k] / b;
                geometric[k] = Math.abs(rate) < FLAT_DIRECTION ? t : (1 - Math.pow(1 - rate, t)) / rate;
            }
            for (int a = 0; a < n; a++) {
                double s = 0;
                for (int k = 0; k < b; k++) {
                    s += kQ[a][k] * geometric[k] * c[k];
                }
                f[t][a] = f0[a] - (learningRate / b) * s;
            }
        }
        return split(Loss.SQUARED, f);
    }

    /**
     * The squared loss expected over a centred Gaussian prior of the initial outputs on the training inputs,
     * {@code f_0 ~ N(0, Σ)} (the NNGP {@code Σ^{L+1}} when {@code f_0} stays Θ(1), ω = 1/2): the mean over many
     * seeds that finite networks approach. The residual is {@code e_t = A_t (f_0 − y)} with
     * {@code A_t = (I − (η/B) K_BB)^t = Q diag(q^t) Qᵀ}, so
     * {@code E|e_t|²/(2B) = (|A_t y|² + tr(A_t Σ A_t))/(2B)} and {@code tr(A_t Σ A_t) = Σ_k q_k^{2t} (Qᵀ Σ Q)_kk}:
     * the loss of the mean trajectory plus the prior's variance carried along each eigen-direction.
     *
     * @param prior Σ on the training inputs (B×B)
     */
    public double[] expectedSquaredLoss(KernelMatrix prior) {
        if (prior.size() != batch) {
            throw new IllegalArgumentException("the prior needs " + batch + "×" + batch + " entries, got "
                    + prior.size());
        }
        double[] lossOfMean = squaredLossClosedForm(new double[kernel.size()]).loss();
        TrainingEigen eigen = trainingEigen();
        double[] expected = lossOfMean.clone();
        for (int k = 0; k < batch; k++) {
            double[] v = eigen.vectors()[k];
            double variance = 0;
            for (int i = 0; i < batch; i++) {
                for (int j = 0; j < batch; j++) {
                    variance += v[i] * prior.get(i, j) * v[j];
                }
            }
            double contraction = 1 - learningRate * eigen.lambda()[k] / batch;
            for (int t = 0; t <= steps; t++) {
                expected[t] += Math.pow(contraction, 2.0 * t) * variance / (2.0 * batch);
            }
        }
        return expected;
    }

    /** {@code K_BB = Q Λ Qᵀ}: eigenvalues and unit eigenvectors (rows) of the kernel on the training inputs. */
    private record TrainingEigen(double[] lambda, double[][] vectors) {
    }

    private TrainingEigen trainingEigen() {
        int b = batch;
        DMatrixRMaj kbb = new DMatrixRMaj(kernel.block(0, b, 0, b));
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(b, true, true);
        if (!eig.decompose(kbb)) {
            throw new IllegalStateException("eigendecomposition of the training kernel failed");
        }
        double[][] q = new double[b][];
        double[] lambda = new double[b];
        for (int k = 0; k < b; k++) {
            lambda[k] = eig.getEigenvalue(k).getReal();
            q[k] = normalized(eig.getEigenVector(k));
        }
        return new TrainingEigen(lambda, q);
    }

    private void checkStart(Loss loss, double[] f0) {
        if (f0.length != kernel.size()) {
            throw new IllegalArgumentException("f_0 needs " + kernel.size() + " values (training then evaluation"
                    + " inputs), got " + f0.length);
        }
        loss.checkTargets(targets);
    }

    private Trajectory split(Loss loss, double[][] f) {
        int n = kernel.size();
        double[][] train = new double[f.length][];
        double[][] eval = new double[f.length][];
        double[] lossCurve = new double[f.length];
        for (int t = 0; t < f.length; t++) {
            train[t] = java.util.Arrays.copyOfRange(f[t], 0, batch);
            eval[t] = java.util.Arrays.copyOfRange(f[t], batch, n);
            lossCurve[t] = loss.mean(train[t], targets);
        }
        return new Trajectory(train, eval, lossCurve);
    }

    private static double[] normalized(DMatrixRMaj v) {
        double norm = 0;
        for (int i = 0; i < v.getNumElements(); i++) {
            norm += v.get(i) * v.get(i);
        }
        double inv = 1 / Math.sqrt(norm);
        double[] out = new double[v.getNumElements()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i) * inv;
        }
        return out;
    }
}
