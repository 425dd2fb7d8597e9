package org.widthlab.theory;

import java.util.Optional;

/**
 * How the largest stable learning rate moves with width (theory.md §4). Scaling η by {@code n^{−x}} is the
 * same as raising c by x, and stability (TP4 Theorem 3.3) holds for all c from some threshold on: the
 * conditions on r and on the output only get easier as c grows, the one at initialization does not involve
 * c. So the largest stable η scales like {@code n^{−x*}}, with x* the smallest shift that makes the
 * parametrization stable — the slope the best learning rate of a μTransfer grid follows in log-log axes
 * (0 for μP and NTP, −1 for SP).
 */
public final class StableLearningRate {

    /** Shifts x tried: multiples of 1/{@value #DENOMINATOR} in ±{@value #RANGE}, enough for every preset and more. */
    static final int DENOMINATOR = 12;
    static final int RANGE = 8;

    private StableLearningRate() {
    }

    /**
     * The exponent e of the largest stable learning rate, η* ∝ n^e (e = −x*); empty when no c makes the
     * parametrization stable (it is unstable at initialization) or the threshold lies outside ±{@value #RANGE}.
     */
    public static Optional<Exponent> widthExponent(Parametrization p) {
        for (int k = -RANGE * DENOMINATOR; k <= RANGE * DENOMINATOR; k++) {
            Exponent shift = Exponent.of(k, DENOMINATOR);
            Parametrization shifted = new Parametrization(p.depth(), p.a(), p.b(), p.c().plus(shift), p.activation());
            if (Verdict.of(shifted).stable()) {
                return k == -RANGE * DENOMINATOR ? Optional.empty() : Optional.of(shift.negate());
            }
        }
        return Optional.empty();
    }
}
