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

    private String source;
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

    /** Replaces the text. */
    public void setSource(String newSource) {
        if (!newSource.equals(source)) {
            source = newSource;
            setAccessibleText(MathText.plain(source));
            renderedSize = 0;
            rebuild();
        }
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
        nodes.addAll(nodes(source, size, colour));
        getChildren().setAll(nodes);
    }

    /** The words as text and the formulas as images at {@code size}, in order. */
    static List<Node> nodes(String source, double size, Color colour) {
        List<Node> nodes = new ArrayList<>();
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
        return nodes;
    }

    /**
     * The same on one line that never wraps (for cells, labels and buttons, whose height a wrapping flow
     * would confuse).
     */
    public static javafx.scene.layout.HBox line(String source) {
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox();
        line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        line.getStyleClass().add("math-line");
        Text probe = new Text("");
        Runnable build = () -> {
            List<Node> all = new ArrayList<>();
            all.add(probe);
            all.addAll(nodes(source, probe.getFont().getSize(), Color.BLACK));
            line.getChildren().setAll(all);
        };
        probe.fontProperty().addListener((obs, old, font) -> {
            if (old == null || old.getSize() != font.getSize()) {
                build.run();
            }
        });
        build.run();
        line.setAccessibleText(MathText.plain(source));
        return line;
    }

    /** One formula as an image on the text's baseline. */
    static final class Formula extends Region {

        private final String tex;
        private final double ascent;

        Formula(String tex, double fontSize, Color colour) {
            this.tex = tex;
            java.awt.Color awt = new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(),
                    (float) colour.getBlue());
            TeXIcon icon = MathText.formula(tex, (float) (fontSize * MathText.MATH_SIZE), awt);
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
