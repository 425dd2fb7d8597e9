package org.widthlab.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.Json;
import org.widthlab.store.StoredCell;

/**
 * A finished cell as one line of JSON, the form in which a cluster's results come home ({@code store
 * import DIR}): {@code {"key", "settings" (the cell's experiment file as a text), "width", "seed", "seconds",
 * "kernel", "measurements": [[step, layer, quantity, value, diverged], ...]}}, measurements in the order
 * measured, layer 0 where a quantity has none, non-finite values as the texts {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}. Reading checks that the key is the content hash of the settings
 * ({@link CellKey}), so a damaged or hand-edited line is refused rather than stored under a wrong key.
 */
public final class CellLines {

    private CellLines() {
    }

    /** The cell as one line of JSON (no line break inside). */
    public static String line(StoredCell cell) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("key", cell.key());
        root.put("settings", cell.settings());
        root.put("width", cell.width());
        root.put("seed", cell.seed());
        root.put("seconds", cell.seconds());
        root.put("kernel", cell.kernel());
        ArrayNode measurements = root.putArray("measurements");
        for (Measurement m : cell.measurements()) {
            ArrayNode row = measurements.addArray();
            row.add(m.step()).add(m.layer()).add(m.quantity().id());
            if (Double.isFinite(m.value())) {
                row.add(m.value());
            } else {
                row.add(Double.toString(m.value()));
            }
            row.add(m.diverged());
        }
        try {
            return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cell always converts to JSON", e);
        }
    }

    /**
     * Reads a line written by {@link #line}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static StoredCell parse(String line) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a cell is a JSON object");
        }
        String key = text(root, "key");
        String settings = text(root, "settings");
        String expected;
        try {
            expected = CellKey.of(ExperimentFile.fromJson(Json.MAPPER.readTree(settings)));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("cell " + key + ": its settings are not a one-width, one-seed experiment ("
                    + e.getMessage() + ")");
        }
        if (!expected.equals(key)) {
            throw new IllegalArgumentException("cell " + key + ": the key is not the hash of its settings (" + expected
                    + "): the line was changed or written by another engine version");
        }
        int width = integer(root, "width");
        long seed = root.path("seed").asLong();
        JsonNode rows = root.path("measurements");
        if (!rows.isArray()) {
            throw new IllegalArgumentException("cell " + key + ": 'measurements' must be an array");
        }
        List<Measurement> measurements = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() != 5) {
                throw new IllegalArgumentException("cell " + key + ": a measurement is [step, layer, quantity, value, diverged]");
            }
            JsonNode value = row.get(3);
            measurements.add(new Measurement(width, seed, row.get(0).asInt(), row.get(1).asInt(),
                    Quantity.fromId(row.get(2).asText()),
                    value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText()), row.get(4).asBoolean()));
        }
        return new StoredCell(key, settings, width, seed, measurements, root.path("seconds").asDouble(),
                text(root, "kernel"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a text");
        }
        return node.asText();
    }

    private static int integer(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number");
        }
        return node.asInt();
    }
}
