package org.widthlab.ui.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.widthlab.casestudies.Estimate;
import org.widthlab.casestudies.ModelResult;
import org.widthlab.ui.charts.ChartStyle;

/** The case-study chart: finite widths as points with intervals, every limit a labelled line, nothing else. */
class CaseStudyChartTest {

    private static ModelResult result(String model, Integer width, String kernel, String metric, double value) {
        return new ModelResult(model, width, kernel, metric, new Estimate(value, value - 0.01, value + 0.01), 1);
    }

    @Test
    void widthsArePointsAndLimitsAreLinesInTheirOrder() {
        List<ModelResult> results = List.of(
                result("gp-limit", null, "relu", "accuracy", 0.40),
                result(ModelResult.WIDTH, 32, null, "accuracy", 0.70),
                result(ModelResult.WIDTH, 2, null, "accuracy", 0.30),
                result("ntk-limit", null, "linear", "accuracy", 0.45),
                result(ModelResult.MUP_LIMIT, null, null, "accuracy", 0.78),
                result(ModelResult.WIDTH, 8, null, "loss", 2.0),
                new ModelResult(ModelResult.WIDTH, 128, null, "accuracy", Estimate.DIVERGED, 1));
        JFreeChart chart = CaseStudyChart.create(results, "accuracy", List.of(2, 8, 32, 128), "title", "note",
                new ChartStyle(1));
        XYPlot plot = chart.getXYPlot();
        YIntervalSeriesCollection points = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(2, points.getItemCount(0), "the two finite widths of this metric that did not diverge");
        assertEquals(2, points.getXValue(0, 0));
        assertEquals(70, points.getYValue(0, 1), 1e-9, "accuracy in percent");
        assertEquals(69, points.getStartYValue(0, 1), 1e-9);

        XYDataset lines = plot.getDataset(1);
        assertEquals(3, lines.getSeriesCount());
        assertTrue(lines.getSeriesKey(0).toString().startsWith("μP limit 78.0%"), lines.getSeriesKey(0).toString());
        assertTrue(lines.getSeriesKey(1).toString().startsWith("NTK linear 45.0%"));
        assertTrue(lines.getSeriesKey(2).toString().startsWith("GP relu 40.0%"));
        assertEquals(3, plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "one band per limit");

        org.jfree.chart.axis.LogAxis width = (org.jfree.chart.axis.LogAxis) plot.getDomainAxis();
        assertEquals("4", width.getNumberFormatOverride().format(4), "seven doublings: each labelled");
        assertTrue(width.getLowerBound() < 2 && width.getLowerBound() > 1, "no empty doubling left of the first width");
        assertTrue(width.getUpperBound() > 128 && width.getUpperBound() < 256, "nor right of the last");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle title
                && title.getText().equals("note")));
    }

    @Test
    void anEmptyChartSaysToRun() {
        JFreeChart chart = CaseStudyChart.create(List.of(), "accuracy", List.of(2, 2048), "title", "note",
                new ChartStyle(1));
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle title
                && title.getText().contains("press Run")));
        org.jfree.chart.axis.LogAxis width = (org.jfree.chart.axis.LogAxis) chart.getXYPlot().getDomainAxis();
        assertEquals("2048", width.getNumberFormatOverride().format(2048));
        assertEquals(" ", width.getNumberFormatOverride().format(1024), "eleven doublings: only the widths run labelled");
    }
}
