package org.widthlab.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;

/**
 * A chart title, subtitle or axis label with typeset mathematics ({@link MathText}): words and {@code $…$}
 * formulas, wrapped onto as many centred lines as the chart's width needs, turned a quarter for the left
 * edge (the vertical axis's label). No JavaFX.
 */
public final class MathTitle extends Title {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final Font font;
    private final Color colour;

    MathTitle(String text, Font font, Color colour, RectangleEdge edge) {
        this.text = text;
        this.font = font;
        this.colour = colour;
        setPosition(edge);
        setPadding(new RectangleInsets(2, 4, 2, 4));
    }

    public String text() {
        return text;
    }

    private boolean vertical() {
        return getPosition() == RectangleEdge.LEFT || getPosition() == RectangleEdge.RIGHT;
    }

    /** The words and formulas, each kept whole; a line breaks only between them. */
    private List<String> tokens() {
        List<String> parts = MathText.split(text);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 1) {
                tokens.add("$" + parts.get(i) + "$");
            } else {
                for (String word : parts.get(i).split("(?<= )")) {
                    if (!word.isEmpty()) {
                        tokens.add(word.replace("$", "\\$"));
                    }
                }
            }
        }
        return tokens;
    }

    private List<MathText> lines(Graphics2D g, double maxLength) {
        List<MathText> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens()) {
            String candidate = line + token;
            if (line.length() > 0 && new MathText(candidate.strip(), font, colour).measure(g)[0] > maxLength) {
                lines.add(new MathText(line.toString().strip(), font, colour));
                line.setLength(0);
            }
            line.append(token);
        }
        if (line.length() > 0) {
            lines.add(new MathText(line.toString().strip(), font, colour));
        }
        return lines;
    }

    @Override
    public Size2D arrange(Graphics2D g, RectangleConstraint constraint) {
        LengthConstraintType type = vertical() ? constraint.getHeightConstraintType()
                : constraint.getWidthConstraintType();
        double available = type == LengthConstraintType.NONE ? Double.POSITIVE_INFINITY
                : type == LengthConstraintType.FIXED
                ? (vertical() ? constraint.getHeight() : constraint.getWidth())
                : (vertical() ? constraint.getHeightRange() : constraint.getWidthRange()).getUpperBound();
        boolean limited = available > 0 && Double.isFinite(available);
        double maxLength = !limited ? Double.MAX_VALUE
                : vertical() ? trimToContentHeight(available) : trimToContentWidth(available);
        double length = 0;
        double thickness = 0;
        for (MathText line : lines(g, maxLength)) {
            double[] size = line.measure(g);
            length = Math.max(length, size[0]);
            thickness += size[1] + size[2];
        }
        length = limited ? Math.min(length, maxLength) : length;
        Size2D content = vertical() ? new Size2D(thickness, length) : new Size2D(length, thickness);
        return new Size2D(calculateTotalWidth(content.getWidth()), calculateTotalHeight(content.getHeight()));
    }

    @Override
    public Object draw(Graphics2D g, Rectangle2D area, Object params) {
        draw(g, area);
        return null;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D inner = trimPadding(trimMargin(area));
        AffineTransform saved = g.getTransform();
        double length = vertical() ? inner.getHeight() : inner.getWidth();
        if (vertical()) {
            g.translate(inner.getX(), inner.getMaxY());
            g.rotate(-Math.PI / 2);
        } else {
            g.translate(inner.getX(), inner.getY());
        }
        double y = 0;
        for (MathText line : lines(g, length)) {
            double[] size = line.measure(g);
            line.draw(g, Math.max(0, (length - size[0]) / 2), y + size[1]);
            y += size[1] + size[2];
        }
        g.setTransform(saved);
    }
}
