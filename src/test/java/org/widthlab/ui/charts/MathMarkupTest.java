package org.widthlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The theory core's plain sentences, with their mathematics marked for typesetting and the words left alone. */
class MathMarkupTest {

    @Test
    void symbolsExponentsAndFractionsBecomeTexAndWordsStay() {
        assertEquals("Feature learning: $r = 0$, so the features move $\\Theta(1)$",
                MathMarkup.mark("Feature learning: r = 0, so the features move Θ(1)"));
        assertEquals("grow like $n^{\\tfrac{1}{2}}$", MathMarkup.mark("grow like n^1/2"));
        assertEquals("$\\omega \\ge \\tfrac{1}{2}$", MathMarkup.mark("ω ≥ 1/2"));
        assertEquals("a layer", MathMarkup.mark("a layer"));
        assertEquals("already $x$ marked", MathMarkup.mark("already $x$ marked"));
    }

    @Test
    void plainTextReadsTheFormulasBack() {
        assertEquals("ω = 1, Δh^l", MathText.plain("$\\omega = 1$, $\\Delta h^{l}$"));
    }
}
