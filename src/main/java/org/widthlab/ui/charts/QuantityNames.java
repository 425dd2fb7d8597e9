package org.widthlab.ui.charts;

import org.widthlab.engine.Quantity;

/** How the window names each measured quantity. */
public final class QuantityNames {

    private QuantityNames() {
    }

    /** A short symbol: "Δh^l", "f". */
    public static String symbol(Quantity q) {
        return switch (q) {
            case H -> "h^l";
            case X -> "x^l";
            case DELTA_H -> "Δh^l";
            case DELTA_X -> "Δx^l";
            case OWN_UPDATE -> "ΔW^l x^{l−1}";
            case FEATURE_KERNEL_CHANGE -> "feature kernel change";
            case F -> "f";
            case DELTA_F -> "Δf";
            case LOSS -> "loss";
            case NTK_CHANGE -> "NTK change";
        };
    }

    /** What the coordinate-check selector offers: symbol and words. */
    public static String choice(Quantity q) {
        return switch (q) {
            case H -> "h^l — preactivations";
            case X -> "x^l — activations";
            case DELTA_H -> "Δh^l — feature change since init";
            case DELTA_X -> "Δx^l — activation change since init";
            case OWN_UPDATE -> "ΔW^l x^{l−1} — a layer's own update";
            case FEATURE_KERNEL_CHANGE -> "(x·x − x₀·x₀)/n — last-layer kernel change";
            case F -> "f — output";
            case DELTA_F -> "Δf — output change since init";
            case LOSS -> "training loss";
            case NTK_CHANGE -> "‖K − K₀‖/‖K₀‖ — NTK change";
        };
    }
}
