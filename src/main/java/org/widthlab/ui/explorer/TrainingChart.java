package org.widthlab.ui.explorer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.LogAxes;
import org.widthlab.ui.model.LimitCurve;

/**
 * Training: the loss against step, one line per width on a sequential colour scale (dark = narrow,
 * bright = wide), the n = ∞ curve when there is one (black, labelled by its kind: exact, or extrapolated), and a
 * cross where a run diverged. No JavaFX.
 */
final class TrainingChart {

    private TrainingChart() {
    }

    static JFreeChart create(List<Measurement> measurements, Optional<LimitCurve> limit, ChartStyle style) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        List<Integer> widths = SeedMeans.widths(measurements);
        int[] divergedAt = new int[widths.size()];
        double s = style.scale();
        Shape dot = new Ellipse2D.Double(-3.5 * s, -3.5 * s, 7 * s, 7 * s);
        Shape cross = cross(12 * s);
        /* a cross on the points from the step at which a run diverged on, a dot before */
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Shape getItemShape(int series, int item) {
                if (series < divergedAt.length && divergedAt[series] >= 0
                        && dataset.getXValue(series, item) >= divergedAt[series]) {
                    return cross;
                }
                return super.getItemShape(series, item);
            }
        };
        boolean allPositive = true;
        int divergedRuns = 0;
        for (int i = 0; i < widths.size(); i++) {
            int width = widths.get(i);
            NavigableMap<Integer, Double> loss = SeedMeans.againstStep(measurements, Quantity.LOSS, width);
            int diverged = SeedMeans.firstDivergedStep(measurements, width);
            divergedAt[i] = diverged;
            XYSeries series = new XYSeries("n = " + width + (diverged >= 0 ? " (✘ t = " + diverged + ")" : ""));
            loss.forEach(series::add);
            allPositive &= loss.values().stream().allMatch(v -> v > 0);
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, ChartStyle.sequential(i, widths.size()));
            renderer.setSeriesStroke(i, style.line());
            renderer.setSeriesShape(i, dot);
            divergedRuns += diverged >= 0 ? 1 : 0;
        }
        limit.ifPresent(curve -> {
            XYSeries series = new XYSeries(curve.label());
            for (int t = 0; t < curve.lossByStep().size(); t++) {
                series.add(t, curve.lossByStep().get(t));
            }
            int index = dataset.getSeriesCount();
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, Color.BLACK);
            renderer.setSeriesStroke(index, new BasicStroke((float) (3.5 * s), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 1, new float[] {(float) (12 * s), (float) (6 * s)}, 0));
            renderer.setSeriesShapesVisible(index, false);
        });
        NumberAxis step = new NumberAxis("step t");
        step.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueAxis lossAxis;
        if (allPositive) {
            lossAxis = LogAxes.size("training loss (mean over seeds)", dataset);
        } else {
            lossAxis = new NumberAxis("training loss (mean over seeds)");
        }
        XYPlot plot = new XYPlot(dataset, step, lossAxis, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart("Training loss, one line per width", null, plot, true);
        chart.addSubtitle(new TextTitle(widths.isEmpty() ? "no measurements yet: press Run"
                : divergedRuns > 0 ? divergedRuns + " width" + (divergedRuns == 1 ? "" : "s")
                        + " diverged (✘ from the step a run diverged)" : "dark: narrow   bright: wide"));
        if (!widths.isEmpty() && divergedRuns == 0) {
            // a line of its own: at large font scales one line with the colours would not fit the chart
            chart.addSubtitle(new TextTitle(limit.isEmpty() ? "(no exact n = ∞ curve for this experiment)"
                    : limit.get().exact() ? "dashed black: infinite width"
                            : "dashed black: extrapolated to n = ∞ (not the limit)"));
        }
        return style.apply(chart);
    }

    private static Shape cross(double size) {
        double h = size / 2;
        GeneralPath path = new GeneralPath();
        path.moveTo(-h, -h);
        path.lineTo(h, h);
        path.moveTo(-h, h);
        path.lineTo(h, -h);
        return new BasicStroke((float) (size / 4)).createStrokedShape(path);
    }
}
