package org.widthlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Setting;
import org.widthlab.engine.SettingException;
import org.widthlab.input.Grammar;
import org.widthlab.input.ValueType;
import org.widthlab.input.Values;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/**
 * Experiment files: the JSON that {@code sweep --config FILE} reads and the window opens and saves.
 * A saved experiment reproduces what was on screen, seed included. Example:
 *
 * <pre>{@code
 * {
 *   "format": "widthlab-experiment/1",
 *   "parametrization": { "depth": 3, "a": ["-1/2","0","0","1/2"], "b": ["1/2","1/2","1/2","1/2"],
 *                        "c": "0", "activation": "relu" },
 *   "data": { "set": "gaussian", "inputDim": 32, "batch": 64 },
 *   "training": { "steps": 5, "learningRate": 0.05 },
 *   "widths": [64, 128, 256, 512, 1024, 2048, 4096],
 *   "seeds": 1, "seed": 0, "measureNtk": false
 * }
 * }</pre>
 *
 * Instead of a, b and c the parametrization may name {@code "preset": "mup"} (with depth and activation).
 * Exponents are texts in the input grammar ({@code "-1/2"}, {@code "inf"}) or plain numbers; the learning
 * rate a number or such a text ({@code "2^-3"}); widths an array or a text ({@code "64..2048"}).
 *
 * <p>Reading is strict: the file must be one JSON object (nothing after it, no key twice), each value of
 * its own type (a text is not taken for a number, nor a number for a text), and every problem is reported
 * at once. A key WidthLab does not know is a warning (it may come from a newer version). The writing goes
 * through {@link AtomicFile}.
 */
public final class ExperimentFile {

    public static final String FORMAT = "widthlab-experiment/1";
    /**
     * The extension of experiment files, registered with the desktop as the MIME type {@value #MIME_TYPE}
     * (a kind of JSON); files ending in {@code .json} are read the same way.
     */
    public static final String EXTENSION = ".widthlab";
    public static final String MIME_TYPE = "application/x-widthlab-experiment";

    /** The keys of an experiment file, by the object that holds them (the root is ""). */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "", Set.of("format", "parametrization", "data", "training", "widths", "seeds", "seed", "measureNtk"),
            "parametrization", Set.of("preset", "depth", "a", "b", "c", "activation"),
            "data", Set.of("set", "inputDim", "batch"),
            "training", Set.of("steps", "learningRate"));

    private ExperimentFile() {
    }

    /**
     * What a file holds: the experiment, with any setting the file lacks taken from
     * {@link DefaultExperiments#classroom()} and listed in {@link #missing()}; and warnings (unknown keys).
     */
    public record Contents(Experiment experiment, Set<Setting> missing, List<String> warnings) {
        public Contents {
            missing = Set.copyOf(missing);
            warnings = List.copyOf(warnings);
        }

        /** The experiment, if the file gave every setting; else names each one it lacks. */
        public Experiment complete() {
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", missing.stream().sorted()
                        .map(s -> "missing '" + key(s) + "'").toList()));
            }
            return experiment;
        }
    }

    /**
     * Reads an experiment; every setting must be in the file.
     *
     * @throws IOException with a message naming the file and everything wrong in it
     */
    public static Experiment read(Path file) throws IOException {
        try {
            return readContents(file).complete();
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads what an experiment file holds, leaving it to the caller to fill what it lacks (the command line
     * takes flags for it).
     *
     * @throws IOException with a message naming the file and everything wrong in it (missing settings aside)
     */
    public static Contents readContents(Path file) throws IOException {
        JsonNode root = InputFiles.readJson(file, InputFiles.readText(file, "an experiment file",
                InputFiles.MAX_SETTINGS_BYTES));
        try {
            return contents(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes an experiment atomically. */
    public static void write(Path file, Experiment experiment) throws IOException {
        AtomicFile.write(file, Json.MAPPER.writeValueAsString(toJson(experiment)) + "\n");
    }

    public static ObjectNode toJson(Experiment e) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode p = VerdictJson.parametrization(e.parametrization());
        p.remove("preset");
        root.set("parametrization", p);
        ObjectNode data = root.putObject("data");
        data.put("set", e.dataSet().id());
        data.put("inputDim", e.inputDim());
        data.put("batch", e.batch());
        ObjectNode training = root.putObject("training");
        training.put("steps", e.steps());
        training.put("learningRate", e.learningRate());
        root.set("widths", Json.MAPPER.valueToTree(e.widths()));
        root.put("seeds", e.seeds());
        root.put("seed", e.seed());
        root.put("measureNtk", e.measureNtk());
        return root;
    }

    /**
     * Parses the JSON form; every setting must be there, unknown keys are ignored.
     *
     * @throws IllegalArgumentException naming every key at fault
     */
    public static Experiment fromJson(JsonNode root) {
        return contents(root).complete();
    }

    /**
     * Parses the JSON form, filling what it lacks from the classroom default.
     *
     * @throws IllegalArgumentException naming every key at fault (all of them, separated by "; ")
     */
    static Contents contents(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an experiment file is one JSON object { ... }");
        }
        Reading r = new Reading();
        JsonNode format = root.get("format");
        if (format != null && !(format.isTextual() && format.asText().equals(FORMAT))) {
            r.problem("format", "is " + Failures.oneLine(format.toString()) + ", not \"" + FORMAT + "\"");
        }
        Experiment fallback = DefaultExperiments.classroom();
        Parametrization p = r.parametrization(root.get("parametrization"), fallback.parametrization());
        JsonNode data = r.object(root, "data");
        JsonNode training = r.object(root, "training");
        DataSetKind set = r.value(data, "set", Setting.DATA_SET, n -> r.choice(n, "data.set", Values.DATA_SET),
                fallback.dataSet());
        int fallbackInputDim = set.fixedInputDim().orElse(fallback.inputDim());
        int inputDim = r.value(data, "inputDim", Setting.INPUT_DIM, n -> r.integer(n, "data.inputDim"), fallbackInputDim);
        int batch = r.value(data, "batch", Setting.BATCH, n -> r.integer(n, "data.batch"), fallback.batch());
        int steps = r.value(training, "steps", Setting.STEPS, n -> r.integer(n, "training.steps"), fallback.steps());
        double rate = r.value(training, "learningRate", Setting.LEARNING_RATE,
                n -> r.number(n, "training.learningRate"), fallback.learningRate());
        List<Integer> widths = r.value(root, "widths", Setting.WIDTHS, r::widths, fallback.widths());
        // seeds, seed and measureNtk may be left out: one seed, seed 0, no NTK
        int seeds = r.value(root, "seeds", null, n -> r.integer(n, "seeds"), 1);
        long seed = r.value(root, "seed", null, n -> r.longInteger(n, "seed"), 0L);
        boolean ntk = r.value(root, "measureNtk", null, n -> r.bool(n, "measureNtk"), false);
        if (set.fixedInputDim().isPresent()) {
            r.missing.remove(Setting.INPUT_DIM);
        }
        r.unknownKeys(root, "");
        if (!r.problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", r.problems));
        }
        try {
            return new Contents(new Experiment(p, set, inputDim, batch, steps, rate, widths, seeds, seed, ntk),
                    r.missing, r.warnings);
        } catch (SettingException e) {
            throw new IllegalArgumentException(key(e.setting()) + ": " + e.getMessage(), e);
        }
    }

    /** The key of the file that holds a setting. */
    public static String key(Setting setting) {
        return switch (setting) {
            case PARAMETRIZATION -> "parametrization";
            case DATA_SET -> "data.set";
            case INPUT_DIM -> "data.inputDim";
            case BATCH -> "data.batch";
            case STEPS -> "training.steps";
            case LEARNING_RATE -> "training.learningRate";
            case WIDTHS -> "widths";
            case SEEDS -> "seeds";
            case SEED -> "seed";
            case MEASURE_NTK -> "measureNtk";
        };
    }

    /** One reading of a file: every problem found, the settings missing, the warnings. */
    private static final class Reading {
        final List<String> problems = new ArrayList<>();
        final Set<Setting> missing = EnumSet.noneOf(Setting.class);
        final List<String> warnings = new ArrayList<>();

        void problem(String key, String what) {
            problems.add("'" + key + "' " + what);
        }

        /** A JSON parser of one value that reports its problem and returns null instead of throwing. */
        interface Parse<T> {
            T from(JsonNode node);
        }

        /**
         * The value of {@code key} in {@code parent}, or {@code fallback} (and the setting noted missing, unless
         * it is null: optional) when it is absent or null; a problem, and {@code fallback}, when it cannot be read.
         */
        <T> T value(JsonNode parent, String key, Setting setting, Parse<T> parse, T fallback) {
            JsonNode node = parent == null ? null : parent.get(key);
            if (node == null || node.isNull()) {
                if (setting != null) {
                    missing.add(setting);
                }
                return fallback;
            }
            T value = parse.from(node);
            return value == null ? fallback : value;
        }

        /** The object under {@code key}; null (its settings missing) when absent, a problem when not an object. */
        JsonNode object(JsonNode root, String key) {
            JsonNode node = root.get(key);
            if (node != null && !node.isNull() && !node.isObject()) {
                problem(key, "must be an object { ... }, got " + kind(node));
                return null;
            }
            if (node != null && node.isObject()) {
                unknownKeys(node, key);
            }
            return node;
        }

        void unknownKeys(JsonNode node, String path) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!KEYS.get(path).contains(name)) {
                    warnings.add("unknown key '" + (path.isEmpty() ? "" : path + ".") + Failures.oneLine(name)
                            + "' ignored");
                }
            }
        }

        Parametrization parametrization(JsonNode node, Parametrization fallback) {
            if (node == null || node.isNull()) {
                missing.add(Setting.PARAMETRIZATION);
                return fallback;
            }
            if (!node.isObject()) {
                problem("parametrization", "must be an object { ... }, got " + kind(node));
                return fallback;
            }
            unknownKeys(node, "parametrization");
            int before = problems.size();
            Activation activation = node.has("activation")
                    ? choice(node.get("activation"), "parametrization.activation", Values.ACTIVATION)
                    : Activation.RELU;
            Integer depth = node.has("depth") ? integer(node.get("depth"), "parametrization.depth") : null;
            if (node.hasNonNull("preset")) {
                Preset preset = choice(node.get("preset"), "parametrization.preset", Values.PRESET);
                if (node.has("a") || node.has("b") || node.has("c")) {
                    problem("parametrization", "gives a preset and exponents a, b, c: give one or the other");
                }
                if (depth == null && !node.has("depth")) {
                    problem("parametrization.depth", "is missing (a preset needs the depth)");
                }
                if (problems.size() > before || activation == null || depth == null || preset == null) {
                    return fallback;
                }
                return grammar("parametrization.depth", () -> preset.at(depth, activation), fallback);
            }
            List<Exponent> a = exponents(node, "a");
            List<Exponent> b = exponents(node, "b");
            Exponent c = node.has("c") ? exponent(node.get("c"), "parametrization.c")
                    : missingPart("parametrization.c");
            if (problems.size() > before || a == null || b == null || c == null || activation == null) {
                return fallback;
            }
            Parametrization p = grammar("parametrization", () -> Parametrization.of(a, b, c, activation), null);
            if (p != null && depth != null && depth != p.depth()) {
                problem("parametrization.depth", "is " + depth + " but the " + a.size()
                        + " exponents a give L = " + p.depth());
            }
            return p == null ? fallback : p;
        }

        private <T> T missingPart(String key) {
            problem(key, "is missing (give a preset, or all of a, b and c)");
            return null;
        }

        private List<Exponent> exponents(JsonNode parametrization, String name) {
            String key = "parametrization." + name;
            JsonNode node = parametrization.get(name);
            if (node == null) {
                return missingPart(key);
            }
            if (!node.isArray()) {
                problem(key, "must be an array of exponents like [\"-1/2\", \"0\"], got " + kind(node));
                return null;
            }
            List<Exponent> exponents = new ArrayList<>();
            for (int l = 0; l < node.size(); l++) {
                exponents.add(exponent(node.get(l), key + "[" + l + "]"));
            }
            return exponents.contains(null) ? null : exponents;
        }

        private Exponent exponent(JsonNode node, String key) {
            if (!node.isTextual() && !node.isNumber()) {
                problem(key, "must be an exponent like \"-1/2\", \"inf\" or 0.5, got " + kind(node));
                return null;
            }
            return grammar(key, () -> Grammar.one(Values.EXPONENT, node.isTextual() ? node.asText()
                    : node.numberValue().toString()), null);
        }

        <T> T choice(JsonNode node, String key, ValueType<T> type) {
            if (!node.isTextual()) {
                problem(key, "must be a text naming " + type.what() + ", got " + kind(node));
                return null;
            }
            return grammar(key, () -> Grammar.one(type, node.asText()), null);
        }

        Integer integer(JsonNode node, String key) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                problem(key, "must be a whole number"
                        + (node.isIntegralNumber() ? " below 2^31" : "") + ", got " + kind(node));
                return null;
            }
            return node.intValue();
        }

        Long longInteger(JsonNode node, String key) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                problem(key, "must be a whole number" + (node.isIntegralNumber() ? " below 2^63" : "")
                        + ", got " + kind(node));
                return null;
            }
            return node.longValue();
        }

        Boolean bool(JsonNode node, String key) {
            if (!node.isBoolean()) {
                problem(key, "must be true or false, got " + kind(node));
                return null;
            }
            return node.booleanValue();
        }

        /** A JSON number, or a text in the input grammar ({@code "1/8"}, {@code "2^-3"}). */
        Double number(JsonNode node, String key) {
            if (node.isTextual()) {
                return grammar(key, () -> Grammar.one(Values.NUMBER, node.asText()), null);
            }
            if (!node.isNumber()) {
                problem(key, "must be a number, got " + kind(node));
                return null;
            }
            return node.doubleValue();
        }

        /** An array of whole numbers, or a text in the input grammar ({@code "64..2048"}). */
        List<Integer> widths(JsonNode node) {
            if (node.isTextual()) {
                return grammar("widths", () -> Grammar.list(Values.SIZE, node.asText()), null);
            }
            if (!node.isArray()) {
                problem("widths", "must be an array of whole numbers or a text like \"64..2048\", got " + kind(node));
                return null;
            }
            List<Integer> widths = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                widths.add(integer(node.get(i), "widths[" + i + "]"));
            }
            return widths.contains(null) ? null : widths;
        }

        /** {@code read}'s value; a problem under {@code key} (and {@code fallback}) when it refuses the input. */
        private <T> T grammar(String key, Supplier<T> read, T fallback) {
            try {
                return read.get();
            } catch (IllegalArgumentException e) {
                problems.add("'" + key + "': " + e.getMessage());
                return fallback;
            }
        }

        /** What a JSON value is, shortly: a text shows itself (cut short), a container its kind. */
        private static String kind(JsonNode node) {
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "an array";
            }
            if (node.isNull()) {
                return "null";
            }
            String text = node.toString();
            return Failures.oneLine(text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
    }
}
