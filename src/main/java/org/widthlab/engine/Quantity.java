package org.widthlab.engine;

import org.widthlab.theory.Identified;

/**
 * What a coordinate check measures after each step (theory.md §8); {@link #id()} is the name in the
 * result CSV. Per-layer quantities carry a layer 1..L; the others none.
 */
public enum Quantity implements Identified {
    /** RMS of the preactivation {@code h^l_t}. */
    H("h", true),
    /** RMS of the activation {@code x^l_t = φ(h^l_t)}. */
    X("x", true),
    /** RMS of the feature change {@code h^l_t − h^l_0}. */
    DELTA_H("dh", true),
    /**
     * RMS of the activation change {@code x^l_t − x^l_0}; at the last layer the quantity TP4 defines r by:
     * Θ(n^{−r}) (theory.md §6).
     */
    DELTA_X("dx", true),
    /**
     * RMS of layer l's own update alone, {@code ΔW^l x^{l−1}}: its accumulated change applied to its current
     * input, {@code (W^l_t − W^l_0) x^{l−1}_t} (zero at t = 0).
     */
    OWN_UPDATE("dWx", true),
    /**
     * {@code (x_t·x_t − x_0·x_0)/n} at the last hidden layer, averaged over the evaluation batch (in magnitude):
     * {@code 2 x_0·Δx/n + |Δx|²/n}, Θ(n^{−e}) with e of theory.md §6 (not n^{−r}: the part of Δx driven by
     * the random initial readout barely overlaps x_0).
     */
    FEATURE_KERNEL_CHANGE("featureKernelChange", false),
    /** RMS of the output {@code f_t} over the evaluation batch. */
    F("f", false),
    /** RMS of {@code f_t − f_0}. */
    DELTA_F("df", false),
    /** The training loss (mean over the batch). */
    LOSS("loss", false),
    /** {@code ‖K_t − K_0‖_F / ‖K_0‖_F} of the empirical NTK on a few inputs (optional). */
    NTK_CHANGE("ntkChange", false);

    private final String id;
    private final boolean perLayer;

    Quantity(String id, boolean perLayer) {
        this.id = id;
        this.perLayer = perLayer;
    }

    @Override
    public String id() {
        return id;
    }

    public boolean perLayer() {
        return perLayer;
    }

    public static Quantity fromId(String id) {
        return Identified.byId(values(), id, "quantity");
    }
}
