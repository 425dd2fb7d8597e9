package org.widthlab.limits;

import org.widthlab.engine.Loss;
import org.widthlab.engine.TrainingData;

/**
 * The exact infinite-width limit of a one-hidden-layer <em>linear</em> network (φ = identity) in μP,
 * in any input dimension d: TP4 Corollary 6.2 (d = 1) and its d-dimensional form.
 *
 * <p><b>Derivation.</b> With φ = identity the particle updates of TP4 Theorem 6.1 ({@link DepthOneDynamics})
 * are linear: writing {@code g_t = Σ_i χ_{t,i} ξ_i ∈ R^d},
 * <pre>
 *   V_{t+1} = V_t − η g_t·U_t,      U_{t+1} = U_t − η V_t g_t.
 * </pre>
 * Hence every particle stays a fixed linear function of its start, {@code U_t = A_t U_0 + B_t V_0}
 * (A_t a d×d matrix, B_t ∈ R^d) and {@code V_t = C_t·U_0 + D_t V_0} (C_t ∈ R^d, D_t ∈ R), with
 * {@code A_0 = I, B_0 = 0, C_0 = 0, D_0 = 1}. Substituting,
 * <pre>
 *   A_{t+1} = A_t − η g_t C_tᵀ,   B_{t+1} = B_t − η D_t g_t,
 *   C_{t+1} = C_t − η A_tᵀ g_t,   D_{t+1} = D_t − η g_t·B_t.
 * </pre>
 * Since {@code E[U_0 U_0ᵀ] = I}, {@code E[V_0²] = 1} and {@code E[U_0 V_0] = 0},
 * {@code f_t(ξ) = E[V_t U_t·ξ] = (A_t C_t + B_t D_t)·ξ}, and {@code χ_t} follows from {@code f_t} on the batch.
 * For d = 1 and one example per step these are TP4 Corollary 6.2's recursions
 * {@code (A,B)_{t+1} = (A,B)_t − ηχ_tξ_t(C,D)_t}, {@code (C,D)_{t+1} = (C,D)_t − ηχ_tξ_t(A,B)_t}.
 * A readout that starts at zero has {@code V_0 = 0}: start with {@code D_0 = 0}; then B and D stay 0.
 *
 * @param data    training inputs ξ_1..ξ_B (dimension d), targets y_1..y_B and the per-example loss
 * @param learningRate η
 */
public record LinearNetworkLimit(TrainingData data, double learningRate) {

    public Trajectory train(double[][] evalInputs, int steps, boolean zeroReadout) {
        double[][] inputs = data.inputs();
        double[] targets = data.targets();
        Loss loss = data.loss();
        int d = inputs[0].length;
        double[][] a = new double[d][d];
        for (int j = 0; j < d; j++) {
            a[j][j] = 1;
        }
        double[] b = new double[d];
        double[] c = new double[d];
        double dd = zeroReadout ? 0 : 1;
        double[][] train = new double[steps + 1][];
        double[][] eval = new double[steps + 1][];
        double[] lossCurve = new double[steps + 1];
        for (int t = 0; ; t++) {
            double[] m = new double[d];
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    m[j] += a[j][k] * c[k];
                }
                m[j] += b[j] * dd;
            }
            train[t] = apply(m, inputs);
            eval[t] = apply(m, evalInputs);
            lossCurve[t] = loss.mean(train[t], targets);
            if (t == steps) {
                break;
            }
            double[] chi = loss.chi(train[t], targets);
            double[] g = new double[d];
            for (int i = 0; i < inputs.length; i++) {
                for (int j = 0; j < d; j++) {
                    g[j] += chi[i] * inputs[i][j];
                }
            }
            double[][] a1 = new double[d][d];
            double[] b1 = new double[d];
            double[] c1 = new double[d];
            double gb = 0;
            for (int j = 0; j < d; j++) {
                double atg = 0;
                for (int k = 0; k < d; k++) {
                    a1[j][k] = a[j][k] - learningRate * g[j] * c[k];
                    atg += a[k][j] * g[k];
                }
                b1[j] = b[j] - learningRate * dd * g[j];
                c1[j] = c[j] - learningRate * atg;
                gb += g[j] * b[j];
            }
            a = a1;
            b = b1;
            c = c1;
            dd -= learningRate * gb;
        }
        return new Trajectory(train, eval, lossCurve);
    }

    private static double[] apply(double[] m, double[][] xs) {
        double[] f = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            if (xs[i].length != m.length) {
                throw new IllegalArgumentException("input of dimension " + xs[i].length + ", expected " + m.length);
            }
            f[i] = Vectors.dot(m, xs[i]);
        }
        return f;
    }
}
