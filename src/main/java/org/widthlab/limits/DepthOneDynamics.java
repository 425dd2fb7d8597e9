package org.widthlab.limits;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.widthlab.engine.Loss;
import org.widthlab.engine.TrainingData;
import org.widthlab.theory.Activation;

/**
 * Full-batch training of a one-hidden-layer network in μP, particle by particle (TP4 Theorem 6.1,
 * theory.md §7): {@code f_t(ξ) = E[V_t φ(U_t·ξ)]} and every particle moves by
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
 * @param data   the training inputs ξ_1..ξ_B, targets y_1..y_B and the per-example loss
 * @param learningRate η
 */
public record DepthOneDynamics(Activation phi, TrainingData data, double learningRate) {

    /** Particles per parallel block; blocks are summed in a fixed order, so results do not depend on threads. */
    private static final int BLOCK = 512;

    /** Trains the particles for {@code steps} steps; outputs on the training and the evaluation inputs. */
    public Trajectory train(Particles start, double[][] evalInputs, int steps) {
        double[][] inputs = data.inputs();
        double[] targets = data.targets();
        Loss loss = data.loss();
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
        int blocks = (v.length + BLOCK - 1) / BLOCK;
        double[][] train = new double[steps + 1][];
        double[][] eval = new double[steps + 1][];
        double[] lossCurve = new double[steps + 1];
        for (int t = 0; ; t++) {
            train[t] = outputs(u, v, w, inputs, blocks);
            eval[t] = outputs(u, v, w, evalInputs, blocks);
            lossCurve[t] = loss.mean(train[t], targets);
            if (t == steps) {
                break;
            }
            double[] chi = loss.chi(train[t], targets);
            IntStream.range(0, blocks).parallel().forEach(b -> {
                double[] grad = new double[d];
                for (int k = b * BLOCK; k < Math.min(v.length, (b + 1) * BLOCK); k++) {
                    double dv = 0;
                    Arrays.fill(grad, 0);
                    for (int i = 0; i < inputs.length; i++) {
                        double pre = Vectors.dot(u[k], inputs[i]);
                        dv += chi[i] * phi.value(pre);
                        double g = chi[i] * phi.derivative(pre);
                        for (int j = 0; j < d; j++) {
                            grad[j] += g * inputs[i][j];
                        }
                    }
                    for (int j = 0; j < d; j++) {
                        u[k][j] -= learningRate * v[k] * grad[j];
                    }
                    v[k] -= learningRate * dv;
                }
            });
        }
        return new Trajectory(train, eval, lossCurve);
    }

    /** {@code f(ξ) = Σ_k w_k V_k φ(U_k·ξ)}, summed block by block in parallel, blocks added in order. */
    private double[] outputs(double[][] u, double[] v, double[] w, double[][] xs, int blocks) {
        double[][] partial = new double[blocks][xs.length];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            for (int k = b * BLOCK; k < Math.min(v.length, (b + 1) * BLOCK); k++) {
                double wv = w[k] * v[k];
                if (wv == 0) {
                    continue;
                }
                for (int i = 0; i < xs.length; i++) {
                    partial[b][i] += wv * phi.value(Vectors.dot(u[k], xs[i]));
                }
            }
        });
        double[] f = new double[xs.length];
        for (double[] p : partial) {
            for (int i = 0; i < f.length; i++) {
                f[i] += p[i];
            }
        }
        return f;
    }

    private static void requireDim(double[] x, int d) {
        if (x.length != d) {
            throw new IllegalArgumentException("input of dimension " + x.length + " for particles of dimension " + d);
        }
    }
}
