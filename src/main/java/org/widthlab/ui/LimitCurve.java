package org.widthlab.ui;

import java.util.List;

/**
 * The n = ∞ training-loss curve of an experiment, when an exact limit exists.
 *
 * @param kind        what the limit is, for the legend: "NTK limit", "μP limit (Theorem 6.1)", ...
 * @param lossByStep  the loss at steps 0..T
 */
record LimitCurve(String kind, List<Double> lossByStep) {

    LimitCurve {
        lossByStep = List.copyOf(lossByStep);
    }
}
