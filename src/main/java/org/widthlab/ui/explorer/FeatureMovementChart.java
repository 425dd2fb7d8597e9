package org.widthlab.ui.explorer;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.ChartStyle;

/**
 * The dichotomy at a glance: the feature change {@code Δh^l} at the last step against width, with
 * the fitted and the predicted slope written on the chart ("measured −0.49, predicted −1/2"): flat
 * for feature learning, falling in the kernel regime, rising when unstable. No JavaFX.
 */
final class FeatureMovementChart {

    private FeatureMovementChart() {
    }

    static JFreeChart create(List<Measurement> measurements, Verdict verdict, ChartStyle style) {
        int last = SeedMeans.lastStep(measurements);
        List<CoordinateCheckChart.Line> lines = last < 1 ? List.of()
                : CoordinateCheckChart.lines(measurements, verdict, Quantity.DELTA_H, last);
        JFreeChart chart = CoordinateCheckChart.create(
                "Feature movement: Δh^l at the last step" + (last >= 1 ? " (t = " + last + ")" : ""), lines,
                measurements.isEmpty() ? "no measurements yet: press Run"
                        : last < 1 ? "features move only after a step: set T ≥ 1"
                        : CoordinateCheckChart.whyEmpty(measurements, Quantity.DELTA_H, last),
                style);
        chart.removeLegend();
        for (CoordinateCheckChart.Line line : lines) {
            TextTitle slope = new TextTitle("layer " + line.layer() + ":  " + line.slopes(), style.note());
            slope.setPaint(ChartStyle.layerColor(line.layer()));
            chart.addSubtitle(slope);
        }
        return chart;
    }
}
