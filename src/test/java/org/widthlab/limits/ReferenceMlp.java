package org.widthlab.limits;

import java.util.SplittableRandom;
import org.widthlab.theory.Parametrization;

/**
 * A plain float64 finite-width MLP in exactly the abc form of theory.md §1–2, written for these tests
 * (independent of the limits code): {@code W^l = n^{−a_l} w^l}, {@code w^l ~ N(0, n^{−2b_l})} (zero for
 * b = ∞), full-batch SGD with rate {@code η n^{−c}} on every {@code w^l}, mean squared loss /2. Obvious
 * loops, no speed tricks.
 */
final class ReferenceMlp {

    private final int depth;
    private final double[][][] w;
    private final double[] multiplier;
    private final double rateScale;
    private final Parametrization p;

    ReferenceMlp(Parametrization p, int inputDim, int width, long seed) {
        this.p = p;
        this.depth = p.depth();
        SplittableRandom random = new SplittableRandom(seed);
        w = new double[depth + 1][][];
        multiplier = new double[depth + 1];
        for (int l = 1; l <= depth + 1; l++) {
            int rows = l == depth + 1 ? 1 : width;
            int cols = l == 1 ? inputDim : width;
            double std = p.b(l).isInfinite() ? 0 : Math.pow(width, -p.b(l).toDouble());
            w[l - 1] = new double[rows][cols];
            for (double[] row : w[l - 1]) {
                for (int j = 0; j < cols; j++) {
                    row[j] = std * random.nextGaussian();
                }
            }
            multiplier[l - 1] = Math.pow(width, -p.a(l).toDouble());
        }
        rateScale = Math.pow(width, -p.c().toDouble());
    }

    /** x[0] = ξ, h[l] and x[l] = φ(h[l]) for l = 1..L, h[L+1] = (f). */
    private record Forward(double[][] h, double[][] x) {
    }

    private Forward forward(double[] xi) {
        double[][] h = new double[depth + 2][];
        double[][] x = new double[depth + 1][];
        x[0] = xi;
        for (int l = 1; l <= depth + 1; l++) {
            double[][] wl = w[l - 1];
            h[l] = new double[wl.length];
            for (int r = 0; r < wl.length; r++) {
                double s = 0;
                for (int c = 0; c < wl[r].length; c++) {
                    s += wl[r][c] * x[l - 1][c];
                }
                h[l][r] = multiplier[l - 1] * s;
            }
            if (l <= depth) {
                x[l] = new double[h[l].length];
                for (int r = 0; r < h[l].length; r++) {
                    x[l][r] = p.activation().value(h[l][r]);
                }
            }
        }
        return new Forward(h, x);
    }

    /** dh[l] = ∂f/∂h^l for l = 1..L+1 (dh[L+1] = 1). */
    private double[][] backward(Forward fw) {
        double[][] dh = new double[depth + 2][];
        dh[depth + 1] = new double[] {1};
        for (int l = depth; l >= 1; l--) {
            double[][] above = w[l];
            double[] back = new double[fw.h[l].length];
            for (int r = 0; r < above.length; r++) {
                double g = dh[l + 1][r];
                for (int c = 0; c < back.length; c++) {
                    back[c] += above[r][c] * g;
                }
            }
            dh[l] = new double[back.length];
            for (int c = 0; c < back.length; c++) {
                dh[l][c] = multiplier[l] * back[c] * p.activation().derivative(fw.h[l][c]);
            }
        }
        return dh;
    }

    double[] outputs(double[][] inputs) {
        double[] f = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            f[i] = forward(inputs[i]).h[depth + 1][0];
        }
        return f;
    }

    /**
     * The empirical kernel of SGD on this network, per unit η: {@code Σ_l n^{−c} ⟨∂f(ξ_i)/∂w^l, ∂f(ξ_j)/∂w^l⟩}
     * with {@code ∂f/∂w^l = n^{−a_l} dh^l ⊗ x^{l−1}}, i.e. {@code n^{−c} n^{−2a_l} (dh^l_i·dh^l_j)(x^{l−1}_i·x^{l−1}_j)}.
     * The training change of f is {@code −η K χ} to first order; in NTP it is the empirical NTK.
     */
    double[][] empiricalKernel(double[][] inputs) {
        int b = inputs.length;
        Forward[] fw = new Forward[b];
        double[][][] dh = new double[b][][];
        for (int i = 0; i < b; i++) {
            fw[i] = forward(inputs[i]);
            dh[i] = backward(fw[i]);
        }
        double[][] k = new double[b][b];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < b; j++) {
                for (int l = 1; l <= depth + 1; l++) {
                    k[i][j] += rateScale * multiplier[l - 1] * multiplier[l - 1] * dot(dh[i][l], dh[j][l])
                            * dot(fw[i].x[l - 1], fw[j].x[l - 1]);
                }
            }
        }
        return k;
    }

    /** One full-batch SGD step on the mean of (f − y)²/2. */
    void step(double[][] inputs, double[] targets, double eta) {
        int b = inputs.length;
        double[][][] grad = new double[depth + 1][][];
        for (int l = 1; l <= depth + 1; l++) {
            grad[l - 1] = new double[w[l - 1].length][w[l - 1][0].length];
        }
        for (int i = 0; i < b; i++) {
            Forward fw = forward(inputs[i]);
            double[][] dh = backward(fw);
            double chi = (fw.h[depth + 1][0] - targets[i]) / b;
            for (int l = 1; l <= depth + 1; l++) {
                double[][] g = grad[l - 1];
                for (int r = 0; r < g.length; r++) {
                    double s = chi * multiplier[l - 1] * dh[l][r];
                    if (s == 0) {
                        continue;
                    }
                    for (int c = 0; c < g[r].length; c++) {
                        g[r][c] += s * fw.x[l - 1][c];
                    }
                }
            }
        }
        for (int l = 1; l <= depth + 1; l++) {
            for (int r = 0; r < w[l - 1].length; r++) {
                for (int c = 0; c < w[l - 1][r].length; c++) {
                    w[l - 1][r][c] -= eta * rateScale * grad[l - 1][r][c];
                }
            }
        }
    }

    /** f_t on the inputs for t = 0..steps (trains this network). */
    double[][] train(double[][] inputs, double[] targets, double eta, int steps) {
        double[][] f = new double[steps + 1][];
        for (int t = 0; t <= steps; t++) {
            f[t] = outputs(inputs);
            if (t < steps) {
                step(inputs, targets, eta);
            }
        }
        return f;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }
}
