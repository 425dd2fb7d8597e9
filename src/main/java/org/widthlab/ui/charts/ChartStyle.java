package org.widthlab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The look of every chart, sized for a projector: fonts scale with the window's font size
 * (Ctrl +/−), lines are thick, colours come from two palettes (one per layer, a sequential one per
 * width).
 *
 * @param scale 1 for the default size; the window's font scale
 */
public record ChartStyle(double scale) {

    public static final ChartStyle DEFAULT = new ChartStyle(1);

    /** Layers 1, 2, 3, ...: Okabe–Ito, distinguishable with colour blindness. */
    private static final Color[] LAYER = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
    /**
     * Viridis from 0 to 0.7 at 6 anchors, darkest (small widths) to brightest (large): it stops before the yellow
     * end, which vanishes on white under a washed-out projector (the brightest kept has 2.6:1 contrast on white).
     */
    private static final Color[] SEQUENTIAL = {new Color(0x440154), new Color(0x46337E), new Color(0x365C8D),
        new Color(0x277F8E), new Color(0x1FA187), new Color(0x2DB27D)};

    public static final String FONT = "DejaVu Sans";

    private static final Color GRIDLINE_PAINT = new Color(0xDDDDDD);
    private static final Stroke GRIDLINE_STROKE = new BasicStroke(0.5f);

    public Font title() {
        return new Font(FONT, Font.BOLD, size(19));
    }

    public Font label() {
        return new Font(FONT, Font.PLAIN, size(16));
    }

    public Font tick() {
        return new Font(FONT, Font.PLAIN, size(14));
    }

    public Font note() {
        return new Font(FONT, Font.BOLD, size(16));
    }

    /** A chart title with typeset mathematics ({@code $…$}), wrapped to the chart's width. */
    public MathTitle title(String text) {
        return new MathTitle(text, title(), Color.BLACK, org.jfree.chart.ui.RectangleEdge.TOP);
    }

    /** A line under the title, in the note font. */
    public MathTitle subtitle(String text) {
        return new MathTitle(text, note(), new Color(0x333333), org.jfree.chart.ui.RectangleEdge.TOP);
    }

    /** An axis's label as a title beside the plot (BOTTOM for the horizontal axis, LEFT for the vertical). */
    public MathTitle axisLabel(String text, org.jfree.chart.ui.RectangleEdge edge) {
        return new MathTitle(text, label(), Color.BLACK, edge);
    }

    private int size(double points) {
        return (int) Math.round(points * scale);
    }

    public Stroke line() {
        return new BasicStroke((float) (2.5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke dashed() {
        return new BasicStroke((float) (2.5 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (9 * scale), (float) (6 * scale)}, 0);
    }

    public static Color layerColor(int layer) {
        return LAYER[(layer - 1) % LAYER.length];
    }

    /** The colour of item {@code i} of {@code count} on the sequential scale. */
    public static Color sequential(int i, int count) {
        double t = count <= 1 ? 1 : (double) i / (count - 1);
        double position = t * (SEQUENTIAL.length - 1);
        int k = Math.min((int) Math.floor(position), SEQUENTIAL.length - 2);
        double f = position - k;
        Color from = SEQUENTIAL[k];
        Color to = SEQUENTIAL[k + 1];
        return new Color((int) Math.round(from.getRed() + f * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + f * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + f * (to.getBlue() - from.getBlue())));
    }

    /** Fonts, background and grid of a finished chart. */
    public JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        java.util.List<Title> typeset = new java.util.ArrayList<>();
        if (chart.getTitle() != null && chart.getTitle().isVisible()) {
            chart.getTitle().setFont(title());
            typeset.add(typeset(chart.getTitle(), title()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title subtitle = chart.getSubtitle(i);
            if (subtitle instanceof LegendTitle legend) {
                legend.setItemFont(label());
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
                // a gap after each item, so that the next item's marker is not read as part of this label
                legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 8 * scale));
            } else if (subtitle instanceof TextTitle text && text.isVisible()) {
                text.setFont(note());
                typeset.add(typeset(text, note()));
            }
        }
        for (int i = 0; i < typeset.size(); i++) {
            chart.addSubtitle(i, typeset.get(i));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            gridlines(plot);
            plot.setOutlinePaint(new Color(0x999999));
            for (Axis axis : new Axis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (axis != null) {
                    axis.setLabelFont(label());
                    axis.setTickLabelFont(tick());
                    if (axis.getLabel() != null && !axis.getLabel().isEmpty()) {
                        chart.addSubtitle(axisLabel(MathMarkup.mark(axis.getLabel()), axis == plot.getDomainAxis()
                                ? org.jfree.chart.ui.RectangleEdge.BOTTOM : org.jfree.chart.ui.RectangleEdge.LEFT));
                        axis.setLabel(null);
                    }
                }
            }
        }
        return chart;
    }

    /**
     * A white background and light solid gridlines. Solid, not JFreeChart's dotted default: each dot is a shape
     * of its own for the software renderer (no GPU, e.g. a remote desktop), which made every redraw of a chart
     * noticeably slower to reach the screen.
     */
    public static void gridlines(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRIDLINE_PAINT);
        plot.setRangeGridlinePaint(GRIDLINE_PAINT);
        plot.setDomainGridlineStroke(GRIDLINE_STROKE);
        plot.setRangeGridlineStroke(GRIDLINE_STROKE);
    }

    /**
     * The title drawn with its mathematics typeset: the plain title stays (hidden) so that its text can still be
     * read, and a {@link MathTitle} of the same words takes its place on the chart.
     */
    private static MathTitle typeset(TextTitle plain, java.awt.Font font) {
        plain.setVisible(false);
        Color colour = plain.getPaint() instanceof Color c ? c : Color.BLACK;
        return new MathTitle(MathMarkup.mark(plain.getText()), font, colour, plain.getPosition());
    }
}
