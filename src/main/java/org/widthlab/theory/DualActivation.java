package org.widthlab.theory;

/**
 * The Gaussian moments of a nonlinearity φ ("dual activation", Daniely et al. 2016): for
 * {@code (u, v) ~ N(0, [[s11, s12], [s12, s22]])}, {@code E[φ(u)φ(v)]} and {@code E[φ'(u)φ'(v)]} (theory.md §7).
 * An activation gives its closed form, if it has one ({@link Activation#closedFormDual()}); the infinite-width
 * limits integrate the others numerically.
 */
public interface DualActivation {

    /**
     * @param value      {@code E[φ(u)φ(v)]}
     * @param derivative {@code E[φ'(u)φ'(v)]}
     */
    record Moments(double value, double derivative) {
    }

    Moments moments(double s11, double s12, double s22);
}
