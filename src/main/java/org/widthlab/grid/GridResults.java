package org.widthlab.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.widthlab.engine.Quantity;
import org.widthlab.engine.SlopeFits;
import org.widthlab.store.StoredCell;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.StableLearningRate;

/**
 * The finished cells of a grid, and what is read from them: a quantity's seed-averaged final value per point
 * and width, the best value of one axis per width (the μTransfer optimum), how that optimum moves with width,
 * and a quantity's fitted width-slope per point. Works on whatever has finished so far. Not thread-safe: one
 * thread adds and reads (the window's, or the command line's after the run).
 */
public final class GridResults {

    private final Grid grid;
    private final Map<Integer, GridCell> cells = new LinkedHashMap<>();
    private final Map<Integer, StoredCell> results = new java.util.TreeMap<>();
    /** point → width → cell index → result: the seeds of each point and width. */
    private final Map<List<String>, Map<Integer, Map<Integer, StoredCell>>> seeds = new java.util.HashMap<>();

    public GridResults(Grid grid) {
        this.grid = Objects.requireNonNull(grid, "grid");
    }

    public Grid grid() {
        return grid;
    }

    /** Adds a finished cell (a second result for the same cell replaces the first). */
    public void add(GridCell cell, StoredCell result) {
        cells.put(cell.index(), cell);
        results.put(cell.index(), result);
        seeds.computeIfAbsent(cell.point(), p -> new java.util.HashMap<>())
                .computeIfAbsent(cell.width(), w -> new LinkedHashMap<>()).put(cell.index(), result);
    }

    private java.util.Collection<StoredCell> seedsOf(List<String> point, int width) {
        return seeds.getOrDefault(point, Map.of()).getOrDefault(width, Map.of()).values();
    }

    /** How many cells have finished. */
    public int size() {
        return results.size();
    }

    /** The finished cells with their results, in the grid's order. */
    public List<Map.Entry<GridCell, StoredCell>> entries() {
        List<Map.Entry<GridCell, StoredCell>> list = new ArrayList<>();
        results.forEach((index, result) -> list.add(Map.entry(cells.get(index), result)));
        return list;
    }

    /**
     * The seed average of {@code quantity}'s final value (layer 0 for none) at this point and width: +∞ when a
     * seed diverged, NaN when no seed has finished.
     */
    public double seedMean(List<String> point, int width, Quantity quantity, int layer) {
        double sum = 0;
        int count = 0;
        for (StoredCell result : seedsOf(point, width)) {
            sum += result.finalValue(quantity, layer);
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Whether any finished seed at this point and width diverged. */
    public boolean diverged(List<String> point, int width) {
        return seedsOf(point, width).stream().anyMatch(StoredCell::diverged);
    }

    /**
     * The least-squares slope of log(seed-averaged final value) against log(width) at this point, over the
     * widths whose average is positive and finite; NaN with fewer than two.
     */
    public double widthSlope(List<String> point, Quantity quantity, int layer) {
        List<Integer> widths = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int width : grid.base().widths()) {
            double mean = seedMean(point, width, quantity, layer);
            if (Double.isFinite(mean) && mean > 0) {
                widths.add(width);
                values.add(mean);
            }
        }
        return SlopeFits.slope(widths, values, widths.size());
    }

    /**
     * The best value of {@code optimized} at one width, for one combination of the other axes' values.
     *
     * @param context the values of the other axes, in grid order (the optimized axis left out)
     * @param width   n
     * @param best    the value with the lowest seed-averaged final loss; empty when every value diverged
     * @param loss    that loss
     */
    public record Best(List<String> context, int width, Optional<String> best, double loss) {
    }

    /**
     * How the best value moves with width for one combination of the other axes.
     *
     * @param context   the values of the other axes, in grid order
     * @param exponent  the log-log slope of the best value against width (NaN with fewer than two widths, or
     *                  when the values are not all positive)
     * @param predicted for the learning rate, the exponent of the largest stable rate
     *                  ({@link StableLearningRate}; 0 for μP, −1 for SP); otherwise empty
     */
    public record BestSlope(List<String> context, double exponent, Optional<Exponent> predicted) {
    }

    /** The best value of {@code optimized} per context and width, in grid order; contexts without results are left out. */
    public List<Best> best(Axis optimized) {
        int axis = requireAxis(optimized);
        List<Best> best = new ArrayList<>();
        for (List<String> context : contexts(axis)) {
            for (int width : grid.base().widths()) {
                String bestValue = null;
                double bestLoss = Double.POSITIVE_INFINITY;
                boolean any = false;
                for (String value : grid.axes().get(axis).values()) {
                    double loss = seedMean(pointOf(context, axis, value), width, Quantity.LOSS, 0);
                    if (Double.isNaN(loss)) {
                        continue;
                    }
                    any = true;
                    if (loss < bestLoss) {
                        bestLoss = loss;
                        bestValue = value;
                    }
                }
                if (any) {
                    best.add(new Best(context, width, Optional.ofNullable(bestValue), bestLoss));
                }
            }
        }
        return best;
    }

    /** How the best value of {@code optimized} moves with width, per context. */
    public List<BestSlope> bestSlopes(Axis optimized) {
        int axis = requireAxis(optimized);
        List<Best> best = best(optimized);
        List<BestSlope> slopes = new ArrayList<>();
        for (List<String> context : contexts(axis)) {
            List<Integer> widths = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            boolean positive = true;
            for (Best b : best) {
                if (b.context().equals(context) && b.best().isPresent()) {
                    double v = optimized.numericValue(b.best().get());
                    positive &= v > 0;
                    widths.add(b.width());
                    values.add(v);
                }
            }
            if (widths.isEmpty()) {
                continue;
            }
            double exponent = positive ? SlopeFits.slope(widths, values, widths.size()) : Double.NaN;
            Optional<Exponent> predicted = optimized.equals(Axis.LEARNING_RATE)
                    ? parametrizationOf(context, axis).flatMap(StableLearningRate::widthExponent) : Optional.empty();
            slopes.add(new BestSlope(context, exponent, predicted));
        }
        return slopes;
    }

    /** The axes other than {@code optimized}, in grid order (the names of a {@link Best#context()}). */
    public List<Axis> contextAxes(Axis optimized) {
        int axis = requireAxis(optimized);
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < grid.axes().size(); i++) {
            if (i != axis) {
                axes.add(grid.axes().get(i).axis());
            }
        }
        return axes;
    }

    private Optional<org.widthlab.theory.Parametrization> parametrizationOf(List<String> context, int axis) {
        for (Map.Entry<Integer, GridCell> e : cells.entrySet()) {
            GridCell cell = e.getValue();
            if (contextOf(cell.point(), axis).equals(context)) {
                return Optional.of(cell.experiment().parametrization());
            }
        }
        return Optional.empty();
    }

    private int requireAxis(Axis optimized) {
        int axis = grid.indexOf(optimized);
        if (axis < 0) {
            throw new IllegalArgumentException("the grid does not vary " + optimized.id());
        }
        return axis;
    }

    /** Every combination of the other axes' values, in grid order. */
    private List<List<String>> contexts(int axis) {
        List<List<String>> contexts = new ArrayList<>();
        contexts.add(List.of());
        for (int i = 0; i < grid.axes().size(); i++) {
            if (i == axis) {
                continue;
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> c : contexts) {
                for (String value : grid.axes().get(i).values()) {
                    List<String> extended = new ArrayList<>(c);
                    extended.add(value);
                    next.add(List.copyOf(extended));
                }
            }
            contexts = next;
        }
        return contexts;
    }

    private static List<String> contextOf(List<String> point, int axis) {
        List<String> context = new ArrayList<>(point);
        context.remove(axis);
        return context;
    }

    private static List<String> pointOf(List<String> context, int axis, String value) {
        List<String> point = new ArrayList<>(context);
        point.add(axis, value);
        return point;
    }
}
