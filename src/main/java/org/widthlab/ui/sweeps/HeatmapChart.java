package org.widthlab.ui.sweeps;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridResults;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.RegimePalette;

/**
 * Heatmaps over two axes of a grid: a measured quantity (its value, or its fitted width-slope), and beside it
 * the theory's class of every cell (theory.md §4) on the same layout. Cells are laid out by position, labelled
 * with their values; cells not yet computed are left blank, diverged ones are dark red with ✘. No JavaFX.
 */
final class HeatmapChart {

    static final Color DIVERGED = new Color(0x7F0000);
    static final Color MISSING = new Color(0xF4F4F4);

    private HeatmapChart() {
    }

    static JFreeChart measured(GridResults results, HeatmapView view, QuantityChoice quantity, ChartStyle style) {
        Grid grid = results.grid();
        GridAxes layout = GridAxes.of(grid);
        List<String> xs = grid.axes().get(view.x()).values();
        List<String> ys = yLabels(grid, view);
        int largest = grid.base().widths().get(grid.base().widths().size() - 1);
        double[][] xyz = new double[3][xs.size() * ys.size()];
        List<int[]> divergedCells = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                List<String> point = point(grid, layout, view, xs.get(i), j);
                int width = view.y() == HeatmapView.WIDTHS ? grid.base().widths().get(j) : largest;
                double value;
                if (view.slope()) {
                    value = results.widthSlope(point, quantity.quantity(), quantity.layer());
                } else {
                    value = results.seedMean(point, width, quantity.quantity(), quantity.layer());
                    value = value > 0 && Double.isFinite(value) ? Math.log10(value) : value;
                }
                boolean diverged = view.slope() ? anyDiverged(results, point, grid) : results.diverged(point, width);
                if (diverged) {
                    divergedCells.add(new int[] {i, j});
                    value = Double.POSITIVE_INFINITY;
                } else if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
                int k = i * ys.size() + j;
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = value;
            }
        }
        PaintScale scale = view.slope() ? new DivergingScale(Math.max(Math.abs(low), Math.abs(high)))
                : new ViridisScale(low, high);
        XYPlot plot = blocks(grid, view, xyz, scale, ys);
        double s = style.scale();
        for (int[] cell : divergedCells) {
            XYTextAnnotation mark = new XYTextAnnotation("✘", cell[0], cell[1]);
            mark.setFont(style.note());
            mark.setPaint(Color.WHITE);
            plot.addAnnotation(mark);
        }
        String what = view.slope() ? "width-slope of " + quantity.symbol() : quantity.symbol();
        JFreeChart chart = new JFreeChart(what, null, plot, false);
        if (Double.isFinite(low)) {
            NumberAxis legendAxis = new NumberAxis(view.slope() ? "log-log slope against width" : "log₁₀ " + quantity.symbol());
            legendAxis.setLabelFont(style.label());
            legendAxis.setTickLabelFont(style.tick());
            PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setStripWidth(14 * s);
            legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            legend.setMargin(4, 4, 4, 4);
            chart.addSubtitle(legend);
        }
        String where = view.y() == HeatmapView.WIDTHS || view.slope() ? "" : "at n = " + largest;
        String fixed = heldFixed(grid, view);
        String subtitle = String.join(" · ", List.of(where, fixed, divergedCells.isEmpty() ? "" : "✘ diverged").stream()
                .filter(t -> !t.isEmpty()).toList());
        if (!subtitle.isEmpty()) {
            chart.addSubtitle(new TextTitle(subtitle));
        }
        return style.apply(chart);
    }

    /** The theory's class of every cell of the same layout (the width never changes a class). */
    static JFreeChart theory(GridResults results, HeatmapView view, ChartStyle style) {
        Grid grid = results.grid();
        GridAxes layout = GridAxes.of(grid);
        List<String> xs = grid.axes().get(view.x()).values();
        List<String> ys = yLabels(grid, view);
        double[][] xyz = new double[3][xs.size() * ys.size()];
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                Regime regime = Verdict.of(grid.settingsAt(point(grid, layout, view, xs.get(i), j)).parametrization())
                        .regime();
                int k = i * ys.size() + j;
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = regime.ordinal();
            }
        }
        XYPlot plot = blocks(grid, view, xyz, new RegimeScale(), ys);
        LegendItemCollection legend = new LegendItemCollection();
        for (Regime regime : Regime.values()) {
            legend.add(new LegendItem(regime.displayName(), RegimePalette.region(regime)));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("the theory's class", null, plot, true);
        return style.apply(chart);
    }

    private static XYPlot blocks(Grid grid, HeatmapView view, double[][] xyz, PaintScale scale, List<String> ys) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis xAxis = new SymbolAxis(grid.axes().get(view.x()).axis().label(),
                labels(grid.axes().get(view.x()).values()));
        xAxis.setGridBandsVisible(false);
        SymbolAxis yAxis = new SymbolAxis(view.y() == HeatmapView.WIDTHS ? "width n"
                : grid.axes().get(view.y()).axis().label(), labels(ys));
        yAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return plot;
    }

    private static String[] labels(List<String> values) {
        PowerFormat format = new PowerFormat();
        return values.stream().map(v -> {
            try {
                double number = Double.parseDouble(v);
                return v.contains(".") ? format.format(number) : v;
            } catch (NumberFormatException e) {
                return v;
            }
        }).toArray(String[]::new);
    }

    private static List<String> yLabels(Grid grid, HeatmapView view) {
        return view.y() == HeatmapView.WIDTHS ? grid.base().widths().stream().map(String::valueOf).toList()
                : view.y() >= 0 ? grid.axes().get(view.y()).values() : List.of("");
    }

    /** The point at x = {@code xValue} and row j, the other axes at their first value. */
    private static List<String> point(Grid grid, GridAxes layout, HeatmapView view, String xValue, int j) {
        List<String> point = new ArrayList<>();
        for (int a = 0; a < grid.axes().size(); a++) {
            List<String> values = grid.axes().get(a).values();
            point.add(a == view.x() ? xValue : a == view.y() ? values.get(j) : values.get(0));
        }
        return point;
    }

    private static boolean anyDiverged(GridResults results, List<String> point, Grid grid) {
        return grid.base().widths().stream().anyMatch(w -> results.diverged(point, w));
    }

    private static String heldFixed(Grid grid, HeatmapView view) {
        List<String> held = new ArrayList<>();
        for (int a = 0; a < grid.axes().size(); a++) {
            if (a != view.x() && a != view.y()) {
                held.add(grid.axes().get(a).axis().label() + " = " + grid.axes().get(a).values().get(0));
            }
        }
        return String.join(", ", held);
    }

    /** Viridis from the lowest to the highest value; diverged (+∞) dark red; not computed (NaN) light grey. */
    private record ViridisScale(double low, double high) implements PaintScale {
        @Override
        public double getLowerBound() {
            return Double.isFinite(low) ? low : 0;
        }

        @Override
        public double getUpperBound() {
            return Double.isFinite(high) ? (high > low ? high : low + 1) : 1;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return MISSING;
            }
            if (Double.isInfinite(value)) {
                return DIVERGED;
            }
            double t = (value - getLowerBound()) / (getUpperBound() - getLowerBound());
            return ChartStyle.sequential((int) Math.round(Math.max(0, Math.min(1, t)) * 100), 101);
        }
    }

    /** Blue below zero, white at zero, red above, saturating at ±{@code bound}. */
    private record DivergingScale(double bound) implements PaintScale {
        @Override
        public double getLowerBound() {
            return -upper();
        }

        @Override
        public double getUpperBound() {
            return upper();
        }

        private double upper() {
            return Double.isFinite(bound) && bound > 0 ? bound : 1;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return MISSING;
            }
            if (Double.isInfinite(value)) {
                return DIVERGED;
            }
            double t = Math.max(-1, Math.min(1, value / upper()));
            int fade = (int) Math.round(255 * (1 - Math.abs(t)));
            return t < 0 ? new Color(fade, fade, 255) : new Color(255, fade, fade);
        }
    }

    private static final class RegimeScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return Regime.values().length;
        }

        @Override
        public Paint getPaint(double value) {
            return RegimePalette.region(Regime.values()[(int) value]);
        }
    }
}
