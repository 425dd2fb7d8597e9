package org.widthlab.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one grammar for everything a user types, in the window, on the command line and in files.
 *
 * <pre>
 *   list  := item { (',' | ';' | blank) item }
 *   item  := value | value '..' value [ 'step' value ]
 * </pre>
 *
 * A value is read by its {@link ValueType}; a range unfolds by the type's rule: sizes double
 * ({@code 64..2048}), counts count ({@code 1..4}), powers step their power ({@code 2^-8..2^4}), other
 * numbers and exponents need a step ({@code 0.1..0.5 step 0.1}, {@code 0..1 step 1/4}), and any range
 * may give its step. A list has at
 * most {@value #MAX_VALUES} values.
 */
public final class Grammar {

    /** The most values one list may unfold to (a grid axis, a list of widths). */
    public static final int MAX_VALUES = 10_000;

    private static final String RANGE = "..";
    private static final String STEP = "step";

    private Grammar() {
    }

    /**
     * Exactly one value of {@code type}.
     *
     * @throws InputException when the text is empty, not such a value, or more than one value
     */
    public static <T> T one(ValueType<T> type, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InputException("give " + type.what());
        }
        if (t.contains(RANGE)) {
            throw new InputException(InputException.quote(t) + " is a range: give one value here");
        }
        if (t.matches(".*[,;].*") || t.matches(".*\\S\\s+\\S.*")) {
            throw new InputException(InputException.quote(t) + " is more than one value: give " + type.what()
                    + (t.matches("-?\\d+,\\d+") ? " (with a decimal point: a comma separates the values of a list)" : ""));
        }
        return type.parse(t);
    }

    /**
     * One or more values of {@code type}: values and ranges separated by commas, semicolons or blanks.
     *
     * @throws InputException naming the item at fault
     */
    public static <T> List<T> list(ValueType<T> type, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InputException("give " + type.what() + ", or several separated by commas");
        }
        List<T> values = new ArrayList<>();
        List<String> items = items(t);
        for (int k = 0; k < items.size(); k++) {
            try {
                values.addAll(item(type, items.get(k)));
            } catch (InputException e) {
                throw items.size() == 1 ? e : new InputException("value " + (k + 1) + ": " + e.getMessage());
            }
            if (values.size() > MAX_VALUES) {
                throw new InputException(InputException.quote(t) + " gives more than " + MAX_VALUES + " values");
            }
        }
        return List.copyOf(values);
    }

    /** One item of a list: a value, or the values of a range. */
    private static <T> List<T> item(ValueType<T> type, String item) {
        int dots = item.indexOf(RANGE);
        if (dots < 0) {
            return List.of(type.parse(item));
        }
        String from = item.substring(0, dots).strip();
        String to = item.substring(dots + RANGE.length()).strip();
        String step = null;
        int stepAt = indexOfWord(to, STEP);
        if (stepAt >= 0) {
            step = to.substring(stepAt + STEP.length()).strip();
            to = to.substring(0, stepAt).strip();
            if (step.isEmpty()) {
                throw new InputException(InputException.quote(item) + ": give the step after 'step'");
            }
        }
        if (from.isEmpty() || to.isEmpty()) {
            throw new InputException(InputException.quote(item) + " is not a range: write FROM..TO");
        }
        return type.range(from, to, step);
    }

    /** The shortest text {@link #list} reads back as {@code values}. */
    public static <T> String format(ValueType<T> type, List<T> values) {
        Objects.requireNonNull(values, "values");
        return type.formatList(values);
    }

    /** The items of a list: split at commas and semicolons, and at blanks outside ranges. */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split("[,;]", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new InputException(InputException.quote(text) + " has an empty item between two commas");
            }
            if (p.contains(RANGE)) {
                items.add(p);
            } else {
                for (String word : p.split("\\s+")) {
                    items.add(word);
                }
            }
        }
        return items;
    }

    private static int indexOfWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean before = at == 0 || Character.isWhitespace(text.charAt(at - 1));
            int end = at + word.length();
            boolean after = end == text.length() || Character.isWhitespace(text.charAt(end));
            if (before && after) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }
}
