package org.widthlab.cluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridFile;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.StoredCell;

/**
 * One Spark task: computes its batch's cells on one thread (a single-threaded matrix kernel per task, one
 * task per core, as the local grid runs one cell per core) and hands out their rows cell by cell. The grid
 * travels as its grid-file text and is expanded into cells on the executor by the same code as on the
 * driver ({@link Grid#cells()}), so cell i on an executor is cell i of a local run: same settings, same
 * seed, same numbers. A task that Spark kills stops inside the running cell.
 */
final class CellTask implements FlatMapFunction<CellBatch, Row> {

    private static final long serialVersionUID = 1L;

    /** The last grid expanded in this JVM: the tasks of one job share it instead of each expanding the grid. */
    private static final AtomicReference<Expanded> LAST = new AtomicReference<>();

    private final String gridText;
    private final CellComputer computer;

    CellTask(String gridText, CellComputer computer) {
        this.gridText = gridText;
        this.computer = computer;
    }

    /** A grid and its cells, expanded from its text. */
    record Expanded(String text, Grid grid, List<GridCell> cells) {

        static Expanded of(String text) {
            Expanded last = LAST.get();
            if (last != null && last.text.equals(text)) {
                return last;
            }
            Grid grid = GridFile.parse(text, "grid");
            Expanded expanded = new Expanded(text, grid, grid.cells());
            LAST.set(expanded);
            return expanded;
        }
    }

    @Override
    public Iterator<Row> call(CellBatch batch) {
        Expanded expanded = Expanded.of(gridText);
        MatrixKernel kernel = MatrixKernels.withThreads(1);
        TaskContext task = TaskContext.get();
        BooleanSupplier cancelled = task == null ? () -> false : task::isInterrupted;
        Iterator<List<Integer>> groups = batch.groups().iterator();
        return new Iterator<>() {
            private Iterator<Row> current = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && groups.hasNext()) {
                    current = rowsOf(groups.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            private List<Row> rowsOf(List<Integer> group) {
                StoredCell result = computer.compute(expanded.cells().get(group.get(0)), kernel, cancelled);
                List<Row> rows = new ArrayList<>();
                for (int index : group) {
                    rows.addAll(CellRows.rows(expanded.grid(), expanded.cells().get(index), result));
                }
                return rows;
            }
        };
    }
}
