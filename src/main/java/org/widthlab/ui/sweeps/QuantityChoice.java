package org.widthlab.ui.sweeps;

import java.util.ArrayList;
import java.util.List;
import org.widthlab.engine.Quantity;
import org.widthlab.ui.charts.QuantityNames;

/**
 * A measured quantity at the last step, as the sweep charts offer it: the loss, the output, and each layer's
 * sizes and changes.
 *
 * @param layer 1..L for a per-layer quantity, 0 otherwise
 */
record QuantityChoice(Quantity quantity, int layer) {

    static final QuantityChoice LOSS = new QuantityChoice(Quantity.LOSS, 0);

    /** Every choice for a network with {@code depth} hidden layers. */
    static List<QuantityChoice> all(int depth) {
        List<QuantityChoice> choices = new ArrayList<>(List.of(LOSS, new QuantityChoice(Quantity.F, 0),
                new QuantityChoice(Quantity.DELTA_F, 0), new QuantityChoice(Quantity.FEATURE_KERNEL_CHANGE, 0)));
        for (Quantity q : List.of(Quantity.DELTA_H, Quantity.H, Quantity.X, Quantity.OWN_UPDATE)) {
            for (int l = 1; l <= depth; l++) {
                choices.add(new QuantityChoice(q, l));
            }
        }
        return choices;
    }

    /** "training loss", "Δh^2 — feature change since init". */
    @Override
    public String toString() {
        String words = QuantityNames.choice(quantity);
        return layer > 0 ? words.replaceFirst("\\^l", "^" + layer).replace("^{l−1}", "^" + (layer - 1)) : words;
    }

    /** "loss", "Δh^2". */
    String symbol() {
        String symbol = QuantityNames.symbol(quantity);
        return layer > 0 ? symbol.replace("^l", "^" + layer).replace("^{l−1}", "^" + (layer - 1)) : symbol;
    }
}
