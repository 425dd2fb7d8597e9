package org.widthlab.ui.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart with Java2D into an image, on whatever thread calls it (no JavaFX): how a chart redrawn while
 * results stream in is drawn off the JavaFX threads ({@link OffThreadChartImage}), and how the window's warm-up
 * exercises that same code before a first run needs it.
 */
public final class ChartDrawing {

    private ChartDrawing() {
    }

    /**
     * The chart at {@code width} × {@code height} device pixels, laid out for {@code width / scale} ×
     * {@code height / scale} scene pixels, antialiased, in premultiplied ARGB.
     */
    public static BufferedImage draw(JFreeChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        g.dispose();
        return image;
    }
}
