package org.widthlab.theory;

import java.util.List;

/**
 * The width scalings theory.md §6 predicts for the coordinate sizes at one step (after the first step,
 * or from step 2 on), for a parametrization that is stable at initialization. Lists are per hidden
 * layer l = 1..L.
 *
 * @param h                   {@code h^l_t}
 * @param x                   {@code x^l_t}
 * @param ownUpdate           {@code ΔW^l x^{l−1}}, the layer's own update alone: {@code Θ(n^{−r_l})}
 * @param deltaH              {@code h^l_t − h^l_0}: {@code Θ(n^{−min(r_1..r_l)})}
 * @param deltaX              {@code x^l_t − x^l_0}: {@code Θ(n^{−min(r_1..r_l)})}, at the last layer
 *                            {@code Θ(n^{−r})} (TP4's own definition of r)
 * @param featureKernelChange {@code (x_t·x_t − x_0·x_0)/n} at the last layer: {@code Θ(n^{−e})}, e of
 *                            theory.md §6 — not {@code n^{−r}}
 * @param featureKernelFluctuation the zero-mean part of that change, {@code 2 x_0·Δx/n} for the part of Δx driven
 *                            by the random initial readout: {@code Θ(n^{−(r−m+ω)−1/2})} (step 1: {@code n^{−r−1/2}});
 *                            where it decays only a little faster than the change itself (μP: n^{−1/2} against
 *                            Θ(1)) its larger constant dominates at moderate widths and early steps
 * @param f                   {@code f_t}
 * @param deltaF              {@code f_t − f_0}: {@code Θ(n^{−min(2a_{L+1}+c−1, ω+r−1)})}
 */
public record PredictedExponents(List<Scaling> h, List<Scaling> x, List<Scaling> ownUpdate, List<Scaling> deltaH,
        List<Scaling> deltaX, Scaling featureKernelChange, Scaling featureKernelFluctuation, Scaling f,
        Scaling deltaF) {

    public PredictedExponents {
        h = List.copyOf(h);
        x = List.copyOf(x);
        ownUpdate = List.copyOf(ownUpdate);
        deltaH = List.copyOf(deltaH);
        deltaX = List.copyOf(deltaX);
    }

    /**
     * Whether the zero-mean part of the feature kernel change is of lower order than the change itself, so that
     * a slope fitted at moderate widths lies between the two exponents (theory.md §6).
     */
    public boolean featureKernelFluctuationSubleading() {
        return !featureKernelChange.isExactlyZero() && !featureKernelFluctuation.isExactlyZero()
                && featureKernelFluctuation.exponent().isLessThan(featureKernelChange.exponent());
    }
}
