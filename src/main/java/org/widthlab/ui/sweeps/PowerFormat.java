package org.widthlab.ui.sweeps;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
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

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return other.parse(source, parsePosition);
    }
}
