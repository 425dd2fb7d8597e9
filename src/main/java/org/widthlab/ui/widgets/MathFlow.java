package org.widthlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.widthlab.ui.charts.MathText;

/**
 * Words and typeset mathematics in the window: a text flow of the words and of each {@code $…$} formula,
 * rendered by JLaTeXMath at the font size the words have (so it follows Ctrl +/− and the font scale) and
 * sitting on their baseline; it wraps like any text. {@link #plainText()} is what a test or a screen
 * reader reads.
 */
public final class MathFlow extends TextFlow {

    private final String source;
    /** Carries the inherited font even when the text is one formula. */
    private final Text probe = new Text("");
    private double renderedSize;
    private Color colour = Color.BLACK;

    public MathFlow(String source) {
        this.source = source;
        getStyleClass().add("math-flow");
        setAccessibleText(MathText.plain(source));
        probe.fontProperty().addListener((obs, old, font) -> rebuild());
        rebuild();
    }

    /** The text with its TeX between dollar signs, as given. */
    public String source() {
        return source;
    }

    public String plainText() {
        return MathText.plain(source);
    }

    /** The colour of words and formulas. */
    public void setColour(Color colour) {
        this.colour = colour;
        renderedSize = 0;
        rebuild();
    }

    private void rebuild() {
        double size = probe.getFont().getSize();
        if (size == renderedSize) {
            return;
        }
        renderedSize = size;
        List<Node> nodes = new ArrayList<>();
        nodes.add(probe);
        List<String> parts = MathText.split(source);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isEmpty()) {
                continue;
            }
            if (i % 2 == 0) {
                Text words = new Text(parts.get(i));
                words.setFill(colour);
                nodes.add(words);
            } else {
                nodes.add(new Formula(parts.get(i), size, colour));
            }
        }
        getChildren().setAll(nodes);
    }

    /** One formula as an image on the text's baseline. */
    static final class Formula extends Region {

        private final String tex;
        private final double ascent;

        Formula(String tex, double fontSize, Color colour) {
            this.tex = tex;
            java.awt.Color awt = new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(),
                    (float) colour.getBlue());
            TeXIcon icon = MathText.formula(tex, (float) (fontSize * 1.1), awt);
            ImageView view = new ImageView(SwingFXUtils.toFXImage(MathText.image(icon, 2), null));
            view.setFitWidth(icon.getIconWidth());
            view.setFitHeight(icon.getIconHeight());
            view.setSmooth(true);
            ascent = icon.getIconHeight() - icon.getIconDepth();
            getChildren().add(view);
            setMinSize(icon.getIconWidth(), icon.getIconHeight());
            setPrefSize(icon.getIconWidth(), icon.getIconHeight());
            setMaxSize(icon.getIconWidth(), icon.getIconHeight());
        }

        public String tex() {
            return tex;
        }

        @Override
        public double getBaselineOffset() {
            return ascent;
        }
    }
}
