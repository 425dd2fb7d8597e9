package org.widthlab.lessons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Quantity;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridFile;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.Json;

/**
 * Lesson files: plain JSON a teacher can write without code (the format is documented in
 * {@code src/main/resources/org/widthlab/lessons/README.md}). A lesson names a complete experiment once
 * (the same JSON as an experiment file); each step may change part of it, and the change carries over to
 * the steps after it:
 *
 * <pre>{@code
 * {
 *   "format": "widthlab-lesson/1",
 *   "id": "why-width", "title": "Why width is a problem", "summary": "…",
 *   "experiment": { …an experiment file's contents… },
 *   "steps": [
 *     { "title": "…", "page": "training", "text": "…", "notice": "…", "question": "…", "caption": "…",
 *       "experiment": { "training": { "learningRate": 0.1 } } }
 *   ]
 * }
 * }</pre>
 */
public final class LessonFile {

    public static final String FORMAT = "widthlab-lesson/1";
    /** The pages a step may show: the window's page ids for the explorer's charts, the verdict, the sweeps and
     * the case studies. */
    public static final Set<String> PAGES = Set.of("verdict", "coordinate", "feature", "training", "phase", "sweeps",
            "casestudies");
    /** The case studies a step may run (theory.md §9), named as the {@code casestudy} command names them. */
    public static final Set<String> CASE_STUDIES = Set.of("word2vec", "maml");
    /** The sweeps page's charts a step may show. */
    public static final Set<String> SWEEP_CHARTS = Set.of("transfer", "heatmap", "best");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern EXPONENT = Pattern.compile("c|[ab][1-9]");

    private LessonFile() {
    }

    /** Reads a lesson file; the message of the exception names the file, the step and what is wrong. */
    public static Lesson read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, file.toString());
    }

    /** Parses the text of a lesson file read from {@code source}. */
    public static Lesson parse(String text, String source) throws IOException {
        try {
            return fromJson(Json.MAPPER.readTree(text), source);
        } catch (JsonProcessingException e) {
            throw new IOException(source + ": not valid JSON (line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage());
        }
    }

    private static Lesson fromJson(JsonNode root, String source) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("a lesson file holds one JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("\"format\" must be \"" + FORMAT + "\"");
        }
        String id = required(root, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("\"id\" is lower-case letters, digits and dashes, got '" + id + "'");
        }
        if (!root.path("experiment").isObject()) {
            throw new IllegalArgumentException("\"experiment\" (a complete experiment, as in an experiment file) is missing");
        }
        JsonNode steps = root.path("steps");
        if (!steps.isArray() || steps.isEmpty()) {
            throw new IllegalArgumentException("\"steps\" must be a non-empty list");
        }
        ObjectNode experiment = root.get("experiment").deepCopy();
        List<LessonStep> list = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            try {
                JsonNode step = steps.get(k);
                if (step.path("experiment").isObject()) {
                    merge(experiment, (ObjectNode) step.get("experiment"));
                }
                list.add(step(step, experiment, root.path("title").asText("")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("step " + (k + 1) + ": " + e.getMessage());
            }
        }
        return new Lesson(id, required(root, "title"), text(root, "summary"), list, source);
    }

    private static LessonStep step(JsonNode node, ObjectNode experimentJson, String lessonTitle) {
        String page = required(node, "page");
        if (!PAGES.contains(page)) {
            throw new IllegalArgumentException("\"page\" is one of " + String.join(", ", PAGES.stream().sorted().toList())
                    + ", got '" + page + "'");
        }
        Optional<Grid> grid = grid(node, experimentJson, page, lessonTitle);
        Experiment experiment = grid.map(Grid::base).orElseGet(() -> ExperimentFile.fromJson(experimentJson));
        Optional<String> caseStudy = caseStudy(node, page);
        Optional<String> chart = Optional.ofNullable(node.path("chart").textValue());
        if (chart.isPresent() && (grid.isEmpty() || !SWEEP_CHARTS.contains(chart.get()))) {
            throw new IllegalArgumentException("\"chart\" goes with a grid and is one of "
                    + String.join(", ", SWEEP_CHARTS.stream().sorted().toList()) + ", got '" + chart.get() + "'");
        }
        Optional<Quantity> quantity = node.has("quantity") ? Optional.of(Quantity.fromId(node.get("quantity").asText()))
                : Optional.empty();
        OptionalInt t = OptionalInt.empty();
        if (node.has("step")) {
            int value = node.get("step").asInt(-1);
            if (!node.get("step").isInt() || value < 0 || value > experiment.steps()) {
                throw new IllegalArgumentException("\"step\" is a training step 0.." + experiment.steps() + ", got "
                        + node.get("step"));
            }
            t = OptionalInt.of(value);
        }
        boolean showsResults = Set.of("coordinate", "feature", "training").contains(page);
        return new LessonStep(required(node, "title"), experiment, page, quantity, t, exponent(node, "highlight"),
                exponent(node, "phaseX"), exponent(node, "phaseY"), text(node, "text"), text(node, "notice"),
                text(node, "question"), text(node, "caption"), node.path("run").asBoolean(showsResults), grid, chart, caseStudy);
    }

    /**
     * A step's {@code grid}: the axes (and any of {@code widths}, {@code seeds}, {@code name}) of a grid file
     * over the lesson's experiment so far; required on the sweeps page, refused elsewhere.
     */
    private static Optional<Grid> grid(JsonNode node, ObjectNode experiment, String page, String lessonTitle) {
        boolean sweeps = page.equals("sweeps");
        if (!node.has("grid")) {
            if (sweeps) {
                throw new IllegalArgumentException("a step on the sweeps page needs a \"grid\" (its axes)");
            }
            return Optional.empty();
        }
        if (!sweeps) {
            throw new IllegalArgumentException("\"grid\" goes with \"page\": \"sweeps\"");
        }
        if (!node.get("grid").isObject()) {
            throw new IllegalArgumentException("\"grid\" is an object with the grid's \"axes\"");
        }
        ObjectNode definition = experiment.deepCopy();
        merge(definition, (ObjectNode) node.get("grid"));
        try {
            return Optional.of(GridFile.fromJson(definition, lessonTitle));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"grid\": " + e.getMessage());
        }
    }

    /** A step's {@code caseStudy}: required on the case-studies page, refused elsewhere. */
    private static Optional<String> caseStudy(JsonNode node, String page) {
        boolean studies = page.equals("casestudies");
        if (!node.has("caseStudy")) {
            if (studies) {
                throw new IllegalArgumentException("a step on the casestudies page needs a \"caseStudy\" ("
                        + String.join(" or ", CASE_STUDIES.stream().sorted().toList()) + ")");
            }
            return Optional.empty();
        }
        String study = node.get("caseStudy").asText();
        if (!studies) {
            throw new IllegalArgumentException("\"caseStudy\" goes with \"page\": \"casestudies\"");
        }
        if (!CASE_STUDIES.contains(study)) {
            throw new IllegalArgumentException("\"caseStudy\" is " + String.join(" or ", CASE_STUDIES.stream().sorted()
                    .toList()) + ", got '" + study + "'");
        }
        return Optional.of(study);
    }

    private static Optional<String> exponent(JsonNode node, String key) {
        if (!node.has(key)) {
            return Optional.empty();
        }
        String value = node.get(key).asText();
        if (!EXPONENT.matcher(value).matches()) {
            throw new IllegalArgumentException("\"" + key + "\" names an exponent like c, a3 or b2, got '" + value + "'");
        }
        return Optional.of(value);
    }

    private static String required(JsonNode node, String key) {
        String value = node.path(key).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        return value;
    }

    /** A text, or a list of lines joined by spaces (so that long prose can be written line by line). */
    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isArray()) {
            List<String> lines = new ArrayList<>();
            value.forEach(line -> lines.add(line.asText()));
            return String.join(" ", lines);
        }
        return value.asText("");
    }

    /**
     * Copies every field of {@code change} into the experiment {@code target}, recursing into objects; a
     * changed {@code parametrization} replaces the old one whole (a preset and explicit exponents do not mix).
     */
    static void merge(ObjectNode target, ObjectNode change) {
        mergeInto(target, change, true);
    }

    private static void mergeInto(ObjectNode target, ObjectNode change, boolean top) {
        for (Iterator<Map.Entry<String, JsonNode>> it = change.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            boolean whole = top && field.getKey().equals("parametrization");
            if (!whole && existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode inner) {
                mergeInto(object, inner, false);
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
