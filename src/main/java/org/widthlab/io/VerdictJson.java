package org.widthlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.widthlab.theory.Condition;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.PredictedExponents;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Scaling;
import org.widthlab.theory.Verdict;

/**
 * A {@link Verdict} as JSON, the contract of {@code classify}: exponents are JSON numbers; +∞ (a
 * zero-initialized readout's ω) and "exactly zero" sizes are {@code null}. Beside each exponent its exact
 * fraction is given as a string, under the same key with {@code Exact} appended ({@code "omegaExact": "1/2"},
 * {@code "exponentsExact"} mirroring {@code "exponents"}); so are the exponents under {@code parametrization}
 * and {@code canonical}.
 */
public final class VerdictJson {

    private VerdictJson() {
    }

    public static ObjectNode of(Verdict v) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        Parametrization p = v.parametrization();
        root.set("parametrization", parametrization(p));
        root.set("canonical", parametrization(p.canonical()));
        root.put("regime", v.regime().id());
        root.put("stable", v.stable());
        root.put("nontrivial", v.nontrivial());
        root.put("featureLearning", v.featureLearning());
        for (Form form : Form.values()) {
            root.set("omega" + form.suffix, form.of(v.omega()));
            root.set("r" + form.suffix, form.of(v.r()));
            root.set("rl" + form.suffix, exponents(v.rl(), form));
            root.set("rlFirstStep" + form.suffix, exponents(v.rlFirstStep(), form));
        }
        ArrayNode conditions = root.putArray("conditions");
        for (Condition c : v.conditions()) {
            conditions.addObject().put("number", c.number()).put("name", c.name()).put("statement", c.statement())
                    .put("holds", c.holds()).put("detail", c.detail());
        }
        ObjectNode maximal = root.putObject("maximal");
        maximal.set("layers", Json.MAPPER.valueToTree(v.maximalLayers()));
        maximal.put("readoutUpdated", v.readoutUpdatedMaximally());
        maximal.put("readoutInitialized", v.readoutInitializedMaximally());
        for (Form form : Form.values()) {
            root.set("exponents" + form.suffix, exponents(v, form));
        }
        if (v.kernelContributions().isEmpty()) {
            root.putNull("kernelLayers");
        } else {
            root.set("kernelLayers", Json.MAPPER.valueToTree(v.survivingKernelLayers()));
        }
        root.put("explanation", v.explanation());
        root.set("caveats", Json.MAPPER.valueToTree(v.caveats()));
        return root;
    }

    /** The parametrization with its exponents as exact strings ({@code "-1/2"}, {@code "inf"}). */
    public static ObjectNode parametrization(Parametrization p) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("depth", p.depth());
        node.set("a", Json.MAPPER.valueToTree(p.a().stream().map(Exponent::toString).toList()));
        node.set("b", Json.MAPPER.valueToTree(p.b().stream().map(Exponent::toString).toList()));
        node.put("c", p.c().toString());
        node.put("activation", p.activation().id());
        Preset.matching(p).ifPresentOrElse(preset -> node.put("preset", preset.id()), () -> node.putNull("preset"));
        return node;
    }

    /**
     * Predicted exponents from step 2 on at top level, those of step 1 under {@code firstStep};
     * {@code laterStepsNote} says why the top level is null (unstable in training: only step 1 is predicted).
     */
    private static ObjectNode exponents(Verdict v, Form form) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("h0", scalings(v.initialPreactivations(), form));
        putScaling(node, "f0", v.initialOutput(), form);
        if (v.laterSteps().isPresent()) {
            putPredictions(node, v.laterSteps().get(), form);
        } else {
            for (String key : PREDICTED_KEYS) {
                node.putNull(key);
            }
        }
        if (v.firstStep().isPresent()) {
            putPredictions(node.putObject("firstStep"), v.firstStep().get(), form);
        } else {
            node.putNull("firstStep");
        }
        if (v.laterStepsNote().isEmpty()) {
            node.putNull("laterStepsNote");
        } else {
            node.put("laterStepsNote", v.laterStepsNote());
        }
        return node;
    }

    private static final List<String> PREDICTED_KEYS = List.of("h", "x", "dWx", "deltaH", "deltaX",
            "featureKernelChange", "f", "deltaF");

    private static void putPredictions(ObjectNode node, PredictedExponents e, Form form) {
        node.set("h", scalings(e.h(), form));
        node.set("x", scalings(e.x(), form));
        node.set("dWx", scalings(e.ownUpdate(), form));
        node.set("deltaH", scalings(e.deltaH(), form));
        node.set("deltaX", scalings(e.deltaX(), form));
        putScaling(node, "featureKernelChange", e.featureKernelChange(), form);
        putScaling(node, "f", e.f(), form);
        putScaling(node, "deltaF", e.deltaF(), form);
    }

    /** How an exponent is written: a JSON number, or its exact fraction as a string ("-1/2"). */
    private enum Form {
        NUMBER(""), EXACT("Exact");

        final String suffix;

        Form(String suffix) {
            this.suffix = suffix;
        }

        /** The exponent in this form; null for +∞. */
        JsonNode of(Exponent e) {
            if (e.isInfinite()) {
                return NullNode.getInstance();
            }
            return this == NUMBER ? DoubleNode.valueOf(e.toDouble()) : TextNode.valueOf(e.toString());
        }
    }

    private static ArrayNode exponents(List<Exponent> list, Form form) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(e -> array.add(form.of(e)));
        return array;
    }

    private static ArrayNode scalings(List<Scaling> list, Form form) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(s -> array.add(s.isExactlyZero() ? NullNode.getInstance() : form.of(s.exponent())));
        return array;
    }

    private static void putScaling(ObjectNode node, String key, Scaling s, Form form) {
        node.set(key, s.isExactlyZero() ? NullNode.getInstance() : form.of(s.exponent()));
    }
}
