package org.widthlab.theory;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordinate sizes at initialization, propagated layer by layer: {@code h^1_0 = Θ(n^{−(a_1+b_1)})},
 * {@code h^l_0 = Θ(n^{1/2 − (a_l+b_l)}) · size(x^{l−1}_0)} (a sum of n independent terms), and
 * {@code f_0 = Θ(n^{1/2 − ω}) · size(x^L_0)}. When stable at initialization every {@code h^l_0} is Θ(1)
 * and {@code f_0 = Θ(n^{1/2−ω})} (theory.md §6). Beyond that this is a heuristic for φ with
 * {@code φ(z) ~ z} near 0: a bounded φ (tanh, erf, sin) saturates at Θ(1) when its input grows.
 */
final class InitialSizes {

    private InitialSizes() {
    }

    static List<Scaling> preactivations(Parametrization p) {
        List<Scaling> h = new ArrayList<>();
        Exponent size = p.initExponent(1).negate();
        h.add(Scaling.power(size));
        for (int l = 2; l <= p.depth(); l++) {
            Exponent input = activationOf(p.activation(), size);
            size = input.plus(Exponent.HALF).minus(p.initExponent(l));
            h.add(Scaling.power(size));
        }
        return h;
    }

    static Scaling output(Parametrization p, Scaling lastPreactivation) {
        Exponent omega = p.omega();
        if (omega.isInfinite()) {
            return Scaling.EXACTLY_ZERO;
        }
        Exponent input = activationOf(p.activation(), lastPreactivation.exponent());
        return Scaling.power(input.plus(Exponent.HALF).minus(omega));
    }

    /** The size of {@code φ(h)} for each size of h. */
    static List<Scaling> activationsOf(Activation phi, List<Scaling> h) {
        return h.stream().map(s -> s.isExactlyZero() ? s : Scaling.power(activationOf(phi, s.exponent()))).toList();
    }

    private static Exponent activationOf(Activation phi, Exponent size) {
        return phi.bounded() ? Exponent.min(size, Exponent.ZERO) : size;
    }
}
