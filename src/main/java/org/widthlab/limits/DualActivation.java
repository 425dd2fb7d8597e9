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
     * φ's closed form where theory.md §7 gives one (ReLU, erf) or one is classical (identity; sin); otherwise
     * (tanh, GELU) {@link HermiteSeriesDual}: the Hermite series where its computed truncation bound holds, the
     * adaptive conditioned quadrature {@link ConditionedQuadratureDual} elsewhere — accurate to 1e-10 of the
     * moments' scale at every variance (checked against Monte Carlo, the closed forms and a slow reference).
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
