package org.widthlab.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.widthlab.theory.Exponent;

/**
 * The one grammar for lists of values, shared by the command line, the window and grid files. A list is
 * items separated by commas (or semicolons); an item is a single value or a range:
 *
 * <pre>
 *   widths, integers   64..2048            doubling: 64, 128, ..., 2048
 *                      1..4 step 1         1, 2, 3, 4
 *                      64, 100, 300        a list (blanks also separate plain integers)
 *   numbers            0.05, 1e-3, 2^-3    plain numbers and powers
 *                      2^-8..2^4           powers of 2 from 2^-8 to 2^4 (10^-3..10^0 likewise); "step 1/2" halves the step of the power
 *                      0.1..0.5 step 0.1   an evenly spaced range
 *   exponents          0, 1/2, -0.5, inf   exact (see {@link Exponent#parse})
 *                      -1/2..1/2 step 1/4  an exact range
 *   words              sp, mup             names, as given
 * </pre>
 *
 * Every parse fails with an {@link IllegalArgumentException} whose message says what to write instead.
 */
public final class ValueLists {

    /** A range may hold at most this many values (a typo like {@code step 1e-9} is refused, not expanded). */
    public static final int MAX_RANGE_VALUES = 10_000;

    private ValueLists() {
    }

    /** Widths or other positive integer lists: a doubling range {@code 64..2048}, a stepped range or a list. */
    public static List<Integer> integers(String text) {
        List<Integer> values = new ArrayList<>();
        for (String item : items(text, "give whole numbers, e.g. 64..1024 or 64, 128, 256")) {
            Range range = Range.of(item);
            if (range == null) {
                for (String part : item.split("\\s+")) {
                    values.add(whole(part));
                }
            } else if (range.step == null) {
                int from = whole(range.from);
                int to = whole(range.to);
                if (from < 1 || to < from) {
                    throw new IllegalArgumentException("a doubling range runs from a smaller positive number to a"
                            + " larger one, e.g. 64..1024; got '" + item + "'");
                }
                for (long n = from; n <= to; n *= 2) {
                    values.add((int) n);
                }
            } else {
                int from = whole(range.from);
                int to = whole(range.to);
                int step = whole(range.step);
                if (step < 1 || to < from) {
                    throw new IllegalArgumentException("a range runs upwards by a positive step, e.g. 1..4 step 1;"
                            + " got '" + item + "'");
                }
                checkCount((to - (long) from) / step + 1, item);
                for (long n = from; n <= to; n += step) {
                    values.add((int) n);
                }
            }
        }
        return values;
    }

    /** Numbers (learning rates and the like): plain numbers, powers {@code 2^-3}, power ranges, stepped ranges. */
    public static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        for (String item : items(text, "give numbers, e.g. 2^-8..2^4 or 0.01, 0.1")) {
            Range range = Range.of(item);
            if (range == null) {
                values.add(number(item));
            } else if (isPower(range.from) && isPower(range.to)) {
                double base = powerBase(range.from);
                if (base != powerBase(range.to)) {
                    throw new IllegalArgumentException("both ends of '" + item + "' need the same base, e.g. 2^-8..2^4");
                }
                Exponent from = powerExponent(range.from);
                Exponent to = powerExponent(range.to);
                Exponent step = range.step == null ? Exponent.ONE : exponent(range.step);
                for (Exponent e : exactRange(from, to, step, item)) {
                    values.add(Math.pow(base, e.toDouble()));
                }
            } else {
                if (range.step == null) {
                    throw new IllegalArgumentException("'" + item + "': give a step (e.g. 0.1..0.5 step 0.1) or powers"
                            + " (e.g. 2^-8..2^4)");
                }
                BigDecimal from = decimal(range.from);
                BigDecimal to = decimal(range.to);
                BigDecimal step = decimal(range.step);
                if (step.signum() <= 0 || to.compareTo(from) < 0) {
                    throw new IllegalArgumentException("a range runs upwards by a positive step; got '" + item + "'");
                }
                checkCount(to.subtract(from).divide(step, java.math.MathContext.DECIMAL64).longValue() + 1, item);
                for (BigDecimal x = from; x.compareTo(to) <= 0; x = x.add(step)) {
                    values.add(x.doubleValue());
                }
            }
        }
        return values;
    }

    /** Exact exponents: a list, or a range {@code -1/2..1/2 step 1/4}. */
    public static List<Exponent> exponents(String text) {
        List<Exponent> values = new ArrayList<>();
        for (String item : items(text, "give exponents, e.g. 0, 1/2, 1 or -1/2..1/2 step 1/4")) {
            Range range = Range.of(item);
            if (range == null) {
                values.add(exponent(item));
            } else {
                if (range.step == null) {
                    throw new IllegalArgumentException("'" + item + "': give a step, e.g. -1/2..1/2 step 1/4");
                }
                values.addAll(exactRange(exponent(range.from), exponent(range.to), exponent(range.step), item));
            }
        }
        return values;
    }

    /** Names, as given (trimmed); the caller checks them. */
    public static List<String> words(String text) {
        return items(text, "give one or more names separated by commas, e.g. sp, mup");
    }

    private static List<Exponent> exactRange(Exponent from, Exponent to, Exponent step, String item) {
        if (!from.isFinite() || !to.isFinite() || step.signum() <= 0 || to.isLessThan(from)) {
            throw new IllegalArgumentException("a range runs upwards by a positive step between finite ends; got '"
                    + item + "'");
        }
        checkCount((long) Math.floor(to.minus(from).toDouble() / step.toDouble() + 1e-9) + 1, item);
        List<Exponent> values = new ArrayList<>();
        for (Exponent x = from; !to.isLessThan(x); x = x.plus(step)) {
            values.add(x);
        }
        return values;
    }

    private static void checkCount(long count, String item) {
        if (count > MAX_RANGE_VALUES) {
            throw new IllegalArgumentException("'" + item + "' has " + count + " values, more than "
                    + MAX_RANGE_VALUES + ": use a larger step");
        }
    }

    private static List<String> items(String text, String hint) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;]")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(hint);
        }
        return items;
    }

    /** {@code FROM..TO} or {@code FROM..TO step STEP}; null when the item is not a range. */
    private record Range(String from, String to, String step) {
        static Range of(String item) {
            int dots = item.indexOf("..");
            if (dots < 0) {
                return null;
            }
            String rest = item.substring(dots + 2);
            String step = null;
            int at = rest.toLowerCase(Locale.ROOT).indexOf("step");
            if (at >= 0) {
                step = rest.substring(at + 4).strip();
                rest = rest.substring(0, at);
            }
            return new Range(item.substring(0, dots).strip(), rest.strip(), step);
        }
    }

    private static boolean isPower(String text) {
        return text.indexOf('^') > 0;
    }

    private static double powerBase(String text) {
        return number(text.substring(0, text.indexOf('^')));
    }

    private static Exponent powerExponent(String text) {
        return exponent(text.substring(text.indexOf('^') + 1));
    }

    private static double number(String text) {
        String s = text.strip();
        if (isPower(s)) {
            double value = Math.pow(powerBase(s), powerExponent(s).toDouble());
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("'" + s + "' is too large");
            }
            return value;
        }
        try {
            double value = Double.parseDouble(s);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number (write e.g. 0.05, 1e-3 or 2^-4)");
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number (write e.g. 0.1)");
        }
    }

    private static Exponent exponent(String text) {
        return Exponent.parse(text);
    }

    private static int whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a whole number");
        }
    }
}
