package org.widthlab.ui.sweeps;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.widthlab.ui.charts.ChartStyle;

/** What the sweep charts share: an empty chart that says what is missing, and the look of combined plots. */
final class Charts {

    private Charts() {
    }

    /** A chart with axes but no data, titled with what to do. */
    static JFreeChart empty(String title, ChartStyle style) {
        // with axes, so that its last text is not in the title's font (see PhaseDiagramPage)
        XYPlot plot = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
        return style.apply(new JFreeChart(title, plot));
    }

    /** Fonts and grid of every subplot of a combined plot (ChartStyle styles only a chart's own plot). */
    static void styleAxes(XYPlot combined, ChartStyle style) {
        java.util.List<XYPlot> subplots = combined instanceof CombinedRangeXYPlot range ? range.getSubplots()
                : combined instanceof CombinedDomainXYPlot domain ? domain.getSubplots() : java.util.List.of();
        for (XYPlot plot : subplots) {
            ChartStyle.gridlines(plot);
            for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (axis != null) {
                    axis.setLabelFont(style.label());
                    axis.setTickLabelFont(style.tick());
                }
            }
        }
    }
}
