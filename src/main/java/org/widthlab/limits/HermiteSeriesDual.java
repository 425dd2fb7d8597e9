package org.widthlab.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.widthlab.theory.Activation;

/**
 * The Gaussian moments of a smooth φ by its Hermite expansion (Mehler's formula; Daniely, Frostig &
 * Singer 2016, "dual activations"): with {@code p_k = He_k/√k!} the orthonormal probabilists' Hermite
 * polynomials and {@code (Z, Z')} standard normals of correlation ρ, {@code E[p_j(Z) p_k(Z')] = δ_jk ρ^k}, so
 * for {@code u = √s11 Z}, {@code v = √s22 Z'}, {@code ρ = s12/√(s11 s22)}:
 * <pre>
 *   E[φ(u)φ(v)]   = Σ_k a_k(s11) a_k(s22) ρ^k,   a_k(s) = E[φ(√s Z) p_k(Z)]
 *   E[φ'(u)φ'(v)] = Σ_k b_k(s11) b_k(s22) ρ^k,   b_k(s) = E[φ'(√s Z) p_k(Z)]
 * </pre>
 * The coefficients are one-dimensional Gauss–Hermite integrals (order {@value #ORDER}), computed once per
 * distinct variance and cached, so a kernel on B inputs costs B one-dimensional quadratures and
 * {@value #TERMS} terms per entry, instead of a two-dimensional quadrature per entry: the same numbers as
 * {@link QuadratureDual} (checked in DualActivationTest) about a hundred times faster. The truncation error is
 * the tail of the coefficients, which decay fast for smooth φ at moderate variance (tanh at s ≤ 4, GELU at
 * s ≤ 4: below 1e-9 against order-400 two-dimensional quadrature); at large variance φ(√s z) approaches
 * a step or a kink and the tail grows (see the test for measured figures). Not for ReLU: its closed form is exact.
 */
public final class HermiteSeriesDual implements DualActivation {

    static final int TERMS = 128;
    static final int ORDER = 192;

    private final Activation phi;
    private final GaussHermite rule = GaussHermite.ofOrder(ORDER);
    /** Per variance s: {a_0..a_{K−1}} and {b_0..b_{K−1}}. */
    private final Map<Double, double[][]> coefficients = new ConcurrentHashMap<>();

    public HermiteSeriesDual(Activation phi) {
        this.phi = phi;
    }

    @Override
    public Moments moments(double s11, double s12, double s22) {
        double[][] first = coefficientsFor(s11);
        double[][] second = coefficientsFor(s22);
        double norm = Math.sqrt(s11 * s22);
        double rho = norm > 0 ? Math.max(-1, Math.min(1, s12 / norm)) : 0;
        double value = 0;
        double derivative = 0;
        double power = 1;
        for (int k = 0; k < TERMS; k++) {
            value += first[0][k] * second[0][k] * power;
            derivative += first[1][k] * second[1][k] * power;
            power *= rho;
        }
        return new Moments(value, derivative);
    }

    private double[][] coefficientsFor(double variance) {
        return coefficients.computeIfAbsent(Math.max(variance, 0), this::compute);
    }

    private double[][] compute(double variance) {
        double sd = Math.sqrt(variance);
        double[] a = new double[TERMS];
        double[] b = new double[TERMS];
        for (int m = 0; m < rule.order(); m++) {
            double z = rule.node(m);
            double wValue = rule.weight(m) * phi.value(sd * z);
            double wDerivative = rule.weight(m) * phi.derivative(sd * z);
            double previous = 0;
            double current = 1;
            for (int k = 0; k < TERMS; k++) {
                a[k] += wValue * current;
                b[k] += wDerivative * current;
                double next = (z * current - Math.sqrt(k) * previous) / Math.sqrt(k + 1);
                previous = current;
                current = next;
            }
        }
        return new double[][] {a, b};
    }
}
