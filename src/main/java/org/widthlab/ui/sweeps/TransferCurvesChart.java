package org.widthlab.ui.sweeps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.widthlab.engine.Quantity;
import org.widthlab.grid.Axis;
import org.widthlab.grid.GridResults;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.LogAxes;

/**
 * μTransfer curves (Tensor Programs V, Fig. 1): a quantity at the last step against the grid's numeric axis,
 * one line per width (dark = narrow, bright = wide), the lowest loss of each width ringed, diverged cells
 * drawn as ✘ along the top; one panel per value of the other axis (e.g. SP and μP side by side), all sharing
 * one vertical axis. No JavaFX.
 */
final class TransferCurvesChart {

    private TransferCurvesChart() {
    }

    static JFreeChart create(GridResults results, QuantityChoice quantity, ChartStyle style) {
        GridAxes layout = GridAxes.of(results.grid());
        if (layout.x().isEmpty()) {
            return Charts.empty("Curves need a numeric axis, e.g. the learning rate", style);
        }
        Axis x = layout.xAxis();
        List<Integer> widths = results.grid().base().widths();
        int seeds = results.grid().base().seeds();
        double s = style.scale();
        XYSeriesCollection everything = new XYSeriesCollection();
        List<String> panels = layout.panelValues();
        XYSeriesCollection[] lines = new XYSeriesCollection[panels.size()];
        XYSeries[] best = new XYSeries[panels.size()];
        XYSeries[] diverged = new XYSeries[panels.size()];
        boolean positive = true;
        for (int p = 0; p < panels.size(); p++) {
            lines[p] = new XYSeriesCollection();
            best[p] = new XYSeries("lowest loss", false, true);
            diverged[p] = new XYSeries("diverged", false, true);
            for (int width : widths) {
                XYSeries line = new XYSeries("n = " + width, false, true);
                double bestX = Double.NaN;
                double bestValue = Double.POSITIVE_INFINITY;
                for (String value : layout.xValues()) {
                    List<String> point = layout.point(value, panels.get(p));
                    double y = results.seedMean(point, width, quantity.quantity(), quantity.layer());
                    double xValue = x.numericValue(value);
                    if (results.diverged(point, width)) {
                        diverged[p].add(xValue, 0);
                    } else if (Double.isFinite(y)) {
                        line.add(xValue, y);
                        positive &= y > 0;
                        if (y < bestValue) {
                            bestValue = y;
                            bestX = xValue;
                        }
                    }
                }
                lines[p].addSeries(line);
                everything.addSeries(copy(line, p));
                if (quantity.quantity() == Quantity.LOSS && Double.isFinite(bestValue)) {
                    best[p].add(bestX, bestValue);
                }
            }
        }
        ValueAxis range = positive ? LogAxes.size(quantity.symbol() + " at the last step (mean over seeds)", everything)
                : new NumberAxis(quantity.symbol() + " at the last step (mean over seeds)");
        if (range instanceof NumberAxis number) {
            number.setAutoRangeIncludesZero(false);
            number.setRange(bounds(everything));
        }
        double top = positive ? range.getUpperBound() / Math.pow(range.getUpperBound() / range.getLowerBound(), 0.04)
                : range.getUpperBound() - 0.04 * range.getRange().getLength();

        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(range);
        combined.setGap(14 * s);
        Shape ring = new Ellipse2D.Double(-9 * s, -9 * s, 18 * s, 18 * s);
        Shape cross = ShapeUtils.createDiagonalCross((float) (6 * s), (float) (1.5 * s));
        for (int p = 0; p < panels.size(); p++) {
            XYLineAndShapeRenderer curves = new XYLineAndShapeRenderer(true, true);
            // one stroked path per width instead of one per segment: fewer shapes for the software renderer
            curves.setDrawSeriesLineAsPath(true);
            for (int w = 0; w < widths.size(); w++) {
                curves.setSeriesPaint(w, ChartStyle.sequential(w, widths.size()));
                curves.setSeriesStroke(w, style.line());
                curves.setSeriesShape(w, new Ellipse2D.Double(-3.5 * s, -3.5 * s, 7 * s, 7 * s));
            }
            XYSeriesCollection marks = new XYSeriesCollection();
            marks.addSeries(best[p]);
            XYSeries crosses = new XYSeries("diverged", false, true);
            for (int i = 0; i < diverged[p].getItemCount(); i++) {
                crosses.add(diverged[p].getX(i).doubleValue(), top);
            }
            marks.addSeries(crosses);
            XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
            markRenderer.setSeriesShape(0, ring);
            markRenderer.setSeriesShapesFilled(0, false);
            markRenderer.setUseOutlinePaint(true);
            markRenderer.setDrawOutlines(true);
            markRenderer.setSeriesPaint(0, Color.BLACK);
            markRenderer.setSeriesOutlinePaint(0, Color.BLACK);
            markRenderer.setSeriesOutlineStroke(0, new BasicStroke((float) (2.5 * s)));
            markRenderer.setSeriesShape(1, cross);
            markRenderer.setSeriesPaint(1, new Color(0xC62828));
            markRenderer.setSeriesOutlinePaint(1, new Color(0xC62828));
            String title = layout.panelTitle(panels.get(p));
            XYPlot plot = new XYPlot(marks, xAxis(x, title), null, markRenderer);
            plot.setDataset(1, lines[p]);
            plot.setRenderer(1, curves);
            combined.add(plot, 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        Shape dot = new Ellipse2D.Double(-5 * s, -5 * s, 10 * s, 10 * s);
        for (int w = 0; w < widths.size(); w++) {
            legend.add(new LegendItem("n = " + widths.get(w), null, null, null, dot, ChartStyle.sequential(w, widths.size())));
        }
        if (quantity.quantity() == Quantity.LOSS) {
            legend.add(new LegendItem("lowest loss", null, null, null, true, ring, false, Color.WHITE, true,
                    Color.BLACK, new BasicStroke((float) (2 * s)), false, ring, new BasicStroke(1), Color.BLACK));
        }
        legend.add(new LegendItem("diverged", null, null, null, cross, new Color(0xC62828)));
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(quantity.symbol() + " at the last step, one line per width",
                null, combined, true);
        String fixed = layout.heldFixed();
        chart.addSubtitle(new TextTitle((seeds > 1 ? "mean over " + seeds + " seeds" : "one seed")
                + (fixed.isEmpty() ? "" : " · " + fixed)));
        Charts.styleAxes(combined, style);
        return style.apply(chart);
    }

    /**
     * The axis along x; a base-2 log axis for the learning rate and other positive values, labelled at as many
     * powers of two as fit.
     */
    static ValueAxis xAxis(Axis x, String panelTitle) {
        String label = panelTitle.isEmpty() ? x.label() : panelTitle + "    (" + x.label() + ")";
        if (x.logarithmic()) {
            LogAxis axis = PowerFormat.base2Axis(label);
            axis.setAutoRange(true);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static XYSeries copy(XYSeries line, int panel) {
        XYSeries copy = new XYSeries(panel + line.getKey().toString(), false, true);
        for (int i = 0; i < line.getItemCount(); i++) {
            copy.add(line.getX(i), line.getY(i));
        }
        return copy;
    }

    private static org.jfree.data.Range bounds(XYSeriesCollection data) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                low = Math.min(low, data.getYValue(s, i));
                high = Math.max(high, data.getYValue(s, i));
            }
        }
        if (!(low <= high)) {
            return new org.jfree.data.Range(0, 1);
        }
        double pad = Math.max(1e-12, (high - low) * 0.1);
        return new org.jfree.data.Range(low - pad, high + 2 * pad);
    }
}
