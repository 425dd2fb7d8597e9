package org.widthlab.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.widthlab.theory.Activation;
import org.widthlab.theory.DualActivation;

/**
 * The Gaussian moments of any φ by its Hermite expansion, truncated where a computed bound says the rest is
 * negligible, and by {@link ConditionedQuadratureDual} where it is not (theory.md §7).
 *
 * <p>Mehler's formula (Daniely, Frostig &amp; Singer 2016, "dual activations"): with {@code p_k = He_k/√k!} the
 * orthonormal probabilists' Hermite polynomials and {@code (Z, Z')} standard normals of correlation ρ,
 * {@code E[p_j(Z) p_k(Z')] = δ_jk ρ^k}, so for {@code u = √s11 Z}, {@code v = √s22 Z'},
 * {@code ρ = s12/√(s11 s22)}:
 * <pre>
 *   E[φ(u)φ(v)]   = Σ_k a_k(s11) a_k(s22) ρ^k,   a_k(s) = E[φ(√s Z) p_k(Z)]
 *   E[φ'(u)φ'(v)] = Σ_k b_k(s11) b_k(s22) ρ^k,   b_k(s) = E[φ'(√s Z) p_k(Z)]
 * </pre>
 * <b>Truncation bound.</b> By Parseval, {@code Σ_k a_k(s)² = E[φ(√s Z)²]}, so the tail energy
 * {@code T_K(s) = E[φ(√s Z)²] − Σ_{k<K} a_k(s)²} is known, and by Cauchy–Schwarz (|ρ| ≤ 1) the terms from K on
 * sum to at most {@code |ρ|^K √(T_K(s11) T_K(s22))}. Each entry takes the fewest terms (at most
 * {@value #MAX_TERMS}) for which this bound, plus the coefficients' own quadrature errors, is at most
 * {@value #TOLERANCE} of the Cauchy–Schwarz scale {@code √(E[φ(u)²] E[φ(v)²])} (resp. of φ'). At moderate
 * variance the coefficients decay geometrically and a few dozen terms do; at large variance φ(√s z) approaches
 * a step or a kink, the tail decays slowly, and only entries with |ρ| well below 1 pass: the others (the
 * diagonal and nearly parallel inputs) go to the conditioned quadrature. A fixed truncation has no such bound:
 * 128 terms put tanh's NTK diagonal 12% low at {@code s ≈ 38}.
 *
 * <p>The coefficients, energies and their errors are one-dimensional adaptive integrals ({@link GaussKronrod})
 * on {@code |z| ≤ Z_MAX} (where {@code |p_k(z)| ϕ(z) ≤ √ϕ(z)} is below 1e-15), computed once per distinct
 * variance and cached, so a kernel on B inputs costs B one-dimensional quadratures and a short sum per entry.
 */
public final class HermiteSeriesDual implements DualActivation {

    /**
     * The expansions' lengths, tried in turn: most entries need a few dozen terms, nearly parallel inputs at
     * large variance more.
     */
    static final int[] TERMS = {32, 128};
    static final int MAX_TERMS = TERMS[TERMS.length - 1];
    /** The bound on each moment's error, relative to its Cauchy–Schwarz scale. */
    static final double TOLERANCE = 1e-10;
    static final double Z_MAX = 12;
    /** The coefficients' quadrature target, relative to the integral of |φ p_k ϕ| (at most ‖φ‖). */
    private static final double COEFFICIENT_TOLERANCE = 1e-12;
    private static final int COEFFICIENT_PIECES = 400;
    private static final double INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);
    /** √k and 1/√k for the Hermite recurrence. */
    private static final double[] SQRT = java.util.stream.IntStream.rangeClosed(0, MAX_TERMS).mapToDouble(Math::sqrt)
            .toArray();
    private static final double[] INV_SQRT = java.util.Arrays.stream(SQRT).map(x -> 1 / x).toArray();

    private final Activation phi;
    private final ConditionedQuadratureDual fallback;
    /** Per tier, the expansion at each variance met so far. */
    private final List<Map<Double, Expansion>> expansions = Stream.generate(
            () -> (Map<Double, Expansion>) new ConcurrentHashMap<Double, Expansion>()).limit(TERMS.length).toList();

    public HermiteSeriesDual(Activation phi) {
        this.phi = phi;
        this.fallback = new ConditionedQuadratureDual(phi);
    }

    @Override
    public Moments moments(double s11, double s12, double s22) {
        if (s11 == s12 && s12 == s22) {
            // a kernel's diagonal: the energies E[φ(u)²], E[φ'(u)²], computed with the coefficients
            Expansion e = expansionAt(0, s11);
            return new Moments(e.value.energy, e.derivative.energy);
        }
        double norm = Math.sqrt(Math.max(s11, 0) * Math.max(s22, 0));
        double rho = norm > 0 ? Math.max(-1, Math.min(1, s12 / norm)) : 0;
        for (int tier = 0; tier < TERMS.length; tier++) {
            Moments m = truncated(expansionAt(tier, s11), expansionAt(tier, s22), rho);
            if (m != null) {
                return m;
            }
        }
        return fallback.moments(s11, s12, s22);
    }

    /** The series summed to the fewest terms its bound allows, or null if all of them do not suffice. */
    private static Moments truncated(Expansion first, Expansion second, double rho) {
        double valueScale = Math.sqrt(first.value.energy * second.value.energy);
        double derivativeScale = Math.sqrt(first.derivative.energy * second.derivative.energy);
        double value = 0;
        double derivative = 0;
        double valueSlack = 0;
        double derivativeSlack = 0;
        double power = 1;
        for (int k = 0; k < first.value.coefficients.length; k++) {
            value += first.value.coefficients[k] * second.value.coefficients[k] * power;
            derivative += first.derivative.coefficients[k] * second.derivative.coefficients[k] * power;
            valueSlack += Math.abs(power) * first.value.productError(second.value, k);
            derivativeSlack += Math.abs(power) * first.derivative.productError(second.derivative, k);
            power *= rho;
            double valueBound = Math.abs(power) * Math.sqrt(first.value.tail(k + 1) * second.value.tail(k + 1))
                    + valueSlack;
            double derivativeBound = Math.abs(power)
                    * Math.sqrt(first.derivative.tail(k + 1) * second.derivative.tail(k + 1)) + derivativeSlack;
            if (valueBound <= TOLERANCE * valueScale && derivativeBound <= TOLERANCE * derivativeScale) {
                return new Moments(value, derivative);
            }
        }
        return null;
    }

    private Expansion expansionAt(int tier, double variance) {
        return expansions.get(tier).computeIfAbsent(Math.max(variance, 0), s -> expand(s, TERMS[tier]));
    }

    /** The expansion of one function of {@code √s Z}: coefficients, their errors, its energy and tail bounds. */
    private record Series(double[] coefficients, double[] errors, double energy, double[] tails) {

        /** An upper bound on {@code Σ_{j ≥ k} c_j²}. */
        double tail(int k) {
            return tails[k];
        }

        /** A bound on the error of the product of the k-th coefficients of this series and {@code other}. */
        double productError(Series other, int k) {
            return Math.abs(coefficients[k]) * other.errors[k] + Math.abs(other.coefficients[k]) * errors[k]
                    + errors[k] * other.errors[k];
        }

        /**
         * From the integrals {@code c_k} (with errors) and the energy {@code E} (with its error): the tails
         * {@code E − Σ_{j<k} c_j²}, each raised by what the quadrature and rounding errors could hide.
         */
        static Series of(double[] c, double[] errors, double energy, double energyError) {
            int n = c.length;
            double[] tails = new double[n + 1];
            double sum = 0;
            double slack = energyError + Math.ulp(energy) * (n + 1);
            tails[0] = energy + slack;
            for (int k = 0; k < n; k++) {
                sum += c[k] * c[k];
                slack += 2 * Math.abs(c[k]) * errors[k] + errors[k] * errors[k];
                tails[k + 1] = Math.max(energy - sum, 0) + slack;
            }
            return new Series(c, errors, energy, tails);
        }
    }

    private record Expansion(Series value, Series derivative) {
    }

    /**
     * One adaptive quadrature of 2K + 2 integrands: {@code φ(√s z) p_k(z) ϕ(z)}, {@code φ'(√s z) p_k(z) ϕ(z)} for
     * k < K ({@code p_{k+1} = (z p_k − √k p_{k−1})/√(k+1)}), and {@code φ²ϕ}, {@code φ'²ϕ}.
     */
    private Expansion expand(double variance, int n) {
        double sd = Math.sqrt(variance);
        double[] tolerances = new double[2 * n + 2];
        java.util.Arrays.fill(tolerances, COEFFICIENT_TOLERANCE);
        double[] breakpoints = java.util.Arrays.stream(ConditionedQuadratureDual.stepBreakpoints(0, sd))
                .map(x -> x * Z_MAX / ConditionedQuadratureDual.Z_MAX).toArray();
        GaussKronrod.Integral integral = GaussKronrod.integrate((z, out) -> {
            double density = INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
            double phiValue = phi.value(sd * z);
            double phiDerivative = phi.derivative(sd * z);
            double value = density * phiValue;
            double derivative = density * phiDerivative;
            double previous = 0;
            double current = 1;
            for (int k = 0; k < n; k++) {
                out[k] = value * current;
                out[n + k] = derivative * current;
                double next = (z * current - SQRT[k] * previous) * INV_SQRT[k + 1];
                previous = current;
                current = next;
            }
            out[2 * n] = value * phiValue;
            out[2 * n + 1] = derivative * phiDerivative;
        }, 2 * n + 2, breakpoints, tolerances, new double[2 * n + 2], COEFFICIENT_PIECES);
        double[] v = integral.values();
        double[] e = integral.errors();
        return new Expansion(
                Series.of(java.util.Arrays.copyOfRange(v, 0, n), java.util.Arrays.copyOfRange(e, 0, n), v[2 * n],
                        e[2 * n]),
                Series.of(java.util.Arrays.copyOfRange(v, n, 2 * n), java.util.Arrays.copyOfRange(e, n, 2 * n),
                        v[2 * n + 1], e[2 * n + 1]));
    }
}
