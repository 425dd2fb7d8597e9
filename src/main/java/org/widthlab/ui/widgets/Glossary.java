package org.widthlab.ui.widgets;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * What every exponent and derived quantity means, in the words of theory.md §2–§4, for the tooltips
 * wherever one is shown. Text with TeX between dollar signs.
 */
public final class Glossary {

    /** The key of a typeset tooltip's TeX source in its properties. */
    private static final String SOURCE = "glossary.source";

    public static final String OMEGA = "$\\omega = a_{L+1} + b_{L+1}$: how small the readout starts. The initial output"
            + " $f_0$ scales like $n^{1/2-\\omega}$, so $\\omega \\ge \\tfrac12$ keeps it bounded (theory.md §3).";
    public static final String R = "$r = \\min_l r_l$: how fast the last-layer features move as the width grows."
            + " They change by $\\Theta(n^{-r})$: $r = 0$ is feature learning, $r > 0$ the kernel regime,"
            + " $r < 0$ a blow-up (theory.md §3–4).";
    public static final String RL = "$r_l = \\min(\\omega,\\, 2a_{L+1}+c) + c - 1 + 2a_l + [l = 1]$: layer $l$'s own update"
            + " $\\Delta W^l x^{l-1}$ is $\\Theta(n^{-r_l})$ coordinate-wise (theory.md §3).";
    public static final String MAXIMAL = "A layer is updated maximally when $r_l = 0$: as much as it can without"
            + " blowing up. The readout is updated maximally when $2a_{L+1} + c = 1$ and initialized maximally"
            + " when $\\omega + r = 1$ (theory.md §4).";
    public static final String CANONICAL = "$(a_l, b_l, c) \\to (a_l + \\theta, b_l - \\theta, c - 2\\theta)$ trains the same"
            + " network, so every parametrization has a representative with $c = 0$ (theory.md §2).";
    public static final String C = "$c$: the learning-rate exponent. Every $w^l$ is trained with rate $\\eta\\, n^{-c}$:"
            + " larger $c$ means smaller steps as $n$ grows (theory.md §2).";
    public static final String READOUT_RATE = "$2a_{L+1} + c$: the readout's own update scales like"
            + " $n^{1 - (2a_{L+1} + c)}$, so it must be at least 1 (theory.md §4).";

    private Glossary() {
    }

    /** "$a_l$": the multiplier of layer l ({@code readout} for l = L+1). */
    public static String a(int layer, boolean readout) {
        return "$a_{" + layer + "}$: the multiplier of " + (readout ? "the readout" : "layer " + layer)
                + ", $W^{" + layer + "} = n^{-a_{" + layer + "}}\\, w^{" + layer + "}$: larger $a_{" + layer
                + "}$ shrinks the layer's weights as $n$ grows (theory.md §2).";
    }

    /** "$b_l$": the initialization of layer l. */
    public static String b(int layer, boolean readout) {
        return "$b_{" + layer + "}$: the initialization of " + (readout ? "the readout" : "layer " + layer) + ", $w^{"
                + layer + "} \\sim N(0, n^{-2b_{" + layer + "}})$: larger $b_{" + layer + "}$ starts it smaller"
                + (readout ? "; $\\infty$: the readout starts at zero" : "") + " (theory.md §2).";
    }

    /**
     * A tooltip that typesets {@code text}, wrapped at a readable width, shown at once and kept while read. Its
     * plain text is set at once; the typesetting waits until it is first shown (a panel of fields builds many of
     * them, and most are never shown).
     */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip();
        tip.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setOnShowing(e -> typeset(tip));
        retext(tip, text);
        return tip;
    }

    /** Whether {@code tip} is one of {@link #tooltip}'s. */
    public static boolean isTypeset(Tooltip tip) {
        return tip != null && tip.getProperties().containsKey(SOURCE);
    }

    /** Changes the text of one of {@link #tooltip}'s tooltips (typeset again when it is shown). */
    public static void retext(Tooltip tip, String text) {
        tip.getProperties().put(SOURCE, text);
        tip.setText(org.widthlab.ui.charts.MathText.plain(text));
        if (tip.isShowing()) {
            typeset(tip);
        }
    }

    private static void typeset(Tooltip tip) {
        String source = (String) tip.getProperties().get(SOURCE);
        if (tip.getGraphic() instanceof MathFlow flow) {
            if (!flow.source().equals(source)) {
                flow.setSource(source);
            }
            return;
        }
        MathFlow flow = new MathFlow(source);
        flow.setMaxWidth(520);
        flow.setPrefWidth(520);
        tip.setGraphic(flow);
    }
}
