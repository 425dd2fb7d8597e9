package org.widthlab.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.widthlab.engine.DataSetKind;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Identified;
import org.widthlab.theory.Preset;

/**
 * The kinds of values WidthLab reads, each with its rule for ranges (see {@link Grammar}).
 *
 * <ul>
 *   <li>{@link #SIZE}: a whole number on a doubling scale (widths, batch, input dimension):
 *       {@code 64..2048} is 64, 128, …, 2048;</li>
 *   <li>{@link #COUNT}: a whole number that counts (depth, steps, seeds): {@code 1..4} is 1, 2, 3, 4;</li>
 *   <li>{@link #SEED}: a whole number (64 bits), counting;</li>
 *   <li>{@link #NUMBER}: a real number, written {@code 0.05}, {@code 1e-3}, {@code 1/8} or {@code 2^-3};
 *       {@code 2^-8..2^4} steps the power (13 values; {@code step 1/2} halves the step of the power), any
 *       other range needs its step ({@code 0.1..0.5 step 0.1}, counted in decimal);</li>
 *   <li>{@link #EXPONENT}: an exact width exponent ({@link Exponent#parse}: {@code -1/2}, {@code 0.25},
 *       {@code inf}); a range needs its step, {@code 0..1 step 1/4};</li>
 *   <li>{@link #BOOLEAN}: {@code true}/{@code false} (also yes/no, on/off);</li>
 *   <li>{@link #PRESET}, {@link #ACTIVATION}, {@link #DATA_SET}, or any {@link #choice}: one of a set of
 *       named choices ({@code mup}, {@code relu}); no ranges, list them ({@code sp,mup}).</li>
 * </ul>
 *
 * Whether a value is allowed where it is used (a batch of 0, a width above the largest) is for the
 * user of the value to say, e.g. {@code Experiment}; the grammar only reads.
 */
public final class Values {

    private Values() {
    }

    /** A whole number whose ranges double (from 1 or more). */
    public static final ValueType<Integer> SIZE = new WholeNumbers(true);

    /** A whole number whose ranges count up by one. */
    public static final ValueType<Integer> COUNT = new WholeNumbers(false);

    /** A seed: any whole number that fits in 64 bits; ranges count up by one. */
    public static final ValueType<Long> SEED = new Seeds();

    /** A real number; ranges step the power when both ends are powers of one base, else need a step. */
    public static final ValueType<Double> NUMBER = new Numbers();

    /** An exact exponent; ranges need a step. */
    public static final ValueType<Exponent> EXPONENT = new Exponents();

    public static final ValueType<Boolean> BOOLEAN = new Booleans();

    public static final ValueType<Preset> PRESET = choice(Preset.values(), "preset");

    public static final ValueType<Activation> ACTIVATION = choice(Activation.values(), "activation");

    public static final ValueType<DataSetKind> DATA_SET = choice(DataSetKind.values(), "data set");

    /** One of {@code choices}, named by its id (case and surrounding blanks ignored); no ranges. */
    public static <T extends Identified> ValueType<T> choice(T[] choices, String what) {
        return new Choices<>(choices.clone(), what);
    }

    /** "a preset", "an activation". */
    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static InputException noRange(String what, String example) {
        return new InputException(what + " has no ranges: list the values, e.g. " + example);
    }

    private static List<Integer> checkedSize(List<Integer> values, String from, String to) {
        if (values.isEmpty()) {
            throw new InputException(InputException.quote(from + ".." + to)
                    + " is empty: a range runs from a smaller value to a larger one");
        }
        return values;
    }

    private static final class WholeNumbers implements ValueType<Integer> {
        private final boolean doubling;

        WholeNumbers(boolean doubling) {
            this.doubling = doubling;
        }

        @Override
        public String what() {
            return "a whole number";
        }

        @Override
        public Integer parse(String text) {
            String t = text.strip();
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new InputException(InputException.quote(t) + (t.matches("[+-]?\\d+")
                        ? " is too large" : " is not a whole number"));
            }
        }

        @Override
        public List<Integer> range(String from, String to, String step) {
            int a = parse(from);
            int b = parse(to);
            List<Integer> values = new ArrayList<>();
            if (step == null && doubling) {
                if (a < 1) {
                    throw new InputException(InputException.quote(from + ".." + to) + ": a doubling range starts at 1"
                            + " or more (or give a step: FROM..TO step S)");
                }
                for (long n = a; n <= b && values.size() <= Grammar.MAX_VALUES; n *= 2) {
                    values.add((int) n);
                }
            } else {
                int s = step == null ? 1 : parse(step);
                if (s < 1) {
                    throw new InputException("the step of " + InputException.quote(from + ".." + to)
                            + " must be at least 1");
                }
                for (long n = a; n <= b && values.size() <= Grammar.MAX_VALUES; n += s) {
                    values.add((int) n);
                }
            }
            return checkedSize(values, from, to);
        }

        @Override
        public String format(Integer value) {
            return value.toString();
        }

        @Override
        public String formatList(List<Integer> values) {
            boolean series = values.size() >= 3;
            for (int i = 1; i < values.size() && series; i++) {
                long expected = doubling ? 2L * values.get(i - 1) : values.get(i - 1) + 1L;
                series = values.get(i) == expected;
            }
            return series ? values.get(0) + ".." + values.get(values.size() - 1)
                    : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    private static final class Seeds implements ValueType<Long> {
        @Override
        public String what() {
            return "a seed (a whole number)";
        }

        @Override
        public Long parse(String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new InputException(InputException.quote(text) + " is not a whole number");
            }
        }

        @Override
        public List<Long> range(String from, String to, String step) {
            long a = parse(from);
            long b = parse(to);
            long s = step == null ? 1 : parse(step);
            if (s < 1) {
                throw new InputException("the step of " + InputException.quote(from + ".." + to) + " must be at least 1");
            }
            List<Long> values = new ArrayList<>();
            for (long n = a; n <= b && values.size() <= Grammar.MAX_VALUES; n += s) {
                values.add(n);
                if (n > Long.MAX_VALUE - s) {
                    break;
                }
            }
            if (values.isEmpty()) {
                throw new InputException(InputException.quote(from + ".." + to) + " is empty");
            }
            return values;
        }

        @Override
        public String format(Long value) {
            return value.toString();
        }
    }

    /** A power {@code base^exponent} as written, e.g. 2^-8. */
    private record Power(double base, double exponent) {
    }

    private static final class Numbers implements ValueType<Double> {
        @Override
        public String what() {
            return "a number (e.g. 0.05, 1/8 or 2^-3)";
        }

        @Override
        public Double parse(String text) {
            String t = text.strip();
            double value;
            Power power = power(t);
            if (power != null) {
                value = Math.pow(power.base, power.exponent);
            } else {
                int slash = t.indexOf('/');
                value = slash < 0 ? decimal(t, t) : decimal(t.substring(0, slash), t) / decimal(t.substring(slash + 1), t);
            }
            if (!Double.isFinite(value)) {
                throw new InputException(InputException.quote(t) + " is not a finite number");
            }
            return value;
        }

        private static double decimal(String part, String whole) {
            String p = part.strip();
            try {
                if (p.length() > 40) {
                    throw new NumberFormatException();
                }
                return new BigDecimal(p).doubleValue();
            } catch (NumberFormatException e) {
                throw new InputException(InputException.quote(whole) + " is not a number (write e.g. 0.05, 1e-3, 1/8 or"
                        + " 2^-3)");
            }
        }

        /** {@code base^exponent} with decimal base and exponent, or null when the text is not written so. */
        private static Power power(String t) {
            int caret = t.indexOf('^');
            if (caret < 0) {
                return null;
            }
            double base = decimal(t.substring(0, caret), t);
            double exponent = decimal(t.substring(caret + 1), t);
            if (!(base > 0)) {
                throw new InputException(InputException.quote(t) + ": the base of a power must be above 0");
            }
            return new Power(base, exponent);
        }

        /**
         * Powers of one base step their power: {@code 2^-8..2^4} by 1, {@code 2^0..2^1 step 1/2} by 1/2 (the
         * power exact); any other range needs its step and is counted in decimal, so {@code 0.1..0.3 step 0.1}
         * is exactly 0.1, 0.2, 0.3.
         */
        @Override
        public List<Double> range(String from, String to, String step) {
            String range = InputException.quote(from + ".." + to);
            Power p = power(from.strip());
            Power q = power(to.strip());
            List<Double> values = new ArrayList<>();
            if (p != null && q != null) {
                if (p.base != q.base) {
                    throw new InputException(range + ": both ends need the same base, e.g. 2^-8..2^4");
                }
                Exponent first = EXPONENT.parse(powerText(from));
                Exponent last = EXPONENT.parse(powerText(to));
                Exponent by = step == null ? Exponent.ONE : EXPONENT.parse(step);
                if (!by.isFinite() || by.signum() <= 0) {
                    throw new InputException("the step of " + range + " must be above 0");
                }
                for (Exponent e = first; !e.isGreaterThan(last) && values.size() <= Grammar.MAX_VALUES; e = e.plus(by)) {
                    values.add(Math.pow(p.base, e.toDouble()));
                }
            } else {
                if (step == null) {
                    throw new InputException(range + ": give a step (e.g. 0.1..0.5 step 0.1) or powers (e.g."
                            + " 2^-8..2^4)");
                }
                BigDecimal a = plainDecimal(from);
                BigDecimal b = plainDecimal(to);
                BigDecimal s = plainDecimal(step);
                if (s.signum() <= 0) {
                    throw new InputException("the step of " + range + " must be above 0");
                }
                for (BigDecimal x = a; x.compareTo(b) <= 0 && values.size() <= Grammar.MAX_VALUES; x = x.add(s)) {
                    values.add(x.doubleValue());
                }
            }
            if (values.isEmpty()) {
                throw new InputException(range + " is empty: a range runs from a smaller value to a larger one");
            }
            return values;
        }

        /** The power of {@code base^power} as written. */
        private static String powerText(String text) {
            return text.strip().substring(text.strip().indexOf('^') + 1);
        }

        private static BigDecimal plainDecimal(String text) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new InputException(InputException.quote(text) + " is not a decimal number (a stepped range is"
                        + " written like 0.1..0.5 step 0.1)");
            }
        }

        /** Consecutive powers of 2 (three or more) as the range {@code 2^-8..2^4}; anything else as a list. */
        @Override
        public String formatList(List<Double> values) {
            boolean powers = values.size() >= 3;
            for (int i = 0; i < values.size() && powers; i++) {
                double v = values.get(i);
                powers = v > 0 && v == Math.scalb(1.0, Math.getExponent(v))
                        && (i == 0 || Math.getExponent(v) == Math.getExponent(values.get(i - 1)) + 1);
            }
            return powers ? "2^" + Math.getExponent(values.get(0)) + "..2^" + Math.getExponent(values.get(values.size() - 1))
                    : String.join(", ", values.stream().map(this::format).toList());
        }

        /** The shortest decimal that reads back as the same double ({@code 0.05}, {@code 1}, {@code 1.0E-7}). */
        @Override
        public String format(Double value) {
            double x = value;
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                return String.valueOf((long) x);
            }
            BigDecimal shortest = new BigDecimal(Double.toString(x));
            return Math.abs(x) >= 1e-4 && Math.abs(x) < 1e7 ? shortest.toPlainString()
                    : Double.toString(x).toLowerCase(Locale.ROOT);
        }
    }

    private static final class Exponents implements ValueType<Exponent> {
        @Override
        public String what() {
            return "an exponent (e.g. 0, 1/2, -0.5 or inf)";
        }

        @Override
        public Exponent parse(String text) {
            try {
                return Exponent.parse(text);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }

        @Override
        public List<Exponent> range(String from, String to, String step) {
            if (step == null) {
                throw new InputException("a range of exponents needs its step, e.g. 0..1 step 1/4");
            }
            Exponent a = parse(from);
            Exponent b = parse(to);
            Exponent s = parse(step);
            if (a.isInfinite() || b.isInfinite() || s.isInfinite() || s.signum() <= 0) {
                throw new InputException("a range of exponents runs between finite values with a step above 0, e.g."
                        + " 0..1 step 1/4");
            }
            List<Exponent> values = new ArrayList<>();
            for (Exponent x = a; !x.isGreaterThan(b) && values.size() <= Grammar.MAX_VALUES; x = x.plus(s)) {
                values.add(x);
            }
            if (values.isEmpty()) {
                throw new InputException(InputException.quote(from + ".." + to) + " is empty");
            }
            return values;
        }

        @Override
        public String format(Exponent value) {
            return value.toString();
        }
    }

    private static final class Booleans implements ValueType<Boolean> {
        @Override
        public String what() {
            return "true or false";
        }

        @Override
        public Boolean parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new InputException(InputException.quote(text) + " is not true or false");
            };
        }

        @Override
        public List<Boolean> range(String from, String to, String step) {
            throw noRange("true/false", "true,false");
        }

        @Override
        public String format(Boolean value) {
            return value.toString();
        }
    }

    private static final class Choices<T extends Identified> implements ValueType<T> {
        private final T[] choices;
        private final String what;

        Choices(T[] choices, String what) {
            this.choices = choices;
            this.what = what;
        }

        @Override
        public String what() {
            return article(what) + " (" + ids() + ")";
        }

        @Override
        public T parse(String text) {
            try {
                return Identified.byId(choices, text, what);
            } catch (IllegalArgumentException e) {
                throw new InputException("unknown " + what + " " + InputException.quote(text) + " (choose one of " + ids()
                        + ")");
            }
        }

        @Override
        public List<T> range(String from, String to, String step) {
            throw noRange(article(what), choices[0].id() + (choices.length > 1 ? "," + choices[1].id() : ""));
        }

        @Override
        public String format(T value) {
            return value.id();
        }

        private String ids() {
            return Arrays.stream(choices).map(Identified::id).collect(Collectors.joining(", "));
        }
    }
}
