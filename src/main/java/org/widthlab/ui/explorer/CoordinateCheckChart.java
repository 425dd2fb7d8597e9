package org.widthlab.ui.explorer;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.widthlab.engine.FittedSlope;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.engine.SlopeFits;
import org.widthlab.theory.Scaling;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.LogAxes;
import org.widthlab.ui.charts.QuantityNames;

/**
 * The coordinate check (theory.md §8): the RMS size of one quantity at one step against width on
 * log–log axes, one solid line per layer, each with its predicted slope drawn dashed through the
 * measured point at the largest width. A plain function of the measurements: no JavaFX.
 */
final class CoordinateCheckChart {

    /** The width axis of a chart with nothing on it yet: a frame of typical widths to fill. */
    static final int EMPTY_WIDTHS_FROM = 32;
    static final int EMPTY_WIDTHS_TO = 4096;

    private CoordinateCheckChart() {
    }

    /**
     * One layer's line: the seed means at the widths where they are positive, the slope fitted over all of
     * them with its seed-to-seed uncertainty, and the predicted scaling (the engine's {@link SlopeFits}).
     *
     * @param uncertainty    two standard errors of the slope over seeds; empty with one seed
     * @param judgeable      whether the seeds agree well enough to compare with a prediction
     *                       ({@link FittedSlope#judgeable()})
     * @param predictionNote why nothing is predicted, or what keeps the fit from the prediction, where that
     *                       needs saying
     */
    record Line(int layer, NavigableMap<Integer, Double> sizes, OptionalDouble measuredSlope,
            OptionalDouble uncertainty, boolean judgeable, Optional<Scaling> predicted, String predictionNote) {

        static Line of(FittedSlope fit) {
            NavigableMap<Integer, Double> sizes = new TreeMap<>();
            for (int i = 0; i < fit.widths().size(); i++) {
                sizes.put(fit.widths().get(i), fit.means().get(i));
            }
            return new Line(fit.layer(), sizes, optional(fit.slopeAll()), optional(2 * fit.standardError()),
                    fit.judgeable(), Optional.ofNullable(fit.predicted()), fit.predictionNote());
        }

        private static OptionalDouble optional(double value) {
            return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
        }

        /** "measured −0.49 ± 0.05, predicted −1/2"; says when one seed cannot show a spread, or seeds disagree. */
        String slopes() {
            String measured = measuredSlope.isPresent() ? LogAxes.formatSlope(measuredSlope.getAsDouble()) : "…";
            if (measuredSlope.isPresent()) {
                measured += uncertainty.isPresent() ? " ± " + LogAxes.formatSlope(uncertainty.getAsDouble()).replace("−", "")
                        + (judgeable ? "" : " (seeds disagree: too wide to judge)") : " (1 seed)";
            }
            String prediction = predicted.map(s -> "predicted " + (s.isExactlyZero() ? "exactly 0"
                    : s.exponent().toDisplayString())).orElse(predictionNote.isEmpty() ? "predicted —" : "no prediction");
            return "measured " + measured + ", " + prediction;
        }

        /** Whether the seeds were too few or too scattered to compare this slope with a prediction. */
        boolean tooWideToJudge() {
            return measuredSlope.isPresent() && uncertainty.isPresent() && !judgeable;
        }
    }

    /** The lines of {@code quantity} at {@code step}: one per layer, or one for a whole-network quantity. */
    static List<Line> lines(List<Measurement> measurements, Verdict verdict, Quantity quantity, int step) {
        if (verdict == null) {
            return List.of();
        }
        List<Measurement> selected = measurements.stream()
                .filter(m -> m.quantity() == quantity && m.step() == step).toList();
        return SlopeFits.fit(verdict, selected).stream().map(Line::of).filter(line -> !line.sizes().isEmpty())
                .toList();
    }

    static JFreeChart create(List<Measurement> measurements, Verdict verdict, Quantity quantity, int step,
            ChartStyle style) {
        List<Line> lines = lines(measurements, verdict, quantity, step);
        String title = "Coordinate check: " + QuantityNames.symbol(quantity) + " at step " + step;
        String empty = measurements.isEmpty() ? "no measurements yet: press Run"
                : quantity == Quantity.NTK_CHANGE ? "not measured: tick “also measure the NTK's change” and run again"
                : whyEmpty(measurements, quantity, step);
        return create(title, lines, empty, style);
    }

    /** Why a quantity that was measured has no line at {@code step}: the runs overflowed, or it is exactly 0. */
    static String whyEmpty(List<Measurement> measurements, Quantity quantity, int step) {
        boolean overflowed = measurements.stream().anyMatch(m -> m.quantity() == quantity && m.step() == step
                && !Double.isFinite(m.value()));
        boolean measured = measurements.stream().anyMatch(m -> m.quantity() == quantity && m.step() == step);
        return !measured ? "not measured at this step (yet)"
                : overflowed ? "the runs diverged before this step: move the step slider left"
                : "exactly 0 at this step";
    }

    /** The chart of some lines (shared with the feature-movement chart); {@code empty} says why there are none. */
    static JFreeChart create(String title, List<Line> lines, String empty, ChartStyle style) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Shape dot = new Ellipse2D.Double(-5 * style.scale(), -5 * style.scale(), 10 * style.scale(), 10 * style.scale());
        for (Line line : lines) {
            String name = line.layer() > 0 ? "layer " + line.layer() : "network";
            XYSeries measured = new XYSeries(name + ": " + line.slopes());
            positive(line.sizes()).forEach(measured::add);
            int index = dataset.getSeriesCount();
            dataset.addSeries(measured);
            java.awt.Color colour = ChartStyle.layerColor(Math.max(1, line.layer()));
            renderer.setSeriesPaint(index, colour);
            renderer.setSeriesStroke(index, style.line());
            renderer.setSeriesShape(index, dot);
            predictedLine(name, line).ifPresent(predicted -> {
                int p = dataset.getSeriesCount();
                dataset.addSeries(predicted);
                renderer.setSeriesPaint(p, colour);
                renderer.setSeriesStroke(p, style.dashed());
                renderer.setSeriesShapesVisible(p, false);
                renderer.setSeriesVisibleInLegend(p, false);
            });
        }
        LogAxis width = LogAxes.width();
        if (lines.isEmpty()) {
            width.setRange(EMPTY_WIDTHS_FROM, EMPTY_WIDTHS_TO);
        }
        LogAxis size = LogAxes.size("RMS size (mean over seeds)", dataset);
        XYPlot plot = new XYPlot(dataset, width, size, renderer);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        boolean anyPredicted = lines.stream().anyMatch(line -> predictedLine("", line).isPresent());
        chart.addSubtitle(new TextTitle(lines.isEmpty() ? empty : MEASURED_KEY));
        if (anyPredicted) {
            // a line of its own: at large font scales one line with both keys ran past the chart's right edge
            chart.addSubtitle(new TextTitle(PREDICTED_KEY));
        }
        notes(lines).forEach(note -> chart.addSubtitle(new TextTitle(note)));
        return style.apply(chart);
    }

    static final String MEASURED_KEY = "solid: measured (± 2 s.e. over seeds)";
    static final String PREDICTED_KEY = "dashed: predicted";

    /**
     * What a reader must know before comparing slopes: no prediction (and why), a term that outweighs the
     * predicted one at moderate widths, or seeds too scattered.
     */
    static List<String> notes(List<Line> lines) {
        List<String> notes = new java.util.ArrayList<>();
        lines.stream().filter(line -> !line.predictionNote().isEmpty()).findFirst()
                .ifPresent(line -> notes.add((line.predicted().isEmpty() ? "Step ≥ 2: " + line.predictionNote()
                        : line.predictionNote()) + " (theory.md §6)"));
        if (lines.stream().anyMatch(Line::tooWideToJudge)) {
            notes.add("Seeds spread too wide to judge: run more seeds");
        }
        return notes;
    }

    /** The dashed line of slope {@code predicted} through the measured point at the largest width. */
    private static Optional<XYSeries> predictedLine(String name, Line line) {
        NavigableMap<Integer, Double> points = positive(line.sizes());
        if (line.predicted().isEmpty() || line.predicted().get().isExactlyZero() || points.size() < 2) {
            return Optional.empty();
        }
        double slope = line.predicted().get().slope();
        Map.Entry<Integer, Double> anchor = points.lastEntry();
        XYSeries series = new XYSeries(name + " predicted");
        for (int n : List.of(points.firstKey(), anchor.getKey())) {
            series.add(n, anchor.getValue() * Math.pow((double) n / anchor.getKey(), slope));
        }
        return Optional.of(series);
    }

    private static NavigableMap<Integer, Double> positive(NavigableMap<Integer, Double> sizes) {
        NavigableMap<Integer, Double> kept = new TreeMap<>();
        sizes.forEach((n, v) -> {
            if (v > 0 && Double.isFinite(v)) {
                kept.put(n, v);
            }
        });
        return kept;
    }
}
