package org.widthlab.engine;

import org.widthlab.theory.Activation;

/**
 * The slow, obvious double-precision version of {@link Mlp} for tests: plain loops over
 * {@code double[][]} weights (effective view, theory.md §1–§2), mean loss over the batch, and its
 * gradient by hand-written backpropagation. Checked against finite differences in {@link GradientTest}.
 */
final class DoubleMlp {

    final double[][][] w;
    final Activation phi;
    final Loss loss;

    DoubleMlp(double[][][] w, Activation phi, Loss loss) {
        this.w = w;
        this.phi = phi;
        this.loss = loss;
    }

    /** The mean loss over the batch (rows of xi). */
    double loss(double[][] xi, double[] y) {
        double sum = 0;
        for (int i = 0; i < xi.length; i++) {
            double[][][] acts = forward(xi[i]);
            sum += loss.value(acts[1][w.length][0], y[i]);
        }
        return sum / xi.length;
    }

    /** {h^1..h^{L+1}} and {x^0..x^L, f}: [0][l] = h^{l+1}, [1][l] = x^l, [1][L+1] = {f}. */
    double[][][] forward(double[] input) {
        int layers = w.length;
        double[][] h = new double[layers][];
        double[][] x = new double[layers + 1][];
        x[0] = input;
        for (int l = 0; l < layers; l++) {
            h[l] = times(w[l], x[l]);
            x[l + 1] = l == layers - 1 ? h[l] : apply(h[l]);
        }
        return new double[][][] {h, x};
    }

    /** ∂(mean loss)/∂W^l for every layer, by backpropagation. */
    double[][][] gradient(double[][] xi, double[] y) {
        int layers = w.length;
        double[][][] g = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            g[l] = new double[w[l].length][w[l][0].length];
        }
        for (int i = 0; i < xi.length; i++) {
            double[][][] acts = forward(xi[i]);
            double[][] h = acts[0];
            double[][] x = acts[1];
            double[] delta = {loss.derivative(x[layers][0], y[i]) / xi.length};
            for (int l = layers - 1; l >= 0; l--) {
                for (int r = 0; r < w[l].length; r++) {
                    for (int c = 0; c < w[l][0].length; c++) {
                        g[l][r][c] += delta[r] * x[l][c];
                    }
                }
                if (l > 0) {
                    double[] up = new double[w[l][0].length];
                    for (int c = 0; c < up.length; c++) {
                        for (int r = 0; r < w[l].length; r++) {
                            up[c] += w[l][r][c] * delta[r];
                        }
                        up[c] *= phi.derivative(h[l - 1][c]);
                    }
                    delta = up;
                }
            }
        }
        return g;
    }

    private double[] apply(double[] h) {
        double[] x = new double[h.length];
        for (int j = 0; j < h.length; j++) {
            x[j] = phi.value(h[j]);
        }
        return x;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < v.length; c++) {
                out[r] += m[r][c] * v[c];
            }
        }
        return out;
    }
}
