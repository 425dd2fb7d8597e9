package org.widthlab.ui.sweeps;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.widthlab.grid.Axis;
import org.widthlab.grid.GridResults;
import org.widthlab.theory.Exponent;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.LogAxes;

/**
 * The best value of the grid's numeric axis (the learning rate) against width on log–log axes, per value of
 * the other axes: the measured optima (dots), their least-squares line, and the theory's slope (dashed; for
 * the learning rate the largest stable rate's, 0 for μP, −1 for SP, theory.md §4) drawn through the narrowest
 * optimum. No JavaFX.
 */
final class BestWidthChart {

    private BestWidthChart() {
    }

    static JFreeChart create(GridResults results, ChartStyle style) {
        GridAxes layout = GridAxes.of(results.grid());
        if (layout.x().isEmpty()) {
            return Charts.empty("A best value needs a numeric axis, e.g. the learning rate", style);
        }
        Axis optimized = layout.xAxis();
        List<Axis> contextAxes = results.contextAxes(optimized);
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colours = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        List<GridResults.Best> best = results.best(optimized);
        int c = 0;
        for (GridResults.BestSlope slope : results.bestSlopes(optimized)) {
            String name = contextName(contextAxes, slope.context());
            XYSeries points = new XYSeries(name.isEmpty() ? "best" : name, false, true);
            for (GridResults.Best b : best) {
                if (b.context().equals(slope.context()) && b.best().isPresent()) {
                    points.add(b.width(), optimized.numericValue(b.best().get()));
                }
            }
            if (points.getItemCount() == 0 || points.getMinY() <= 0) {
                continue;
            }
            Color colour = ChartStyle.layerColor(c + 1);
            data.addSeries(points);
            colours.add(colour);
            String fitted = Double.isFinite(slope.exponent()) ? LogAxes.formatSlope(slope.exponent()) : "…";
            if (Double.isFinite(slope.exponent())) {
                data.addSeries(line(points, slope.exponent(), name + " fitted"));
                colours.add(colour);
            }
            if (slope.predicted().isPresent()) {
                Exponent predicted = slope.predicted().get();
                data.addSeries(line(points, predicted.toDouble(), name + " theory"));
                colours.add(colour);
                summary.add((name.isEmpty() ? "" : name + ": ") + "fitted " + fitted + ", theory "
                        + predicted.toDisplayString());
            } else {
                summary.add((name.isEmpty() ? "" : name + ": ") + "fitted " + fitted);
            }
            c++;
        }
        if (data.getSeriesCount() == 0) {
            return Charts.empty("Best " + optimized.label() + " against width: waiting for results", style);
        }
        double s = style.scale();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String key = data.getSeriesKey(i).toString();
            boolean fitted = key.endsWith(" fitted");
            boolean theory = key.endsWith(" theory");
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesLinesVisible(i, fitted || theory);
            renderer.setSeriesShapesVisible(i, !fitted && !theory);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-6 * s, -6 * s, 12 * s, 12 * s));
            renderer.setSeriesStroke(i, theory ? style.dashed() : new BasicStroke((float) (2 * s)));
            renderer.setSeriesVisibleInLegend(i, !fitted);
        }
        LogAxis values = PowerFormat.base2Axis("best " + optimized.label());
        XYPlot plot = new XYPlot(data, LogAxes.width(), values, renderer);
        JFreeChart chart = new JFreeChart("Best " + optimized.label() + " against width", null, plot, true);
        // two subtitles, so that each wraps on its own and the key never runs off a narrow chart
        chart.addSubtitle(new TextTitle(String.join("    ", summary)));
        chart.addSubtitle(new TextTitle("solid: fitted, dashed: theory"));
        return style.apply(chart);
    }

    /** The straight line of {@code slope} in log-log axes through the first point, across the points' widths. */
    private static XYSeries line(XYSeries points, double slope, String name) {
        XYSeries line = new XYSeries(name, false, true);
        double n0 = points.getX(0).doubleValue();
        double v0 = points.getY(0).doubleValue();
        if (name.endsWith(" fitted")) {
            // the least-squares line passes through the geometric means of the points
            double logN = 0;
            double logV = 0;
            for (int i = 0; i < points.getItemCount(); i++) {
                logN += Math.log(points.getX(i).doubleValue());
                logV += Math.log(points.getY(i).doubleValue());
            }
            n0 = Math.exp(logN / points.getItemCount());
            v0 = Math.exp(logV / points.getItemCount());
        }
        for (int i : new int[] {0, points.getItemCount() - 1}) {
            double n = points.getX(i).doubleValue();
            line.add(n, v0 * Math.pow(n / n0, slope));
        }
        return line;
    }

    private static String contextName(List<Axis> axes, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            parts.add(axes.get(i).kind() == Axis.Kind.PRESET ? Describe.value(values.get(i))
                    : axes.get(i).id() + " = " + values.get(i));
        }
        return String.join(", ", parts);
    }
}
