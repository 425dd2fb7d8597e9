package org.widthlab.ui.widgets;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import org.widthlab.ui.charts.MathMarkup;
import org.widthlab.ui.charts.MathText;

/**
 * A short label shown as typeset mathematics ({@link MathFlow}) whose {@link #getText()} stays the plain
 * text, for tests, tooltips and screen readers. For long text that must wrap, use a {@link MathFlow}.
 */
public final class MathLabel extends Label {

    private String source = "";

    public MathLabel() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("math-label");
    }

    public MathLabel(String source) {
        this();
        show(source);
    }

    /** Shows {@code source}: words with TeX between dollar signs, or plain symbols marked by {@link MathMarkup}. */
    public void show(String source) {
        this.source = source;
        setText(MathText.plain(MathMarkup.mark(source)));
        setGraphic(MathFlow.line(MathMarkup.mark(source)));
    }

    /** The text as given to {@link #show}. */
    public String source() {
        return source;
    }
}
