package org.widthlab.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.WidthSweep;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoredCell;

/** Running grids: the store is reused, a stopped run resumes, parallel equals serial, a cell equals its sweep. */
class GridRunnerTest {

    @TempDir
    Path folder;

    @Test
    void aSecondRunComputesNothingAndGivesTheSameNumbers() {
        Grid grid = Grids.small();
        Path store = folder.resolve("r.sqlite");
        Grids.Recorded first = Grids.run(grid, store, 2);
        assertEquals(GridOutcome.Status.COMPLETED, first.outcome.status());
        assertEquals(24, first.outcome.cells());
        assertEquals(24, first.outcome.computed());
        assertEquals(0, first.outcome.reused());

        Grids.Recorded second = Grids.run(grid, store, 2);
        assertEquals(0, second.outcome.computed());
        assertEquals(24, second.outcome.reused());
        assertTrue(second.reusedFlags.stream().allMatch(r -> r));
        assertEquals(first.cells, second.cells);
        assertEquals(first.outcome.diverged(), second.outcome.diverged());
        GridProgress last = second.progress.get(second.progress.size() - 1);
        assertEquals(24, last.cellsDone());
        assertEquals(1.0, last.fractionDone());
    }

    @Test
    void parallelAndSerialRunsGiveIdenticalNumbers() {
        Grid grid = Grids.small();
        Grids.Recorded serial = Grids.run(grid, folder.resolve("serial.sqlite"), 1);
        Grids.Recorded parallel = Grids.run(grid, folder.resolve("parallel.sqlite"), 2);
        assertEquals(24, serial.cells.size());
        for (int i = 0; i < 24; i++) {
            assertEquals(serial.cells.get(i).measurements(), parallel.cells.get(i).measurements(), "cell " + i);
        }
    }

    @Test
    void aCellHasTheNumbersOfTheWidthSweepOfItsSettings() {
        Grid grid = Grids.small();
        GridCell cell = grid.cells().stream().filter(c -> c.width() == 32 && c.seedIndex() == 1
                && c.point().equals(List.of("mup", "0.5"))).findFirst().orElseThrow();
        Experiment base = grid.base();
        Experiment sweep = new Experiment(cell.experiment().parametrization(), base.dataSet(), base.inputDim(),
                base.batch(), base.steps(), 0.5, base.widths(), base.seeds(), base.seed(), false);
        SweepRecorder recorder = new SweepRecorder();
        new WidthSweep(MatrixKernels.withThreads(1), SweepExecutor.sameThread()).start(sweep, recorder);
        // The cell keeps the whole coordinate check of steps 0 and T and the loss of the steps between.
        List<Measurement> expected = recorder.measurements().stream()
                .filter(m -> m.width() == 32 && m.seed() == base.seed() + 1)
                .filter(m -> m.step() == 0 || m.step() == base.steps() || m.quantity() == Quantity.LOSS).toList();
        StoredCell computed = CellComputation.compute(cell, MatrixKernels.withThreads(1), () -> false);
        assertFalse(expected.isEmpty());
        assertEquals(expected, computed.measurements());
    }

    @Test
    void aStoppedRunResumesWithTheCellsItMissed() throws Exception {
        Grid grid = Grids.small();
        Path file = folder.resolve("r.sqlite");
        int stored;
        try (ResultStore store = ResultStore.open(file)) {
            AtomicInteger computed = new AtomicInteger();
            GridHandle[] handle = new GridHandle[1];
            Grids.Recorded recorder = new Grids.Recorded() {
                @Override
                public synchronized void onCell(GridCell cell, StoredCell result, boolean reused) {
                    super.onCell(cell, result, reused);
                    if (computed.incrementAndGet() == 5) {
                        handle[0].cancel();
                    }
                }
            };
            synchronized (recorder) {
                handle[0] = new GridRunner(store).start(GridPlan.of(grid, 2, Long.MAX_VALUE), recorder);
            }
            GridOutcome outcome = handle[0].await();
            assertEquals(GridOutcome.Status.CANCELLED, outcome.status());
            stored = store.cellCount();
            assertEquals(outcome.computed(), stored, "every cell reported is stored");
            assertTrue(stored >= 5 && stored < 24, "stopped part way: " + stored);
        }
        Grids.Recorded resumed = Grids.run(grid, file, 2);
        assertEquals(stored, resumed.outcome.reused());
        assertEquals(24 - stored, resumed.outcome.computed());
        Grids.Recorded fresh = Grids.run(grid, folder.resolve("fresh.sqlite"), 1);
        for (int i = 0; i < 24; i++) {
            assertEquals(fresh.cells.get(i).measurements(), resumed.cells.get(i).measurements(),
                    "the resumed grid has the numbers of an uninterrupted run, cell " + i);
        }
    }

    @Test
    void cellsRunSmallWidthsFirstAndKeysDependOnEverySetting() {
        List<GridCell> cells = Grids.small().cells();
        assertEquals(24, cells.size());
        for (int i = 1; i < cells.size(); i++) {
            assertTrue(cells.get(i - 1).width() <= cells.get(i).width());
        }
        assertEquals(24, cells.stream().map(GridCell::key).distinct().count(), "every cell has its own key");
        assertEquals(cells, Grids.small().cells(), "the same grid gives the same cells in the same order");
        Experiment e = cells.get(0).experiment();
        String key = CellKey.of(e);
        List<Experiment> changed = List.of(
                new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                        Math.nextUp(e.learningRate()), e.widths(), 1, e.seed(), false),
                new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(), e.learningRate(),
                        e.widths(), 1, e.seed() + 1, false),
                new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps() + 1,
                        e.learningRate(), e.widths(), 1, e.seed(), false),
                new Experiment(e.parametrization().withZeroReadout(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                        e.learningRate(), e.widths(), 1, e.seed(), false),
                new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(), e.learningRate(),
                        e.widths(), 1, e.seed(), true));
        for (Experiment other : changed) {
            assertFalse(key.equals(CellKey.of(other)), CellKey.canonicalText(other));
        }
    }
}
