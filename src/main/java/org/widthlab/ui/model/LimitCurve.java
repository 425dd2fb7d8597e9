package org.widthlab.ui.model;

import java.util.List;

/**
 * The n = ∞ training-loss curve of an experiment: an exact limit, or an extrapolation of finite widths.
 *
 * @param label       the legend text, saying what kind of curve it is: "n = ∞ (exact kernel limit)", ...
 * @param lossByStep  the loss at steps 0..T
 * @param exact       whether it is the limit itself rather than an extrapolation of finite widths
 */
public record LimitCurve(String label, List<Double> lossByStep, boolean exact) {

    public LimitCurve {
        lossByStep = List.copyOf(lossByStep);
    }

    /** An exact limit. */
    public LimitCurve(String label, List<Double> lossByStep) {
        this(label, lossByStep, true);
    }
}
