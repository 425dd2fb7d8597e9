package org.widthlab.grid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.widthlab.io.Json;

/**
 * The summary of a grid run as JSON, the contract of {@code grid}: {@code name}, {@code status},
 * {@code cells}, {@code computed}, {@code reused}, {@code diverged}, {@code seconds}, {@code store}, and for
 * the optimized axis ({@code optimized}, e.g. the learning rate) {@code best} — one entry per combination of
 * the other axes and width, naming those axes' values, the {@code width}, the best value (under the axis's
 * name, {@code null} when every value diverged) and its seed-averaged final {@code loss} — and
 * {@code bestExponent}: per combination, the log-log slope of the best value against width
 * ({@code exponent}) beside, for the learning rate, the theory's {@code predicted} exponent of the largest
 * stable rate. Non-finite numbers are {@code null}.
 */
public final class GridJson {

    private GridJson() {
    }

    public static ObjectNode of(GridResults results, GridOutcome outcome, Axis optimized, String store) {
        Grid grid = results.grid();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("name", grid.name());
        root.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        root.put("cells", outcome.cells());
        root.put("computed", outcome.computed());
        root.put("reused", outcome.reused());
        root.put("diverged", outcome.diverged());
        root.put("seconds", outcome.seconds());
        root.put("store", store);
        if (!outcome.message().isEmpty()) {
            root.put("message", outcome.message());
        }
        if (optimized == null) {
            root.putNull("optimized");
            root.putArray("best");
            root.putArray("bestExponent");
            return root;
        }
        root.put("optimized", optimized.id());
        List<Axis> context = results.contextAxes(optimized);
        ArrayNode best = root.putArray("best");
        for (GridResults.Best b : results.best(optimized)) {
            ObjectNode entry = best.addObject();
            putContext(entry, context, b.context());
            entry.put("width", b.width());
            if (b.best().isPresent()) {
                entry.set(optimized.id(), GridFile.jsonValue(optimized, b.best().get()));
            } else {
                entry.putNull(optimized.id());
            }
            putNumber(entry, "loss", b.loss());
        }
        ArrayNode exponents = root.putArray("bestExponent");
        for (GridResults.BestSlope s : results.bestSlopes(optimized)) {
            ObjectNode entry = exponents.addObject();
            putContext(entry, context, s.context());
            putNumber(entry, "exponent", s.exponent());
            if (s.predicted().isPresent()) {
                entry.put("predicted", s.predicted().get().toDouble());
            } else {
                entry.putNull("predicted");
            }
        }
        return root;
    }

    private static void putContext(ObjectNode entry, List<Axis> axes, List<String> values) {
        for (int i = 0; i < axes.size(); i++) {
            entry.set(axes.get(i).id(), GridFile.jsonValue(axes.get(i), values.get(i)));
        }
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
