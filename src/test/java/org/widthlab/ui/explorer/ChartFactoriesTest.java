package org.widthlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.ChartExport;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.ReadableNumberFormat;
import org.widthlab.ui.model.LimitCurve;

/** The chart factories are plain functions of hand-made measurements. */
class ChartFactoriesTest {

    private static final double SLOPE_TOLERANCE = 1e-9;
    private static final List<Integer> WIDTHS = List.of(64, 128, 256, 512, 1024);

    /** Δh^l = l · n^{−1/2} (what NTP predicts), two seeds that average to it, and a falling loss. */
    private static List<Measurement> kernelLike(int depth, int steps) {
        List<Measurement> list = new ArrayList<>();
        for (int n : WIDTHS) {
            for (long seed = 0; seed < 2; seed++) {
                double jitter = seed == 0 ? 0.9 : 1.1;
                for (int t = 0; t <= steps; t++) {
                    for (int l = 1; l <= depth; l++) {
                        list.add(new Measurement(n, seed, t, l, Quantity.DELTA_H, t == 0 ? 0 : jitter * l / Math.sqrt(n),
                                false));
                    }
                    list.add(new Measurement(n, seed, t, 0, Quantity.LOSS, jitter / (1 + t), false));
                }
            }
        }
        return list;
    }

    private static Verdict ntp(int depth) {
        return Verdict.of(Preset.NTP.at(depth, Activation.RELU));
    }

    @Test
    void coordinateCheckFitsTheSeedMeansAndNamesThePrediction() {
        List<CoordinateCheckChart.Line> lines = CoordinateCheckChart.lines(kernelLike(2, 3), ntp(2), Quantity.DELTA_H, 3);

        assertEquals(2, lines.size());
        for (CoordinateCheckChart.Line line : lines) {
            assertEquals(-0.5, line.measuredSlope().getAsDouble(), SLOPE_TOLERANCE);
            assertEquals("measured −0.50 ± 0.00, predicted −1/2", line.slopes(), "both seeds fall like n^{−1/2}");
            assertEquals(line.layer() / Math.sqrt(1024), line.sizes().get(1024), 1e-12);
        }
    }

    @Test
    void coordinateCheckDrawsAMeasuredAndADashedPredictedLinePerLayerOnLogAxes() {
        JFreeChart chart = CoordinateCheckChart.create(kernelLike(3, 2), ntp(3), Quantity.DELTA_H, 2, ChartStyle.DEFAULT);

        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(6, data.getSeriesCount());
        assertTrue(chart.getXYPlot().getDomainAxis() instanceof LogAxis);
        assertTrue(chart.getXYPlot().getRangeAxis() instanceof LogAxis);
        // the predicted line has slope −1/2 in log–log and meets the measured line at the largest width
        double x0 = data.getXValue(1, 0);
        double x1 = data.getXValue(1, 1);
        double slope = Math.log(data.getYValue(1, 1) / data.getYValue(1, 0)) / Math.log(x1 / x0);
        assertEquals(-0.5, slope, SLOPE_TOLERANCE);
        assertEquals(data.getYValue(0, 4), data.getYValue(1, 1), 1e-12);
    }

    /** SP at depth 1 is unstable in training: step 1 has its predicted line, step 2 none and says why. */
    @Test
    void anUnstableNetGetsNoPredictedLineFromStepTwoOn() {
        Verdict sp = Verdict.of(Preset.SP.at(1, Activation.RELU));
        List<Measurement> data = kernelLike(1, 2);

        JFreeChart first = CoordinateCheckChart.create(data, sp, Quantity.DELTA_H, 1, ChartStyle.DEFAULT);
        assertEquals(2, first.getXYPlot().getDataset().getSeriesCount(), "measured and predicted");
        assertTrue(texts(first).contains("solid: measured (± 2 s.e. over seeds)\ndashed: predicted\n"),
                "the two keys on lines of their own: " + texts(first));
        JFreeChart second = CoordinateCheckChart.create(data, sp, Quantity.DELTA_H, 2, ChartStyle.DEFAULT);
        assertEquals(1, second.getXYPlot().getDataset().getSeriesCount(), "measured only");
        String text = texts(second);
        assertTrue(text.contains("Step ≥ 2: no single exponent: the blow-up compounds"), text);
        assertTrue(text.contains("solid: measured") && !text.contains("dashed"), text);
        assertTrue(second.getXYPlot().getDataset().getSeriesKey(0).toString().endsWith(", no prediction"));
    }

    /** Two seeds falling like n^{−0.2} and n^{−0.8}: ±2 standard errors of 0.6 is too wide to judge. */
    @Test
    void scatteredSeedsAreSaidToBeTooWideToJudge() {
        List<Measurement> data = new ArrayList<>();
        for (int n : WIDTHS) {
            data.add(new Measurement(n, 0, 2, 1, Quantity.DELTA_H, Math.pow(n, -0.2), false));
            data.add(new Measurement(n, 1, 2, 1, Quantity.DELTA_H, Math.pow(n, -0.8), false));
        }
        JFreeChart chart = CoordinateCheckChart.create(data, ntp(1), Quantity.DELTA_H, 2, ChartStyle.DEFAULT);
        String text = texts(chart);
        assertTrue(text.contains("Seeds spread too wide to judge"), text);
        assertTrue(chart.getXYPlot().getDataset().getSeriesKey(0).toString().contains("± 0.60 (seeds disagree"));
    }

    @Test
    void nothingMeasuredYetGivesAnEmptyChartThatSaysSo() {
        JFreeChart chart = CoordinateCheckChart.create(List.of(), null, Quantity.H, 1, ChartStyle.DEFAULT);

        assertEquals(0, chart.getXYPlot().getDataset().getSeriesCount());
        assertTrue(texts(chart).contains("press Run"));
    }

    @Test
    void featureMovementWritesMeasuredAndPredictedSlopesOnTheChart() {
        JFreeChart chart = FeatureMovementChart.create(kernelLike(2, 4), ntp(2), ChartStyle.DEFAULT);

        String text = texts(chart);
        assertTrue(text.contains("layer 1:  measured −0.50 ± 0.00, predicted −1/2"), text);
        assertTrue(text.contains("layer 2:  measured −0.50 ± 0.00, predicted −1/2"), text);
        assertTrue(chart.getTitle().getText().contains("t = 4"));
    }

    @Test
    void trainingDrawsOneLinePerWidthOnASequentialScaleAndTheLimitByItsKind() {
        List<Measurement> data = new ArrayList<>(kernelLike(1, 3));
        data.add(new Measurement(2048, 0, 0, 0, Quantity.LOSS, 1, false));
        data.add(new Measurement(2048, 0, 1, 0, Quantity.LOSS, Double.POSITIVE_INFINITY, true));

        JFreeChart chart = TrainingChart.create(data, Optional.of(new LimitCurve("n = ∞ (NTK limit)", List.of(1.0, 0.5, 0.33,
                0.25))), ChartStyle.DEFAULT);

        XYDataset lines = chart.getXYPlot().getDataset();
        assertEquals(WIDTHS.size() + 2, lines.getSeriesCount());
        assertEquals("n = 64", lines.getSeriesKey(0));
        assertEquals("n = 2048 (✘ t = 1)", lines.getSeriesKey(5));
        assertEquals("n = ∞ (NTK limit)", lines.getSeriesKey(6));
        assertEquals(1.0, lines.getYValue(0, 0), 1e-12);
        var renderer = chart.getXYPlot().getRenderer();
        assertFalse(renderer.getSeriesPaint(0).equals(renderer.getSeriesPaint(4)));
        assertTrue(texts(chart).contains("1 width diverged"));
    }

    @Test
    void anExtrapolatedCurveIsNotCalledTheInfiniteWidth() {
        List<Measurement> data = kernelLike(1, 3);
        List<Double> loss = List.of(1.0, 0.5, 0.33, 0.25);

        String exact = texts(TrainingChart.create(data, Optional.of(new LimitCurve("n = ∞", loss)), ChartStyle.DEFAULT));
        String extrapolated = texts(TrainingChart.create(data, Optional.of(new LimitCurve("extrapolated", loss, false)),
                ChartStyle.DEFAULT));

        assertTrue(exact.contains("dashed black: infinite width"), exact);
        assertTrue(extrapolated.contains("dashed black: extrapolated to n = ∞ (not the limit)"), extrapolated);
    }

    @Test
    void theSequentialScaleRunsFromDarkToBright() {
        java.awt.Color first = ChartStyle.sequential(0, 5);
        java.awt.Color last = ChartStyle.sequential(4, 5);
        assertTrue(brightness(first) < brightness(ChartStyle.sequential(2, 5)));
        assertTrue(brightness(ChartStyle.sequential(2, 5)) < brightness(last));
    }

    private static double brightness(java.awt.Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void axisLabelsAreReadable() {
        assertEquals("0.25", ReadableNumberFormat.readable(0.25));
        assertEquals("1.58", ReadableNumberFormat.readable(1.584893));
        assertEquals("320", ReadableNumberFormat.readable(320));
        assertEquals("3e−7", ReadableNumberFormat.readable(3e-7));
        assertEquals("1.5e12", ReadableNumberFormat.readable(1.5e12));
    }

    @Test
    void aChartExportsAsPngAndSvg(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        JFreeChart chart = FeatureMovementChart.create(kernelLike(2, 2), ntp(2), ChartStyle.DEFAULT);

        ChartExport.write(chart, folder.resolve("chart.png"));
        ChartExport.write(chart, folder.resolve("chart.svg"));

        var image = javax.imageio.ImageIO.read(folder.resolve("chart.png").toFile());
        assertEquals(ChartExport.WIDTH, image.getWidth());
        String svg = java.nio.file.Files.readString(folder.resolve("chart.svg"));
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("measured"));
    }

    static String texts(JFreeChart chart) {
        StringBuilder text = new StringBuilder(chart.getTitle().getText()).append('\n');
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
