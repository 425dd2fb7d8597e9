package org.widthlab.ui.charts;

import java.text.DecimalFormat;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.data.xy.XYSeriesCollection;

/** The logarithmic axes the charts share: width, a size spanning its data, and how a fitted slope is written. */
public final class LogAxes {

    private LogAxes() {
    }

    public static LogAxis width() {
        LogAxis width = new LogAxis("width n");
        width.setBase(2);
        width.setTickUnit(new NumberTickUnit(1));
        width.setNumberFormatOverride(new DecimalFormat("0"));
        width.setSmallestValue(1);
        return width;
    }

    /**
     * A log axis for sizes that spans at least one decade around the data, so that a flat line looks
     * flat and noise does not pass for a slope; ticks at powers of 2 over a few decades (…, 0.5, 1, 2,
     * 4, …), at powers of 10 beyond.
     */
    public static LogAxis size(String label, XYSeriesCollection dataset) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setNumberFormatOverride(new ReadableNumberFormat());
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double y = dataset.getYValue(s, i);
                if (y > 0 && Double.isFinite(y)) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        if (high > 0) {
            double middle = Math.sqrt(low * high);
            double span = Math.max(Math.sqrt(10), Math.sqrt(high / low) * 1.3);
            axis.setRange(middle / span, middle * span);
            double decades = 2 * Math.log10(span);
            axis.setTickUnit(new NumberTickUnit(decades <= 3 ? Math.log10(2) : Math.ceil(decades / 8)));
        }
        return axis;
    }

    /** "−0.49" with a true minus sign. */
    public static String formatSlope(double slope) {
        String s = String.format(Locale.ROOT, "%.2f", slope);
        return (s.equals("-0.00") ? "0.00" : s).replace('-', '−');
    }
}
