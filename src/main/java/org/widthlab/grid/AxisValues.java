package org.widthlab.grid;

import java.util.List;
import java.util.Objects;

/**
 * The values a grid gives one axis, in the order given (canonical texts, see {@link Axis#parseValues}).
 */
public record AxisValues(Axis axis, List<String> values) {

    public AxisValues {
        Objects.requireNonNull(axis, "axis");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(axis.id() + ": give at least one value");
        }
    }

    /** Parses the values from text in the grammar of input grammar ({@link org.widthlab.input.Grammar}). */
    public static AxisValues parse(Axis axis, String text) {
        return new AxisValues(axis, axis.parseValues(text));
    }

    public int size() {
        return values.size();
    }
}
