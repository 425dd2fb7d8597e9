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

    /** The Gauss–Hermite order used where φ has no closed form; see {@link QuadratureDual}. */
    int DEFAULT_QUADRATURE_ORDER = 64;

    /**
     * φ's closed form where THEORY.md §7 gives one (ReLU, erf) or it is obvious (identity:
     * {@code E[uv] = s12}, {@code E[1·1] = 1}); two-dimensional Gauss–Hermite quadrature otherwise.
     */
    static DualActivation of(Activation phi) {
        return switch (phi) {
            case RELU -> ClosedFormDuals::relu;
            case ERF -> ClosedFormDuals::erf;
            case IDENTITY -> ClosedFormDuals::identity;
            default -> new QuadratureDual(phi, GaussHermite.ofOrder(DEFAULT_QUADRATURE_ORDER));
        };
    }
}
