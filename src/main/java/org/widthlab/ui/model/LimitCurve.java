package org.widthlab.ui.model;

import java.util.List;

/**
 * The n = ∞ training-loss curve of an experiment, when an exact limit exists.
 *
 * @param label       the legend text, saying what kind of limit it is: "n = ∞ (exact kernel limit)", ...
 * @param lossByStep  the loss at steps 0..T
 */
public record LimitCurve(String label, List<Double> lossByStep) {

    public LimitCurve {
        lossByStep = List.copyOf(lossByStep);
    }
}
