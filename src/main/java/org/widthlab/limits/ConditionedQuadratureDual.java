package org.widthlab.limits;

import java.util.Arrays;
import org.widthlab.theory.Activation;
import org.widthlab.theory.DualActivation;

/**
 * The Gaussian moments of any φ with an error controlled at every variance (theory.md §7): condition on one
 * variable and integrate both one-dimensional Gaussians adaptively ({@link GaussKronrod}). Slower than the
 * Hermite series ({@link HermiteSeriesDual}), which falls back on this where its truncation bound fails.
 *
 * <p>With {@code Z, W} independent standard normals, {@code u = √s11 Z} and {@code v = m(Z) + c W},
 * {@code m(Z) = (s12/√s11) Z}, {@code c = √(s22 − s12²/s11)}, have covariance {@code [[s11, s12], [s12, s22]]}, so
 * <pre>
 *   E[φ(u)φ(v)]   = E_Z[ φ(√s11 Z)  · E_W[φ(m(Z) + c W)] ]
 *   E[φ'(u)φ'(v)] = E_Z[ φ'(√s11 Z) · E_W[φ'(m(Z) + c W)] ]
 * </pre>
 * Both expectations are integrals against the standard normal density on {@code [−Z_MAX, Z_MAX]} (the mass
 * outside is 1.5e-23; for φ growing at most linearly the truncation is far below the tolerance). The
 * conditioning variable is the one of larger variance, so the inner integrals, one per outer point, have the
 * smaller spread. Where φ changes fast at a large variance — tanh(√s z) is a step of width {@code 1/√s} — the
 * pieces start split where the pre-activation crosses 0 ({@code Z = 0} outside, {@code W = −m/c} inside), and
 * adaptivity does the rest.
 *
 * <p>The estimated error of each moment — the outer integral's own plus the integral of the inner integrals'
 * errors — is at most {@value #TOLERANCE} of its Cauchy–Schwarz scale {@code √(E[φ(u)²] E[φ(v)²])} (resp. of
 * φ'), the bound on its size, which one-dimensional integrals give first; otherwise {@link #moments} throws.
 * φ and φ' must be evaluated to relative precision (e.g. tanh' as sech², not {@code 1 − tanh²}, which is pure
 * rounding where tanh saturates).
 *
 * @param phi the nonlinearity (φ and φ' polynomially bounded)
 */
public record ConditionedQuadratureDual(Activation phi) implements DualActivation {

    static final double Z_MAX = 10;
    /** The bound on each moment's estimated error, relative to its Cauchy–Schwarz scale. */
    static final double TOLERANCE = 1e-10;
    /** The energies only set the scale: a rough value does. */
    private static final double ENERGY_TOLERANCE = 1e-6;
    private static final int OUTER_PIECES = 400;
    private static final int INNER_PIECES = 60;
    /** Conditional variances below this fraction of the variance are rounding noise. */
    private static final double ROUNDING = 16 * Math.ulp(1.0);
    private static final double INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

    @Override
    public Moments moments(double s11, double s12, double s22) {
        double outerVariance = Math.max(Math.max(s11, s22), 0);
        double innerVariance = Math.max(Math.min(s11, s22), 0);
        double outerSd = Math.sqrt(outerVariance);
        double innerSd = Math.sqrt(innerVariance);
        // |ρ| ≤ 1, as in a covariance (rounding can break it slightly)
        double slope = outerSd > 0 ? Math.max(-innerSd, Math.min(innerSd, s12 / outerSd)) : 0;
        double conditionalVariance = innerVariance - slope * slope;
        // Below rounding (a kernel's diagonal, s11 = s12 = s22) v is a function of u.
        double spread = conditionalVariance > ROUNDING * innerVariance ? Math.sqrt(conditionalVariance) : 0;
        double[] outerEnergy = energies(outerVariance);
        double[] innerEnergy = energies(innerVariance);
        double valueScale = Math.sqrt(outerEnergy[0] * innerEnergy[0]);
        double derivativeScale = Math.sqrt(outerEnergy[1] * innerEnergy[1]);
        // The inner errors, integrated against |φ(u)|, add at most a quarter of the tolerance (E|φ(u)| ≤ √E[φ(u)²]).
        double[] innerTolerances = {TOLERANCE / 4 * Math.sqrt(innerEnergy[0]), TOLERANCE / 4 * Math.sqrt(innerEnergy[1])};
        double[] inner = new double[4];
        GaussKronrod.Integral outer = GaussKronrod.integrate((z, out) -> {
            double density = INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
            double h = outerSd * z;
            double value = phi.value(h);
            double derivative = phi.derivative(h);
            conditionalMoments(slope * z, spread, innerTolerances, inner);
            out[0] = density * value * inner[0];
            out[1] = density * derivative * inner[1];
            out[2] = density * Math.abs(value) * inner[2];
            out[3] = density * Math.abs(derivative) * inner[3];
        }, 4, stepBreakpoints(0, outerSd), new double[] {0, 0, 0.5, 0.5},
                new double[] {TOLERANCE / 2 * valueScale, TOLERANCE / 2 * derivativeScale, 0, 0}, OUTER_PIECES);
        double valueError = outer.errors()[0] + outer.values()[2];
        double derivativeError = outer.errors()[1] + outer.values()[3];
        if (!(valueError <= TOLERANCE * valueScale && derivativeError <= TOLERANCE * derivativeScale)) {
            throw new ArithmeticException(String.format(java.util.Locale.ROOT, "the Gaussian moments of %s at"
                    + " covariance (%g, %g, %g) did not reach their accuracy: estimated errors %.2g and %.2g",
                    phi.id(), s11, s12, s22, valueError, derivativeError));
        }
        return new Moments(outer.values()[0], outer.values()[1]);
    }

    /** {@code E[φ(√s Z)²]} and {@code E[φ'(√s Z)²]}, roughly. */
    private double[] energies(double variance) {
        double sd = Math.sqrt(variance);
        return GaussKronrod.integrate((z, out) -> {
            double density = INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
            double value = phi.value(sd * z);
            double derivative = phi.derivative(sd * z);
            out[0] = density * value * value;
            out[1] = density * derivative * derivative;
        }, 2, stepBreakpoints(0, sd), new double[] {ENERGY_TOLERANCE, ENERGY_TOLERANCE}, new double[2],
                OUTER_PIECES).values();
    }

    /**
     * Into {@code out}: {@code E[φ(mean + sd·W)]}, {@code E[φ'(mean + sd·W)]} for {@code W ~ N(0, 1)}, and
     * their estimated errors, each to its absolute tolerance.
     */
    private void conditionalMoments(double mean, double sd, double[] tolerances, double[] out) {
        if (sd == 0) {
            out[0] = phi.value(mean);
            out[1] = phi.derivative(mean);
            out[2] = 0;
            out[3] = 0;
            return;
        }
        GaussKronrod.Integral inner = GaussKronrod.integrate((w, values) -> {
            double density = INV_SQRT_TWO_PI * Math.exp(-0.5 * w * w);
            double h = mean + sd * w;
            values[0] = density * phi.value(h);
            values[1] = density * phi.derivative(h);
        }, 2, stepBreakpoints(-mean / sd, sd), new double[2], tolerances, INNER_PIECES);
        out[0] = inner.values()[0];
        out[1] = inner.values()[1];
        out[2] = inner.errors()[0];
        out[3] = inner.errors()[1];
    }

    /**
     * The starting pieces of {@code [−Z_MAX, Z_MAX]} for a standard normal variable z whose pre-activation
     * {@code h} crosses 0 at {@code crossing} with {@code dh/dz = sd}: split there, at one and four of φ's unit
     * scale either side of it ({@code 1/sd} in z), and at ±3.
     */
    static double[] stepBreakpoints(double crossing, double sd) {
        double[] candidates = {-Z_MAX, -3, 3, Z_MAX, crossing, crossing - 1 / sd, crossing + 1 / sd,
            crossing - 4 / sd, crossing + 4 / sd};
        return Arrays.stream(candidates).filter(x -> x >= -Z_MAX && x <= Z_MAX).sorted().distinct().toArray();
    }
}
