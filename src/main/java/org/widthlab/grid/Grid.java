package org.widthlab.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.widthlab.engine.Experiment;

/**
 * A grid of experiments: the cartesian product of some axes' values (learning rate, preset, any exponent,
 * ...) times the widths times the seeds of a base experiment, whose other settings every cell shares. An
 * experiment is a grid without axes. Immutable; {@link GridFile} reads and writes it.
 *
 * @param name  what the user calls it (shown in the window, kept in the store)
 * @param base  the settings every cell shares, and the widths, seeds and first seed
 * @param axes  the axes varied, in the order given (a cell's point lists its values in this order)
 */
public record Grid(String name, Experiment base, List<AxisValues> axes) {

    public Grid {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        axes = List.copyOf(axes);
        Set<Axis> seen = new HashSet<>();
        for (AxisValues a : axes) {
            if (!seen.add(a.axis())) {
                throw new IllegalArgumentException("the axis " + a.axis().id() + " is given twice");
            }
        }
    }

    /** How many cells: the product of the axes' sizes × widths × seeds. */
    public long size() {
        long size = (long) base.widths().size() * base.seeds();
        for (AxisValues a : axes) {
            size *= a.size();
        }
        return size;
    }

    /** The number of points of the axes (cells per width and seed). */
    public long points() {
        long points = 1;
        for (AxisValues a : axes) {
            points *= a.size();
        }
        return points;
    }

    /** The axis of this kind's values, if the grid varies it. */
    public java.util.Optional<AxisValues> axis(Axis axis) {
        return axes.stream().filter(a -> a.axis().equals(axis)).findFirst();
    }

    /** The index of {@code axis} in {@link #axes()}, or −1. */
    public int indexOf(Axis axis) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).axis().equals(axis)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every cell, in run order: widths from small to large (the picture appears early, and the cheap cells
     * first), then seeds, then the points of the axes with the last axis varying fastest. Deterministic: the
     * same grid gives the same cells in the same order (sharding relies on it).
     *
     * @throws IllegalArgumentException naming the axis value that does not fit the base experiment
     */
    public List<GridCell> cells() {
        if (size() > GridPlan.MAX_CELLS) {
            throw new IllegalArgumentException(GridPlan.tooManyCells(size()));
        }
        List<List<String>> points = new ArrayList<>();
        List<Experiment> settings = new ArrayList<>();
        expand(0, new ArrayList<>(), base, points, settings);
        List<GridCell> cells = new ArrayList<>((int) size());
        for (int width : base.widths()) {
            for (int s = 0; s < base.seeds(); s++) {
                for (int i = 0; i < points.size(); i++) {
                    Experiment e = settings.get(i);
                    Experiment cell = new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(),
                            e.steps(), e.learningRate(), List.of(width), 1, base.seed() + s, e.measureNtk());
                    cells.add(new GridCell(cells.size(), points.get(i), width, s, cell, CellKey.of(cell)));
                }
            }
        }
        return cells;
    }

    private void expand(int depth, List<String> point, Experiment e, List<List<String>> points,
            List<Experiment> settings) {
        if (depth == axes.size()) {
            points.add(List.copyOf(point));
            settings.add(settingsAt(point));
            return;
        }
        for (String value : axes.get(depth).values()) {
            point.add(value);
            expand(depth + 1, point, e, points, settings);
            point.remove(point.size() - 1);
        }
    }

    /**
     * The settings at a point of the axes (values in grid order): the base with the point's values applied,
     * preset and depth before the exponents they would overwrite.
     */
    public Experiment settingsAt(List<String> point) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> axes.get(i).axis()));
        Experiment e = base;
        for (int i : order) {
            e = axes.get(i).axis().apply(e, point.get(i));
        }
        return e;
    }
}
