package org.widthlab.grid;

import java.util.List;
import java.util.Objects;
import org.widthlab.engine.Experiment;

/**
 * One cell of a grid: one point of its axes, one width, one seed — one training run.
 *
 * @param index      the cell's place in the grid's run order ({@link Grid#cells()}), 0-based
 * @param point      the axis values, aligned with {@link Grid#axes()}
 * @param width      n
 * @param seedIndex  s = 0..S−1; the run's seed is {@code grid seed + s} (as in a width sweep)
 * @param experiment the run as an experiment of one width and one seed
 * @param key        its content hash ({@link CellKey})
 */
public record GridCell(int index, List<String> point, int width, int seedIndex, Experiment experiment, String key) {

    public GridCell {
        point = List.copyOf(point);
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(key, "key");
    }

    /** The seed this cell's run uses (data and initialization derive from it). */
    public long seed() {
        return experiment.seed();
    }
}
