package org.widthlab.limits;

import org.widthlab.theory.Activation;

/**
 * {@link QuadratureDual} with the order scaled to the variance: φ(√s z) varies on the scale 1/√s, so the
 * order is {@value #BASE_ORDER}·⌈√max(s11, s22)⌉, at most {@value #MAX_ORDER}. Measured against order 400
 * (the worst of value and derivative): tanh 2e-9 at (1, .3, 1), 5e-7 at (4, 2, 4) with order 128,
 * 8e-6 at (16, 8, 16) with order 256; GELU at rounding level up to s = 4 and 6e-14 at s = 16. Beyond
 * s ≈ 16 (unscaled inputs with |ξ|² ≫ 1) tanh's accuracy degrades to ~1e-3: scale the inputs.
 *
 * @param phi the nonlinearity
 */
public record ScaledQuadratureDual(Activation phi) implements DualActivation {

    static final int BASE_ORDER = 64;
    static final int MAX_ORDER = 256;

    @Override
    public Moments moments(double s11, double s12, double s22) {
        return new QuadratureDual(phi, orderFor(Math.max(s11, s22))).moments(s11, s12, s22);
    }

    static int orderFor(double variance) {
        return (int) Math.min(MAX_ORDER, BASE_ORDER * Math.ceil(Math.sqrt(Math.max(variance, 1))));
    }
}
