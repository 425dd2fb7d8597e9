package org.widthlab.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.widthlab.engine.Experiment;
import org.widthlab.io.AtomicFile;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.InputFiles;
import org.widthlab.io.Json;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;

/**
 * Grid files: the JSON that {@code grid --config FILE} reads and the window's sweep workspace opens and
 * saves. A grid file is an experiment file ({@link ExperimentFile}) with a name and an {@code axes} object;
 * an experiment file is read as a grid without axes. Each axis takes a JSON array or a text in the grammar
 * of the input grammar ({@link Grammar}); the widths may be such a text too; a setting an axis gives may be left out of the
 * experiment part. Example (the μTransfer grid of the README):
 *
 * <pre>{@code
 * {
 *   "format": "widthlab-grid/1",
 *   "name": "muTransfer",
 *   "parametrization": { "preset": "sp", "depth": 2, "activation": "tanh" },
 *   "data": { "set": "teacher", "inputDim": 16, "batch": 64 },
 *   "training": { "steps": 20 },
 *   "widths": "128..2048",
 *   "seeds": 2, "seed": 0,
 *   "axes": { "preset": ["sp", "mup"], "learningRate": "2^-8..2^4" }
 * }
 * }</pre>
 *
 * Axis names: {@code preset, depth, activation, a1, a2, ..., b1, ..., c, data, inputDim, batch, steps,
 * learningRate}. Writing is atomic (an existing file is never left half-written).
 */
public final class GridFile {

    public static final String FORMAT = "widthlab-grid/1";

    private GridFile() {
    }

    /**
     * Reads a grid (or an experiment, as a grid without axes), checking every cell it describes.
     *
     * @throws IOException with a message naming the file and what is wrong in it
     */
    public static Grid read(Path file) throws IOException {
        JsonNode root = InputFiles.readJson(file, InputFiles.readText(file, "a grid file", InputFiles.MAX_SETTINGS_BYTES));
        String defaultName = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            Grid grid = fromJson(root, defaultName);
            grid.cells();
            return grid;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a grid from its JSON text (as stored with a remembered grid). */
    public static Grid parse(String json, String defaultName) {
        try {
            return fromJson(Json.MAPPER.readTree(json), defaultName);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Writes a grid atomically. */
    public static void write(Path file, Grid grid) throws IOException {
        AtomicFile.write(file, (Json.MAPPER.writeValueAsString(toJson(grid)) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The grid as JSON, axes as explicit arrays. */
    public static ObjectNode toJson(Grid grid) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", grid.name());
        ObjectNode experiment = ExperimentFile.toJson(grid.base());
        experiment.remove("format");
        root.setAll(experiment);
        ObjectNode axes = root.putObject("axes");
        for (AxisValues a : grid.axes()) {
            ArrayNode values = axes.putArray(a.axis().id());
            for (String v : a.values()) {
                values.add(jsonValue(a.axis(), v));
            }
        }
        return root;
    }

    /** An axis value as JSON: numbers as numbers, exponents (exact) and names as texts. */
    static JsonNode jsonValue(Axis axis, String value) {
        return switch (axis.kind()) {
            case LEARNING_RATE -> Json.MAPPER.getNodeFactory().numberNode(Double.parseDouble(value));
            case DEPTH, INPUT_DIM, BATCH, STEPS -> Json.MAPPER.getNodeFactory().numberNode(Integer.parseInt(value));
            default -> Json.MAPPER.getNodeFactory().textNode(value);
        };
    }

    /** A content hash of the grid's definition (its name left out): the same grid is remembered once. */
    public static String id(Grid grid) {
        ObjectNode json = toJson(grid);
        json.remove("name");
        try {
            return CellKey.sha256(Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a grid always converts to JSON", e);
        }
    }

    /** The grid's JSON text, as the store remembers it. */
    public static String text(Grid grid) {
        try {
            return Json.MAPPER.writeValueAsString(toJson(grid));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a grid always converts to JSON", e);
        }
    }

    /** Parses the JSON form; throws {@link IllegalArgumentException} naming the field at fault. */
    public static Grid fromJson(JsonNode node, String defaultName) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a grid file is a JSON object");
        }
        ObjectNode root = ((ObjectNode) node).deepCopy();
        String format = root.path("format").asText(ExperimentFile.FORMAT);
        if (!format.equals(FORMAT) && !format.equals(ExperimentFile.FORMAT)) {
            throw new IllegalArgumentException("format '" + format + "' is neither " + FORMAT + " nor "
                    + ExperimentFile.FORMAT);
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : defaultName;
        List<AxisValues> axes = axes(root.get("axes"));
        root.remove(List.of("format", "name", "axes"));
        JsonNode widths = root.get("widths");
        if (widths != null && widths.isTextual()) {
            try {
                root.set("widths", Json.MAPPER.valueToTree(Grammar.list(Values.SIZE, widths.asText())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("widths: " + e.getMessage());
            }
        }
        for (AxisValues a : axes) {
            fillFromAxis(root, a);
        }
        Experiment base = ExperimentFile.fromJson(root);
        return new Grid(name, base, axes);
    }

    private static List<AxisValues> axes(JsonNode node) {
        List<AxisValues> axes = new ArrayList<>();
        if (node == null || node.isNull()) {
            return axes;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'axes' must be an object like {\"learningRate\": \"2^-8..2^4\"}");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Axis axis = Axis.fromId(field.getKey());
            JsonNode values = field.getValue();
            String text;
            if (values.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode v : values) {
                    if (!v.isValueNode() || v.isNull()) {
                        throw new IllegalArgumentException("axes." + axis.id() + ": values must be numbers or texts");
                    }
                    parts.add(v.asText());
                }
                text = String.join(",", parts);
            } else if (values.isValueNode() && !values.isNull()) {
                text = values.asText();
            } else {
                throw new IllegalArgumentException("axes." + axis.id() + ": give an array of values or a text like"
                        + " \"2^-8..2^4\"");
            }
            try {
                axes.add(AxisValues.parse(axis, text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("axes." + e.getMessage());
            }
        }
        return axes;
    }

    /** Where the experiment part leaves out a setting this axis gives, takes the axis's first value. */
    private static void fillFromAxis(ObjectNode root, AxisValues a) {
        String first = a.values().get(0);
        ObjectNode p = object(root, "parametrization");
        ObjectNode data = object(root, "data");
        ObjectNode training = object(root, "training");
        switch (a.axis().kind()) {
            case PRESET -> {
                if (!p.has("preset") && !p.has("a")) {
                    p.put("preset", first);
                }
            }
            case DEPTH -> {
                if (!p.has("depth")) {
                    p.put("depth", Integer.parseInt(first));
                }
            }
            case ACTIVATION -> {
                if (!p.has("activation")) {
                    p.put("activation", first);
                }
            }
            case DATA -> {
                if (!data.has("set")) {
                    data.put("set", first);
                }
            }
            case INPUT_DIM -> {
                if (!data.has("inputDim")) {
                    data.put("inputDim", Integer.parseInt(first));
                }
            }
            case BATCH -> {
                if (!data.has("batch")) {
                    data.put("batch", Integer.parseInt(first));
                }
            }
            case STEPS -> {
                if (!training.has("steps")) {
                    training.put("steps", Integer.parseInt(first));
                }
            }
            case LEARNING_RATE -> {
                if (!training.has("learningRate")) {
                    training.put("learningRate", Double.parseDouble(first));
                }
            }
            case A, B, C -> {
            }
        }
    }

    private static ObjectNode object(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return root.putObject(field);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object");
        }
        return (ObjectNode) node;
    }
}
