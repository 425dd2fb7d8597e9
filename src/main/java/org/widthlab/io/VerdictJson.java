package org.widthlab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * zero-initialized readout's ω) and "exactly zero" sizes are {@code null}; exact fractions are also
 * given as strings under {@code parametrization} and {@code canonical}.
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
        putExponent(root, "omega", v.omega());
        putExponent(root, "r", v.r());
        root.set("rl", exponents(v.rl()));
        root.set("rlFirstStep", exponents(v.rlFirstStep()));
        ArrayNode conditions = root.putArray("conditions");
        for (Condition c : v.conditions()) {
            conditions.addObject().put("number", c.number()).put("name", c.name()).put("statement", c.statement())
                    .put("holds", c.holds()).put("detail", c.detail());
        }
        ObjectNode maximal = root.putObject("maximal");
        maximal.set("layers", Json.MAPPER.valueToTree(v.maximalLayers()));
        maximal.put("readoutUpdated", v.readoutUpdatedMaximally());
        maximal.put("readoutInitialized", v.readoutInitializedMaximally());
        root.set("exponents", exponents(v));
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
    private static ObjectNode exponents(Verdict v) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("h0", scalings(v.initialPreactivations()));
        putScaling(node, "f0", v.initialOutput());
        if (v.laterSteps().isPresent()) {
            putPredictions(node, v.laterSteps().get());
        } else {
            for (String key : PREDICTED_KEYS) {
                node.putNull(key);
            }
        }
        if (v.firstStep().isPresent()) {
            putPredictions(node.putObject("firstStep"), v.firstStep().get());
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

    private static void putPredictions(ObjectNode node, PredictedExponents e) {
        node.set("h", scalings(e.h()));
        node.set("x", scalings(e.x()));
        node.set("dWx", scalings(e.ownUpdate()));
        node.set("deltaH", scalings(e.deltaH()));
        node.set("deltaX", scalings(e.deltaX()));
        putScaling(node, "featureKernelChange", e.featureKernelChange());
        putScaling(node, "f", e.f());
        putScaling(node, "deltaF", e.deltaF());
    }

    private static ArrayNode exponents(List<Exponent> list) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(e -> {
            if (e.isInfinite()) {
                array.addNull();
            } else {
                array.add(e.toDouble());
            }
        });
        return array;
    }

    private static ArrayNode scalings(List<Scaling> list) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        list.forEach(s -> {
            if (s.isExactlyZero()) {
                array.addNull();
            } else {
                array.add(s.exponent().toDouble());
            }
        });
        return array;
    }

    private static void putExponent(ObjectNode node, String key, Exponent e) {
        if (e.isInfinite()) {
            node.putNull(key);
        } else {
            node.put(key, e.toDouble());
        }
    }

    private static void putScaling(ObjectNode node, String key, Scaling s) {
        if (s.isExactlyZero()) {
            node.putNull(key);
        } else {
            node.put(key, s.exponent().toDouble());
        }
    }
}
