package org.widthlab.limits;

import org.widthlab.theory.Activation;

/**
 * The Gaussian moments of a nonlinearity φ ("dual activation", Daniely et al. 2016): for
 * {@code (u, v) ~ N(0, [[s11, s12], [s12, s22]])}, {@code E[φ(u)φ(v)]} and {@code E[φ'(u)φ'(v)]}.
 */
public interface DualActivation {

    /**
     * @param value      {@code E[φ(u)φ(v)]}
     * @param derivative {@code E[φ'(u)φ'(v)]}
     */
    record Moments(double value, double derivative) {
    }

    Moments moments(double s11, double s12, double s22);

    /**
     * φ's closed form where theory.md §7 gives one (ReLU, erf) or one is classical (identity; sin, whose
     * Gauss–Hermite quadrature fails at large variance, where sin(√s z) oscillates fast); otherwise (tanh,
     * GELU) the Hermite expansion {@link HermiteSeriesDual}, whose coefficients are one-dimensional
     * Gauss–Hermite integrals (checked against the two-dimensional quadrature {@link QuadratureDual}).
     */
    static DualActivation of(Activation phi) {
        return switch (phi) {
            case RELU -> ClosedFormDuals::relu;
            case ERF -> ClosedFormDuals::erf;
            case IDENTITY -> ClosedFormDuals::identity;
            case SIN -> ClosedFormDuals::sin;
            case TANH, GELU -> new HermiteSeriesDual(phi);
        };
    }
}
