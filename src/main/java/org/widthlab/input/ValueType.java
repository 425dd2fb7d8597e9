package org.widthlab.input;

import java.util.List;

/**
 * A kind of value a user types: how to read one, how a range {@code FROM..TO} (or
 * {@code FROM..TO step S}) unfolds into values, and how to write a value back. {@link Grammar}
 * reads single values and lists of values of any type; {@link Values} holds the types.
 *
 * @param <T> the Java type of a value
 */
public interface ValueType<T> {

    /** What a value is, with its article: "a width", "a number", "an exponent". */
    String what();

    /**
     * Reads one value.
     *
     * @throws InputException saying what is wrong and what to write
     */
    T parse(String text);

    /**
     * The values of the range from {@code from} to {@code to} (both texts of values), in order.
     *
     * @param step the text of the step, or null for this type's own default
     * @throws InputException when this type has no ranges, or the range is empty or malformed
     */
    List<T> range(String from, String to, String step);

    /** The text {@link #parse} reads back as {@code value}. */
    String format(T value);

    /** The shortest text {@link Grammar#list} reads back as {@code values} (a range where one fits). */
    default String formatList(List<T> values) {
        return String.join(", ", values.stream().map(this::format).toList());
    }
}
