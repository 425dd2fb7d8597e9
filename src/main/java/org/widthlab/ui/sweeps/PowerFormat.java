package org.widthlab.ui.sweeps;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.widthlab.ui.charts.ReadableNumberFormat;

/** Tick labels of a base-2 axis: exact powers of two as {@code 2^-3}, anything else as a readable number. */
final class PowerFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private final NumberFormat other = new ReadableNumberFormat();

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        int exponent = Math.getExponent(number);
        if (number > 0 && number == Math.scalb(1.0, exponent) && exponent != 0 && exponent != 1) {
            return toAppendTo.append("2^").append(exponent < 0 ? "−" + (-exponent) : Integer.toString(exponent));
        }
        return other.format(number, toAppendTo, pos);
    }

    /**
     * A base-2 log axis labelled at powers of two, every 1, 2, 3, 4, 6, 8, … powers: the axis takes the
     * smallest step whose labels do not overlap at the size it is drawn (so a narrow panel or a large font
     * gets fewer labels, never a pile of them).
     */
    static LogAxis base2Axis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(2);
        axis.setSmallestValue(1e-300);
        TickUnits steps = new TickUnits();
        for (int powers : new int[] {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64, 128, 256, 512}) {
            steps.add(new NumberTickUnit(powers, new PowerFormat()));
        }
        axis.setStandardTickUnits(steps);
        axis.setNumberFormatOverride(new PowerFormat());
        axis.setAutoTickUnitSelection(true);
        return axis;
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return other.parse(source, parsePosition);
    }
}
