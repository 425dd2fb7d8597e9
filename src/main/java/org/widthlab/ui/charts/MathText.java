package org.widthlab.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Text with mathematics: plain words and {@code $…$} runs of TeX, typeset with JLaTeXMath and laid out on
 * one baseline, drawn on any {@link Graphics2D} — a PNG, an SVG (as outlines) or the window's chart canvas.
 * No JavaFX.
 *
 * @param text  words with TeX between dollar signs, e.g. {@code "Feature movement: $\Delta h^{l}$"}
 * @param font  the font of the words; the mathematics is set at the same size
 * @param colour the colour of both
 */
public record MathText(String text, Font font, Color colour) {

    /** TeX's Computer Modern looks smaller and lighter than the words' sans-serif at the same size. */
    public static final float MATH_SIZE = 1.2f;

    /** One run: words, or a typeset formula. */
    private record Run(String words, TeXIcon formula) {
    }

    /** Splits at unescaped dollar signs: even parts are words, odd parts TeX. */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                current.append('$');
                i++;
            } else if (ch == '$') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** The text without its TeX markup, for tests, accessibility and tooltips: {@code "Feature movement: Δh^{l}"}. */
    public static String plain(String text) {
        List<String> parts = split(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
                continue;
            }
            String math = parts.get(i).replaceAll("\\\\tfrac\\{([^{}]*)\\}\\{([^{}]*)\\}", "$1/$2")
                    .replaceAll("([_^])\\{([^{}])\\}", "$1$2");
            for (String[] symbol : PLAIN_SYMBOLS) {
                math = math.replace(symbol[0], symbol[1]);
            }
            out.append(math.replace("  ", " ").strip());
        }
        return out.toString();
    }

    private static final String[][] PLAIN_SYMBOLS = {{"\\Delta ", "Δ"}, {"\\Delta", "Δ"}, {"\\omega", "ω"},
        {"\\eta", "η"}, {"\\infty", "∞"}, {"\\Theta", "Θ"}, {"\\quad", " "}, {"\\;", " "}, {"\\,", " "},
        {"\\ge", "≥"}, {"\\le", "≤"}, {"\\ne", "≠"}, {"\\min", "min"}, {"\\cdot", "·"}, {"\\sim", "~"},
        {"\\theta", "θ"}, {"\\to", "→"}, {"\\varphi", "φ"}, {"\\chi", "χ"}, {"\\Leftrightarrow", "⇔"},
        {"\\text", ""}};

    /**
     * Held while JLaTeXMath parses or paints: it fills static tables (macros, fonts) lazily and is not thread-safe,
     * and both the window's thread and the thread that draws charts off it ({@code OffThreadChartImage}) typeset.
     */
    private static final Object TEX = new Object();

    /** A formula alone, at {@code sizePx} pixels. */
    public static TeXIcon formula(String tex, float sizePx, Color colour) {
        synchronized (TEX) {
            TeXIcon icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_TEXT, sizePx);
            icon.setForeground(colour);
            return icon;
        }
    }

    private static void paint(TeXIcon icon, Graphics2D g) {
        synchronized (TEX) {
            icon.paintIcon(null, g, 0, 0);
        }
    }

    private List<Run> runs() {
        List<String> parts = split(text);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isEmpty()) {
                continue;
            }
            runs.add(i % 2 == 0 ? new Run(parts.get(i), null)
                    : new Run(null, formula(parts.get(i), font.getSize2D() * MATH_SIZE, colour)));
        }
        return runs;
    }

    /** Width, ascent and descent in pixels, measured with {@code g}'s font metrics. */
    public double[] measure(Graphics2D g) {
        FontMetrics metrics = g.getFontMetrics(font);
        double width = 0;
        double ascent = metrics.getAscent();
        double descent = metrics.getDescent();
        for (Run run : runs()) {
            if (run.words() != null) {
                width += metrics.stringWidth(run.words());
            } else {
                width += run.formula().getIconWidth();
                ascent = Math.max(ascent, run.formula().getIconHeight() - run.formula().getIconDepth());
                descent = Math.max(descent, run.formula().getIconDepth());
            }
        }
        return new double[] {width, ascent, descent};
    }

    /** Draws it with its baseline at {@code baseline} and its left end at {@code x}. */
    public void draw(Graphics2D g, double x, double baseline) {
        Font oldFont = g.getFont();
        java.awt.Paint oldPaint = g.getPaint();
        g.setFont(font);
        g.setPaint(colour);
        FontMetrics metrics = g.getFontMetrics(font);
        double at = x;
        for (Run run : runs()) {
            if (run.words() != null) {
                g.setFont(font);
                g.setPaint(colour);
                g.drawString(run.words(), (float) at, (float) baseline);
                at += metrics.stringWidth(run.words());
            } else {
                TeXIcon icon = run.formula();
                drawFormula(g, icon, at, baseline - (icon.getIconHeight() - icon.getIconDepth()));
                at += icon.getIconWidth();
            }
        }
        g.setFont(oldFont);
        g.setPaint(oldPaint);
    }

    /**
     * Draws a formula with its top-left corner at (x, y). On the window's canvas (JavaFX, which does not
     * know TeX's fonts) it is drawn as an image at twice the resolution; anywhere else as glyphs, which an
     * SVG keeps as exact outlines.
     */
    public static void drawFormula(Graphics2D g, TeXIcon icon, double x, double y) {
        if (g.getClass().getName().startsWith("org.jfree.fx.")) {
            BufferedImage image = image(icon, 2);
            g.drawImage(image, (int) Math.round(x), (int) Math.round(y), icon.getIconWidth(), icon.getIconHeight(), null);
        } else {
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            paint(icon, g);
            g.setTransform(saved);
        }
    }

    /** A formula as a transparent image at {@code scale} times its size. */
    public static BufferedImage image(TeXIcon icon, double scale) {
        int w = Math.max(1, (int) Math.ceil(icon.getIconWidth() * scale));
        int h = Math.max(1, (int) Math.ceil(icon.getIconHeight() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        paint(icon, g);
        g.dispose();
        return image;
    }
}
