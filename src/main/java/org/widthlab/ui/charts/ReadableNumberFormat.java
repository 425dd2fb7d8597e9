package org.widthlab.ui.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis labels that read well from the back of a classroom: three significant digits in plain
 * notation between 0.001 and 10 000 ("0.25", "1.5", "320"), "3e−7" style outside it.
 */
public final class ReadableNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    public static String readable(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x == 0 ? "0" : String.valueOf(x);
        }
        double magnitude = Math.abs(x);
        String text;
        if (magnitude >= 1e-3 && magnitude < 1e4) {
            text = new java.math.BigDecimal(x).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        } else {
            String[] parts = String.format(Locale.ROOT, "%.2e", x).split("e");
            String mantissa = parts[0].replaceAll("\\.?0+$", "");
            text = mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return text.replace('-', '−');
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(readable(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(readable((double) number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are only formatted");
    }
}
