package org.widthlab.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.input.Grammar;
import org.widthlab.input.InputException;
import org.widthlab.input.Values;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/**
 * A setting of an experiment that a grid can vary: the preset, activation, depth, data set, input
 * dimension, batch, steps, learning rate, or one exponent {@code a_l}, {@code b_l}, {@code c}. Widths
 * and seeds are the grid's own dimensions, not axes. Values are kept as canonical texts (exponents
 * exact, numbers as Java's shortest round-trip decimal), so a cell's axis values say exactly what ran.
 *
 * @param kind  which setting
 * @param layer l = 1..L+1 for {@code a_l} and {@code b_l}; 0 otherwise
 */
public record Axis(Kind kind, int layer) implements Comparable<Axis> {

    /** The settings an axis can vary, in the order they are applied to an experiment. */
    public enum Kind {
        PRESET("preset", "preset"),
        DEPTH("depth", "depth L"),
        ACTIVATION("activation", "activation"),
        A("a", "a"),
        B("b", "b"),
        C("c", "c"),
        DATA("data", "data set"),
        INPUT_DIM("inputDim", "input dimension d"),
        BATCH("batch", "batch B"),
        STEPS("steps", "steps T"),
        LEARNING_RATE("learningRate", "learning rate η");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    public Axis {
        boolean layered = kind == Kind.A || kind == Kind.B;
        if (layered != (layer > 0)) {
            throw new IllegalArgumentException(layered ? "the exponent " + kind.id + " needs a layer, e.g. "
                    + kind.id + "1" : kind.id + " has no layer");
        }
    }

    public static Axis of(Kind kind) {
        return new Axis(kind, 0);
    }

    public static final Axis LEARNING_RATE = of(Kind.LEARNING_RATE);
    public static final Axis PRESET = of(Kind.PRESET);

    /** The name in grid files, CSV columns and {@code --vary}: {@code learningRate}, {@code a3}, {@code c}, ... */
    public String id() {
        return layer > 0 ? kind.id + layer : kind.id;
    }

    /** A name for charts: {@code learning rate η}, {@code a_3}, ... */
    public String label() {
        return layer > 0 ? kind.label + "_" + layer : kind.label;
    }

    /** The axis of this name; throws listing the names otherwise. */
    public static Axis fromId(String id) {
        String s = id.strip();
        for (Kind kind : Kind.values()) {
            if (s.equals(kind.id) && kind != Kind.A && kind != Kind.B) {
                return of(kind);
            }
            if ((kind == Kind.A || kind == Kind.B) && s.length() > 1 && s.startsWith(kind.id)
                    && s.substring(1).chars().allMatch(Character::isDigit)) {
                return new Axis(kind, Integer.parseInt(s.substring(1)));
            }
        }
        throw new IllegalArgumentException("unknown axis '" + id + "': expected one of " + Arrays.stream(Kind.values())
                .map(k -> k == Kind.A || k == Kind.B ? k.id + "1, " + k.id + "2, ..." : k.id)
                .collect(Collectors.joining(", ")));
    }

    /** Whether the values are numbers that can be drawn on a numeric axis (and ordered). */
    public boolean numeric() {
        return kind != Kind.PRESET && kind != Kind.ACTIVATION && kind != Kind.DATA;
    }

    /** Whether the values are positive and best drawn on a logarithmic axis. */
    public boolean logarithmic() {
        return kind == Kind.LEARNING_RATE || kind == Kind.BATCH || kind == Kind.INPUT_DIM;
    }

    /** A value as a number (exponents as their double value); NaN for names. */
    public double numericValue(String value) {
        return switch (kind) {
            case PRESET, ACTIVATION, DATA -> Double.NaN;
            case A, B, C -> Exponent.parse(value).toDouble();
            default -> Double.parseDouble(value);
        };
    }

    /**
     * Parses a list of values in the input grammar ({@link Grammar}) into canonical texts, each checked: depth and
     * steps count ({@code 1..4}), input dimension and batch double ({@code 8..64}), the learning rate steps its
     * power ({@code 2^-8..2^4}), exponents need a step ({@code 0..1 step 1/4}).
     *
     * @throws IllegalArgumentException naming this axis and the value at fault
     */
    public List<String> parseValues(String text) {
        try {
            List<String> values = switch (kind) {
                case PRESET -> Grammar.list(Values.PRESET, text).stream().map(Preset::id).toList();
                case ACTIVATION -> Grammar.list(Values.ACTIVATION, text).stream().map(Activation::id).toList();
                case DATA -> Grammar.list(Values.DATA_SET, text).stream().map(DataSetKind::id).toList();
                case A, B, C -> Grammar.list(Values.EXPONENT, text).stream().map(Exponent::toString).toList();
                case DEPTH, STEPS -> Grammar.list(Values.COUNT, text).stream().map(String::valueOf).toList();
                case INPUT_DIM, BATCH -> Grammar.list(Values.SIZE, text).stream().map(String::valueOf).toList();
                case LEARNING_RATE -> Grammar.list(Values.NUMBER, text).stream().map(String::valueOf).toList();
            };
            return distinct(values);
        } catch (InputException e) {
            throw new IllegalArgumentException(id() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(id() + ": " + e.getMessage());
        }
    }

    private List<String> distinct(List<String> values) {
        List<String> seen = new ArrayList<>();
        for (String v : values) {
            if (seen.contains(v)) {
                throw new IllegalArgumentException(v + " is given twice");
            }
            seen.add(v);
        }
        return seen;
    }

    /**
     * The experiment with this axis set to {@code value} (a canonical text from {@link #parseValues}).
     *
     * @throws IllegalArgumentException when the value does not fit the experiment (a layer beyond its depth,
     *                                  a depth for explicit exponents, ...), naming this axis
     */
    public Experiment apply(Experiment e, String value) {
        try {
            Parametrization p = e.parametrization();
            return switch (kind) {
                case PRESET -> e.withParametrization(keepReadout(p, Grammar.one(Values.PRESET, value).at(p.depth(),
                        p.activation())));
                case DEPTH -> {
                    Preset preset = Preset.matching(withoutZeroReadout(p)).orElseThrow(() -> new IllegalArgumentException(
                            "a depth axis needs a preset (the exponents given are for L = " + p.depth() + ")"));
                    yield e.withParametrization(keepReadout(p, preset.at(Integer.parseInt(value), p.activation())));
                }
                case ACTIVATION -> e.withParametrization(p.withActivation(Grammar.one(Values.ACTIVATION, value)));
                case A, B -> {
                    if (layer > p.depth() + 1) {
                        throw new IllegalArgumentException("layer " + layer + " does not exist at depth L = " + p.depth()
                                + " (layers 1.." + (p.depth() + 1) + ")");
                    }
                    List<Exponent> a = new ArrayList<>(p.a());
                    List<Exponent> b = new ArrayList<>(p.b());
                    (kind == Kind.A ? a : b).set(layer - 1, Exponent.parse(value));
                    yield e.withParametrization(new Parametrization(p.depth(), a, b, p.c(), p.activation()));
                }
                case C -> e.withParametrization(new Parametrization(p.depth(), p.a(), p.b(), Exponent.parse(value),
                        p.activation()));
                case DATA -> {
                    DataSetKind set = Grammar.one(Values.DATA_SET, value);
                    yield new Experiment(p, set, set.fixedInputDim().orElse(e.inputDim()), e.batch(), e.steps(),
                            e.learningRate(), e.widths(), e.seeds(), e.seed(), e.measureNtk());
                }
                case INPUT_DIM -> new Experiment(p, e.dataSet(), Integer.parseInt(value), e.batch(), e.steps(),
                        e.learningRate(), e.widths(), e.seeds(), e.seed(), e.measureNtk());
                case BATCH -> new Experiment(p, e.dataSet(), e.inputDim(), Integer.parseInt(value), e.steps(),
                        e.learningRate(), e.widths(), e.seeds(), e.seed(), e.measureNtk());
                case STEPS -> new Experiment(p, e.dataSet(), e.inputDim(), e.batch(), Integer.parseInt(value),
                        e.learningRate(), e.widths(), e.seeds(), e.seed(), e.measureNtk());
                case LEARNING_RATE -> new Experiment(p, e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                        Double.parseDouble(value), e.widths(), e.seeds(), e.seed(), e.measureNtk());
            };
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(id() + " = " + value + ": " + ex.getMessage());
        }
    }

    /** The current value of this axis in {@code e}, as a canonical text (the preset: its id, or "custom"). */
    public String valueIn(Experiment e) {
        Parametrization p = e.parametrization();
        return switch (kind) {
            case PRESET -> Preset.matching(withoutZeroReadout(p)).map(Preset::id).orElse("custom");
            case DEPTH -> String.valueOf(p.depth());
            case ACTIVATION -> p.activation().id();
            case A -> layer <= p.depth() + 1 ? p.a(layer).toString() : "";
            case B -> layer <= p.depth() + 1 ? p.b(layer).toString() : "";
            case C -> p.c().toString();
            case DATA -> e.dataSet().id();
            case INPUT_DIM -> String.valueOf(e.inputDim());
            case BATCH -> String.valueOf(e.batch());
            case STEPS -> String.valueOf(e.steps());
            case LEARNING_RATE -> String.valueOf(e.learningRate());
        };
    }

    private static Parametrization withoutZeroReadout(Parametrization p) {
        if (!p.readoutStartsAtZero()) {
            return p;
        }
        for (Preset preset : Preset.values()) {
            if (preset.supportsDepth(p.depth())) {
                Parametrization candidate = preset.at(p.depth(), p.activation());
                if (candidate.withZeroReadout().equals(p)) {
                    return candidate;
                }
            }
        }
        return p;
    }

    /** {@code next}, with its readout starting at zero if {@code previous}'s did. */
    private static Parametrization keepReadout(Parametrization previous, Parametrization next) {
        return previous.readoutStartsAtZero() ? next.withZeroReadout() : next;
    }

    @Override
    public int compareTo(Axis other) {
        int c = kind.compareTo(other.kind);
        return c != 0 ? c : Integer.compare(layer, other.layer);
    }

    @Override
    public String toString() {
        return id();
    }
}
