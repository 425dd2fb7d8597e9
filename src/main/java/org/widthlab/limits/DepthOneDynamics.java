package org.widthlab.limits;

import org.widthlab.theory.Activation;

/**
 * Full-batch training of a one-hidden-layer network in μP, particle by particle (TP4 Theorem 6.1,
 * THEORY.md §7): {@code f_t(ξ) = E[V_t φ(U_t·ξ)]} and every particle moves by
 * <pre>
 *   V_{t+1} = V_t − η Σ_i χ_{t,i} φ(U_t·ξ_i)
 *   U_{t+1} = U_t − η Σ_i χ_{t,i} V_t φ'(U_t·ξ_i) ξ_i
 * </pre>
 * with {@code χ_{t,i} = ℓ'(f_t(ξ_i), y_i)/B} (mean loss). With the particles a quadrature of the Gaussian
 * law of {@code (U_0, V_0)} this is the infinite-width limit; with n equally weighted particles drawn
 * from it, it is exactly the finite μP network of width n ({@code W^1 = U}, {@code W^2 = V/n}; the μP
 * learning rates ηn and η/n turn the gradients into the updates above).
 *
 * @param phi    the nonlinearity
 * @param inputs the training inputs ξ_1..ξ_B
 * @param targets y_1..y_B
 * @param loss   the per-example loss
 * @param eta    η
 */
public record DepthOneDynamics(Activation phi, double[][] inputs, double[] targets, Loss loss, double eta) {

    public DepthOneDynamics {
        if (inputs.length != targets.length || inputs.length == 0) {
            throw new IllegalArgumentException("need as many targets as inputs (≥ 1): " + inputs.length + " inputs, "
                    + targets.length + " targets");
        }
        loss.checkTargets(targets);
        inputs = inputs.clone();
        targets = targets.clone();
    }

    /** Trains the particles for {@code steps} steps; outputs on the training and the evaluation inputs. */
    public Trajectory train(Particles start, double[][] evalInputs, int steps) {
        int d = start.inputDim();
        for (double[] xi : inputs) {
            requireDim(xi, d);
        }
        for (double[] zeta : evalInputs) {
            requireDim(zeta, d);
        }
        double[][] u = start.u();
        double[] v = start.v();
        double[] w = start.weights();
        int batch = inputs.length;
        double[][] train = new double[steps + 1][];
        double[][] eval = new double[steps + 1][];
        double[] lossCurve = new double[steps + 1];
        double[] pre = new double[batch];
        double[] grad = new double[d];
        for (int t = 0; ; t++) {
            train[t] = outputs(u, v, w, inputs);
            eval[t] = outputs(u, v, w, evalInputs);
            lossCurve[t] = loss.mean(train[t], targets);
            if (t == steps) {
                break;
            }
            double[] chi = loss.chi(train[t], targets);
            for (int k = 0; k < v.length; k++) {
                double dv = 0;
                java.util.Arrays.fill(grad, 0);
                for (int i = 0; i < batch; i++) {
                    pre[i] = dot(u[k], inputs[i]);
                    dv += chi[i] * phi.value(pre[i]);
                    double g = chi[i] * phi.derivative(pre[i]);
                    for (int j = 0; j < d; j++) {
                        grad[j] += g * inputs[i][j];
                    }
                }
                for (int j = 0; j < d; j++) {
                    u[k][j] -= eta * v[k] * grad[j];
                }
                v[k] -= eta * dv;
            }
        }
        return new Trajectory(train, eval, lossCurve);
    }

    private double[] outputs(double[][] u, double[] v, double[] w, double[][] xs) {
        double[] f = new double[xs.length];
        for (int k = 0; k < v.length; k++) {
            double wv = w[k] * v[k];
            if (wv == 0) {
                continue;
            }
            for (int i = 0; i < xs.length; i++) {
                f[i] += wv * phi.value(dot(u[k], xs[i]));
            }
        }
        return f;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * y[j];
        }
        return s;
    }

    private static void requireDim(double[] x, int d) {
        if (x.length != d) {
            throw new IllegalArgumentException("input of dimension " + x.length + " for particles of dimension " + d);
        }
    }
}
