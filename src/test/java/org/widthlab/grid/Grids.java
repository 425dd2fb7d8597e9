package org.widthlab.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoredCell;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** Small grids and a recording listener for the grid tests. */
final class Grids {

    private Grids() {
    }

    /** 2 presets × 3 learning rates × 2 widths × 2 seeds = 24 cheap cells (d = 4, B = 8, T = 3). */
    static Grid small() {
        Experiment base = new Experiment(Preset.SP.at(2, Activation.TANH), DataSetKind.TEACHER, 4, 8, 3, 0.1,
                List.of(16, 32), 2, 5, false);
        return new Grid("small", base, List.of(AxisValues.parse(Axis.PRESET, "sp,mup"),
                AxisValues.parse(Axis.LEARNING_RATE, "2^-2..2^0")));
    }

    /** Runs a grid to completion with this many workers (single-threaded kernels) into the store at {@code file}. */
    static Recorded run(Grid grid, Path file, int workers) {
        try (ResultStore store = ResultStore.open(file)) {
            Recorded recorded = new Recorded();
            GridPlan plan = GridPlan.of(grid, workers, Long.MAX_VALUE);
            recorded.outcome = new GridRunner(store, () -> MatrixKernels.withThreads(1)).run(plan, recorded);
            return recorded;
        }
    }

    /** Keeps every cell it hears of, by index, and the outcome. */
    static class Recorded implements GridListener {
        final Map<Integer, StoredCell> cells = new TreeMap<>();
        final List<Boolean> reusedFlags = new ArrayList<>();
        final List<GridProgress> progress = new ArrayList<>();
        GridOutcome outcome;

        @Override
        public synchronized void onCell(GridCell cell, StoredCell result, boolean reused) {
            cells.put(cell.index(), result);
            reusedFlags.add(reused);
        }

        @Override
        public synchronized void onProgress(GridProgress p) {
            progress.add(p);
        }
    }
}
