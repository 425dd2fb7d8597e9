package org.widthlab.ui.explorer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.widthlab.theory.Regime;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.model.PhaseSlice;

/**
 * The phase diagram: a {@link PhaseSlice} drawn as coloured cells, one colour per class, with the
 * kernel and feature-learning lines drawn thick on top, the current parametrization as a ringed dot
 * and the presets on the slice labelled. No JavaFX.
 */
final class PhaseDiagramChart {

    static final Map<Regime, Color> COLOURS = new EnumMap<>(Map.of(
            Regime.UNSTABLE_AT_INIT, new Color(0xEF9A9A),
            Regime.UNSTABLE_IN_TRAINING, new Color(0xFFCC80),
            Regime.TRIVIAL, new Color(0xE0E0E0),
            Regime.KERNEL, new Color(0x1565C0),
            Regime.FEATURE_LEARNING, new Color(0x2E7D32)));

    private PhaseDiagramChart() {
    }

    static JFreeChart create(PhaseSlice slice, ChartStyle style) {
        double step = 1.0 / PhaseSlice.DENOMINATOR;
        int cells = slice.size() * slice.size();
        double[][] xyz = new double[3][cells];
        XYSeries kernel = new XYSeries("kernel");
        XYSeries featureLearning = new XYSeries("feature learning");
        for (int i = 0; i < slice.size(); i++) {
            for (int j = 0; j < slice.size(); j++) {
                int k = i * slice.size() + j;
                Regime regime = slice.regimes()[i][j];
                xyz[0][k] = slice.xValue(i);
                xyz[1][k] = slice.yValue(j);
                xyz[2][k] = regime.ordinal();
                if (regime == Regime.KERNEL) {
                    kernel.add(slice.xValue(i), slice.yValue(j));
                } else if (regime == Regime.FEATURE_LEARNING) {
                    featureLearning.add(slice.xValue(i), slice.yValue(j));
                }
            }
        }
        DefaultXYZDataset regions = new DefaultXYZDataset();
        regions.addSeries("classes", xyz);
        LookupPaintScale scale = new LookupPaintScale(0, Regime.values().length, Color.WHITE);
        COLOURS.forEach((regime, colour) -> scale.add(regime.ordinal(), colour));
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(step);
        blocks.setBlockHeight(step);
        blocks.setPaintScale(scale);

        double s = style.scale();
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(kernel);
        lines.addSeries(featureLearning);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(false, true);
        Shape square = new Rectangle2D.Double(-6 * s, -6 * s, 12 * s, 12 * s);
        lineRenderer.setSeriesShape(0, square);
        lineRenderer.setSeriesShape(1, square);
        lineRenderer.setSeriesPaint(0, COLOURS.get(Regime.KERNEL));
        lineRenderer.setSeriesPaint(1, COLOURS.get(Regime.FEATURE_LEARNING));

        XYSeriesCollection marks = new XYSeriesCollection();
        XYSeries current = new XYSeries("current");
        current.add(slice.x().get(slice.center()).toDouble(), slice.y().get(slice.center()).toDouble());
        marks.addSeries(current);
        XYSeries presets = new XYSeries("presets", false, true);
        slice.presets().forEach(mark -> presets.add(mark.x().toDouble(), mark.y().toDouble()));
        marks.addSeries(presets);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        markRenderer.setUseOutlinePaint(true);
        markRenderer.setDrawOutlines(true);
        markRenderer.setSeriesShape(0, new Ellipse2D.Double(-9 * s, -9 * s, 18 * s, 18 * s));
        markRenderer.setSeriesShapesFilled(0, false);
        markRenderer.setSeriesPaint(0, Color.BLACK);
        markRenderer.setSeriesOutlinePaint(0, Color.BLACK);
        markRenderer.setSeriesOutlineStroke(0, new BasicStroke((float) (4 * s)));
        markRenderer.setSeriesShape(1, new Ellipse2D.Double(-5 * s, -5 * s, 10 * s, 10 * s));
        markRenderer.setSeriesPaint(1, Color.BLACK);
        markRenderer.setSeriesOutlinePaint(1, Color.WHITE);

        int depth = slice.center().depth();
        NumberAxis xAxis = axis(slice.x().describe(depth), slice.xValue(0), slice.xValue(slice.size() - 1), step);
        NumberAxis yAxis = axis(slice.y().describe(depth), slice.yValue(0), slice.yValue(slice.size() - 1), step);
        XYPlot plot = new XYPlot(marks, xAxis, yAxis, markRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDataset(2, regions);
        plot.setRenderer(2, blocks);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        Font labelFont = style.note();
        slice.presets().forEach(mark -> {
            XYTextAnnotation label = new XYTextAnnotation(mark.preset().displayName(), mark.x().toDouble(),
                    mark.y().toDouble() + 2.5 * step);
            label.setFont(labelFont);
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            label.setBackgroundPaint(new Color(255, 255, 255, 200));
            plot.addAnnotation(label);
        });
        LegendItemCollection legend = new LegendItemCollection();
        for (Regime regime : Regime.values()) {
            legend.add(new LegendItem(regime.displayName(), COLOURS.get(regime)));
        }
        Shape ring = new Ellipse2D.Double(-6 * s, -6 * s, 12 * s, 12 * s);
        legend.add(new LegendItem("current", null, null, null, true, ring, false, Color.WHITE, true, Color.BLACK,
                new BasicStroke((float) (2.5 * s)), false, ring, new BasicStroke(1), Color.BLACK));
        if (!slice.presets().isEmpty()) {
            Shape dot = new Ellipse2D.Double(-4 * s, -4 * s, 8 * s, 8 * s);
            legend.add(new LegendItem("preset", null, null, null, dot, Color.BLACK));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Phase diagram: " + slice.y().symbol() + " against " + slice.x().symbol(),
                null, plot, true);
        chart.addSubtitle(new TextTitle("other exponents as in the panel · click to move there"));
        return style.apply(chart);
    }

    private static NumberAxis axis(String label, double from, double to, double step) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(from - step / 2, to + step / 2);
        axis.setTickUnit(new NumberTickUnit(0.5));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }
}
