package org.widthlab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.FittedSlope;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.theory.Verdict;

/**
 * The summary of a sweep as JSON, the contract of {@code sweep}: the settings (as in an experiment
 * file), the verdict ({@link VerdictJson}), the fitted slopes beside the predicted exponents, the
 * number of diverged runs and the sweep's wall time. Each slope comes with the slope of every seed alone,
 * their standard deviation, the standard error of the averaged slope and whether that is narrow enough to
 * judge ({@link FittedSlope#judgeable()}). Non-finite numbers and missing predictions are {@code null}
 * ({@code predictionNote} says why, where that needs saying, and otherwise what keeps a fit at moderate widths
 * from its prediction); an exactly-zero prediction is {@code null} with {@code "predictedExactlyZero": true}.
 */
public final class SweepJson {

    private SweepJson() {
    }

    public static ObjectNode of(Experiment e, Verdict verdict, List<FittedSlope> slopes, SweepOutcome outcome,
            String kernel) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("settings", ExperimentFile.toJson(e));
        root.set("verdict", VerdictJson.of(verdict));
        root.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        root.put("kernel", kernel);
        root.put("divergedRuns", outcome.divergedRuns());
        root.put("sweepSeconds", outcome.sweepSeconds());
        ArrayNode array = root.putArray("slopes");
        for (FittedSlope s : slopes) {
            ObjectNode node = array.addObject();
            node.put("quantity", s.quantity().id());
            if (s.layer() > 0) {
                node.put("layer", s.layer());
            } else {
                node.putNull("layer");
            }
            node.put("step", s.step());
            node.set("widths", Json.MAPPER.valueToTree(s.widths()));
            putNumber(node, "slopeAll", s.slopeAll());
            putNumber(node, "slopeLargest", s.slopeLargest());
            node.put("largestWidths", s.largestCount());
            ArrayNode seeds = node.putArray("seedSlopes");
            s.seedSlopes().forEach(seeds::add);
            putNumber(node, "seedSpread", s.seedSpread());
            putNumber(node, "standardError", s.standardError());
            node.put("judgeable", s.judgeable());
            putNumber(node, "predicted", s.hasPredictedExponent() ? s.predicted().slope() : Double.NaN);
            node.put("predictedExactlyZero", s.predicted() != null && s.predicted().isExactlyZero());
            putNumber(node, "differenceAll", s.differenceAll());
            putNumber(node, "differenceLargest", s.differenceLargest());
            if (s.predictionNote().isEmpty()) {
                node.putNull("predictionNote");
            } else {
                node.put("predictionNote", s.predictionNote());
            }
            node.put("zeroWidths", s.zeroWidths());
            node.put("divergedWidths", s.divergedWidths());
        }
        return root;
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
