package org.widthlab.ui.charts;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.widthlab.io.AtomicFile;

/** Writes a chart as PNG or SVG (by the file's extension), atomically. No JavaFX. */
public final class ChartExport {

    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;

    private ChartExport() {
    }

    public static void write(JFreeChart chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
            chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
            AtomicFile.write(file, g.getSVGDocument());
        } else {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
            AtomicFile.write(file, png.toByteArray());
        }
    }
}
