package org.widthlab.ui.casestudies;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.widthlab.casestudies.ModelResult;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.LogAxes;

/**
 * A case study's picture, TP4's tables drawn: the metric of every finite μP width against width (log axis) with its
 * 95% interval as an error bar, and each limit — the μP limit, the GP and NTK limits — as a labelled horizontal line
 * across the chart with its interval as a band. No JavaFX.
 */
final class CaseStudyChart {

    private static final Color FINITE = new Color(0x440154);
    private static final Color MUP = Color.BLACK;
    private static final Color NTK = new Color(0xD55E00);
    private static final Color GP = new Color(0x0072B2);
    private static final double MARGIN = Math.sqrt(2);
    /** Beyond this many doublings on the width axis only the widths run are labelled (room at 1024 px). */
    private static final int MAX_LABELLED_DOUBLINGS = 8;

    private CaseStudyChart() {
    }

    /**
     * @param results the results so far (any metrics: those of {@code metric} are drawn)
     * @param metric  the metric on the vertical axis
     * @param widths  the finite widths planned, to frame the chart before any result
     * @param title   the chart's title
     * @param note    a line under the title (what the data are; whether the results are stale)
     */
    static JFreeChart create(List<ModelResult> results, String metric, List<Integer> widths, String title,
            String note, ChartStyle style) {
        List<ModelResult> shown = results.stream().filter(r -> r.metric().equals(metric)).toList();
        boolean percent = !metric.contains("loss");
        double unit = percent ? 100 : 1;
        // half a doubling beyond the end widths: room for their error bars, no tick label cut at the edge
        double low = widths.isEmpty() ? 1 : widths.get(0) / MARGIN;
        double high = widths.isEmpty() ? 1024 : widths.get(widths.size() - 1) * MARGIN;

        YIntervalSeries finite = new YIntervalSeries("finite μP widths");
        shown.stream().filter(r -> r.model().equals(ModelResult.WIDTH) && !Double.isNaN(r.estimate().value()))
                .sorted((a, b) -> Integer.compare(a.width(), b.width()))
                .forEach(r -> finite.add(r.width(), unit * r.estimate().value(), unit * r.estimate().low(),
                        unit * r.estimate().high()));
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        points.addSeries(finite);
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDefaultLinesVisible(true);
        pointRenderer.setDrawXError(false);
        pointRenderer.setSeriesPaint(0, FINITE);
        pointRenderer.setErrorPaint(FINITE);
        pointRenderer.setErrorStroke(style.line());
        pointRenderer.setCapLength(10 * style.scale());
        pointRenderer.setSeriesStroke(0, style.line());
        double d = 9 * style.scale();
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));

        LogAxis widthAxis = LogAxes.width();
        widthAxis.setRange(low, high);
        if (Math.log(high / low) / Math.log(2) > MAX_LABELLED_DOUBLINGS) {
            widthAxis.setNumberFormatOverride(new OnlyTheseWidths(widths));
        }
        NumberAxis valueAxis = new NumberAxis(percent ? label(metric) + " (%)" : label(metric) + " (lower is better)");
        valueAxis.setAutoRangeIncludesZero(percent);
        XYPlot plot = new XYPlot(points, widthAxis, valueAxis, pointRenderer);

        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        List<ModelResult> limits = new ArrayList<>(shown.stream().filter(r -> !r.model().equals(ModelResult.WIDTH))
                .toList());
        limits.sort((a, b) -> order(a) - order(b));
        for (ModelResult r : limits) {
            if (Double.isNaN(r.estimate().value())) {
                continue;
            }
            XYSeries line = new XYSeries(legend(r, unit, percent));
            line.add(low, unit * r.estimate().value());
            line.add(high, unit * r.estimate().value());
            int index = lines.getSeriesCount();
            lines.addSeries(line);
            Color color = color(r);
            lineRenderer.setSeriesPaint(index, color);
            lineRenderer.setSeriesStroke(index, stroke(r, style));
            IntervalMarker band = new IntervalMarker(unit * r.estimate().low(), unit * r.estimate().high());
            band.setPaint(new Color(color.getRed(), color.getGreen(), color.getBlue(), 40));
            plot.addRangeMarker(band, Layer.BACKGROUND);
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);

        JFreeChart chart = new JFreeChart(title, null, plot, true);
        chart.addSubtitle(new TextTitle(shown.isEmpty() ? "no results yet: press Run" : note));
        return style.apply(chart);
    }

    /** Writes the widths run and leaves the other powers of 2 unlabelled (a blank). */
    private static final class OnlyTheseWidths extends NumberFormat {
        private final List<Integer> widths;

        OnlyTheseWidths(List<Integer> widths) {
            this.widths = List.copyOf(widths);
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            long rounded = Math.round(number);
            return Math.abs(number - rounded) < 1e-6 * number && widths.contains((int) rounded)
                    ? to.append(rounded) : to.append(' '); // JFreeChart refuses an empty label
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return format((double) number, to, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("a tick format only writes");
        }
    }

    private static String label(String metric) {
        return switch (metric) {
            case "analogy-accuracy" -> "analogy accuracy";
            case "heldout-ns-loss" -> "held-out loss";
            case "accuracy" -> "meta-test accuracy";
            default -> metric;
        };
    }

    private static String legend(ModelResult r, double unit, boolean percent) {
        String format = percent ? "%s %.1f%% (%.1f–%.1f)" : "%s %.3f (%.3f–%.3f)";
        String name = r.model().equals(ModelResult.MUP_LIMIT) ? "μP limit"
                : (r.model().equals("ntk-limit") ? "NTK" : "GP") + (r.kernel() == null ? " limit" : " " + r.kernel());
        return String.format(Locale.ROOT, format, name, unit * r.estimate().value(), unit * r.estimate().low(),
                unit * r.estimate().high());
    }

    /** μP limit first, then the NTK limits, then the GP limits; linear before ReLU. */
    private static int order(ModelResult r) {
        int kind = r.model().equals(ModelResult.MUP_LIMIT) ? 0 : r.model().equals("ntk-limit") ? 2 : 4;
        return kind + ("relu".equals(r.kernel()) ? 1 : 0);
    }

    private static Color color(ModelResult r) {
        return r.model().equals(ModelResult.MUP_LIMIT) ? MUP : r.model().equals("ntk-limit") ? NTK : GP;
    }

    /** The μP limit solid and thick; kernel limits dashed (ReLU with dots). */
    private static Stroke stroke(ModelResult r, ChartStyle style) {
        float s = (float) style.scale();
        if (r.model().equals(ModelResult.MUP_LIMIT)) {
            return new BasicStroke(4 * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] dash = "relu".equals(r.kernel()) ? new float[] {12 * s, 5 * s, 3 * s, 5 * s} : new float[] {12 * s, 6 * s};
        return new BasicStroke(3 * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, dash, 0);
    }
}
