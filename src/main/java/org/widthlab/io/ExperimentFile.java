package org.widthlab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Setting;
import org.widthlab.engine.SettingException;
import org.widthlab.input.Grammar;
import org.widthlab.input.InputException;
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
 * Instead of a, b and c the parametrization may name {@code "preset": "mup"} (with depth and
 * activation). Writing goes to a temporary file that is then renamed over the target, so an existing
 * file is never left half-written.
 */
public final class ExperimentFile {

    public static final String FORMAT = "widthlab-experiment/1";
    /**
     * The extension of experiment files, registered with the desktop as the MIME type {@value #MIME_TYPE}
     * (a kind of JSON); files ending in {@code .json} are read the same way.
     */
    public static final String EXTENSION = ".widthlab";
    public static final String MIME_TYPE = "application/x-widthlab-experiment";

    private ExperimentFile() {
    }

    /**
     * Reads an experiment.
     *
     * @throws IOException with a message naming the file and what is wrong in it
     */
    public static Experiment read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not a text file in UTF-8");
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return fromJson(Json.MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    /** Writes an experiment atomically (temporary file, then rename). */
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

    /** Parses the JSON form; throws {@link IllegalArgumentException} naming the field at fault. */
    public static Experiment fromJson(JsonNode root) {
        String format = root.path("format").asText(FORMAT);
        if (!format.equals(FORMAT)) {
            throw new IllegalArgumentException("format '" + format + "' is not " + FORMAT);
        }
        JsonNode data = required(root, "data");
        JsonNode training = required(root, "training");
        try {
            return new Experiment(parametrization(required(root, "parametrization")),
                    grammar(Values.DATA_SET, text(required(data, "set"), "data.set"),
                            "data.set"),
                    integer(required(data, "inputDim"), "data.inputDim"), integer(required(data, "batch"), "data.batch"),
                    integer(required(training, "steps"), "training.steps"),
                    number(required(training, "learningRate"), "training.learningRate"), widths(required(root, "widths")),
                    root.has("seeds") ? integer(root.get("seeds"), "seeds") : 1,
                    root.has("seed") ? longInteger(root.get("seed"), "seed") : 0,
                    root.has("measureNtk") ? bool(root.get("measureNtk"), "measureNtk") : false);
        } catch (SettingException e) {
            throw new IllegalArgumentException(key(e.setting()) + ": " + e.getMessage(), e);
        }
    }

    /** The key of the file that holds a setting. */
    static String key(Setting setting) {
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

    /** An array of integers, or a text in the input grammar ({@code "64..2048"}). */
    private static List<Integer> widths(JsonNode node) {
        if (node.isTextual()) {
            return grammar(node.asText(), "widths");
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'widths' must be an array of integers or a text like \"64..2048\"");
        }
        List<Integer> widths = new ArrayList<>();
        node.forEach(n -> widths.add(integer(n, "widths")));
        return widths;
    }

    private static List<Integer> grammar(String text, String field) {
        try {
            return Grammar.list(Values.SIZE, text);
        } catch (InputException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** One value of {@code type} read by the input grammar, the complaint prefixed by the field. */
    private static <T> T grammar(ValueType<T> type, String text, String field) {
        try {
            return Grammar.one(type, text);
        } catch (InputException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static Parametrization parametrization(JsonNode node) {
        Activation activation = grammar(Values.ACTIVATION,
                node.path("activation").asText("relu"), "parametrization.activation");
        if (node.hasNonNull("preset")) {
            int depth = integer(required(node, "depth"), "parametrization.depth");
            return grammar(Values.PRESET, node.get("preset").asText(),
                    "parametrization.preset").at(depth, activation);
        }
        Parametrization p = Parametrization.of(exponents(required(node, "a"), "parametrization.a"),
                exponents(required(node, "b"), "parametrization.b"),
                grammar(Values.EXPONENT, text(required(node, "c"), "parametrization.c"), "parametrization.c"),
                activation);
        if (node.has("depth") && node.get("depth").asInt() != p.depth()) {
            throw new IllegalArgumentException("parametrization.depth " + node.get("depth").asInt()
                    + " does not match the " + (p.depth() + 1) + " exponents given");
        }
        return p;
    }

    /** An array of exponents, each a text in the input grammar ({@code "-1/2"}, {@code "inf"}). */
    private static List<Exponent> exponents(JsonNode array, String field) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array of exponents like \"-1/2\"");
        }
        List<Exponent> exponents = new ArrayList<>();
        for (int l = 0; l < array.size(); l++) {
            exponents.add(grammar(Values.EXPONENT, array.get(l).asText(), field + "[" + l + "]"));
        }
        return exponents;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return child;
    }

    private static String text(JsonNode node, String field) {
        if (!node.isValueNode()) {
            throw new IllegalArgumentException("'" + field + "' must be a text value");
        }
        return node.asText();
    }

    private static int integer(JsonNode node, String field) {
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer, got " + node);
        }
        return node.asInt();
    }

    private static long longInteger(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer, got " + node);
        }
        return node.asLong();
    }

    private static boolean bool(JsonNode node, String field) {
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false, got " + node);
        }
        return node.asBoolean();
    }

    /** A JSON number, or a text in the input grammar ({@code "1/8"}, {@code "2^-3"}). */
    private static double number(JsonNode node, String field) {
        if (node.isTextual()) {
            return grammar(Values.NUMBER, node.asText(), field);
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number, got " + node);
        }
        return node.asDouble();
    }
}
