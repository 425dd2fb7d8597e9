package org.widthlab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.CellComputation;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridFile;
import org.widthlab.grid.GridListener;
import org.widthlab.grid.GridOutcome;
import org.widthlab.grid.GridPlan;
import org.widthlab.grid.GridRunner;
import org.widthlab.grid.ResultsFolder;
import org.widthlab.grid.ResultsImport;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoredCell;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/**
 * The grid on Spark ({@code local[2,3]}) against the local grid: the same rows, a retried task leaves no
 * duplicates, the output comes home through the import, bad input is refused before any task.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkGridRunnerTest {

    @TempDir
    static Path folder;

    private SparkSession spark;
    private Grid grid;
    /** The local grid's results, by cell index. */
    private final Map<Integer, StoredCell> local = new TreeMap<>();
    private Path out;
    private SparkGridRunner.Outcome outcome;

    /** 2 presets × 2 learning rates × widths 16, 32 × 2 seeds = 16 cells (d = 4, B = 8, T = 3); η = 4 diverges in SP. */
    static Grid small() {
        Experiment base = new Experiment(Preset.SP.at(2, Activation.TANH), DataSetKind.TEACHER, 4, 8, 3, 0.1,
                List.of(16, 32), 2, 7, false);
        return new Grid("spark-small", base, List.of(AxisValues.parse(Axis.PRESET, "sp,mup"),
                AxisValues.parse(Axis.LEARNING_RATE, "0.25,64")));
    }

    @BeforeAll
    void runBothWays() throws IOException {
        spark = SparkTests.session();
        grid = small();
        try (ResultStore store = ResultStore.open(folder.resolve("local.sqlite"))) {
            GridOutcome done = new GridRunner(store, () -> MatrixKernels.withThreads(1)).run(GridPlan.of(grid, 2,
                    Long.MAX_VALUE), (GridListener) (cell, result, reused) -> {
                        synchronized (local) {
                            local.put(cell.index(), result);
                        }
                    });
            assertEquals(GridOutcome.Status.COMPLETED, done.status());
        }
        out = folder.resolve("out");
        outcome = SparkGridRunner.run(spark, grid, new SparkGridRunner.Options(out.toString(), 0, null), CellComputer.GRID,
                new PrintWriter(new StringWriter()));
    }

    /** The Parquet table's rows, grouped by cell index and sorted by position. */
    private Map<Integer, List<Row>> parquetRows(Path output) {
        Map<Integer, List<Row>> byCell = new TreeMap<>();
        for (Row r : spark.read().schema(CellRows.schema(grid)).parquet(output.resolve(ResultsFolder.PARQUET).toString())
                .collectAsList()) {
            byCell.computeIfAbsent(r.<Integer>getAs(CellRows.INDEX), i -> new ArrayList<>()).add(r);
        }
        byCell.values().forEach(rows -> rows.sort(Comparator.comparingInt(r -> r.<Integer>getAs(CellRows.POSITION))));
        return byCell;
    }

    /** Every cell's rows are the local grid's measurements, one for one and bit for bit, under the cell's axis values. */
    private void assertSameAsLocal(Map<Integer, List<Row>> byCell) {
        List<GridCell> cells = grid.cells();
        assertEquals(local.keySet(), byCell.keySet());
        for (GridCell cell : cells) {
            List<Row> rows = byCell.get(cell.index());
            StoredCell expected = local.get(cell.index());
            assertEquals(expected.measurements().size(), rows.size(), "rows of cell " + cell.index());
            for (int p = 0; p < rows.size(); p++) {
                assertEquals(p, (int) rows.get(p).<Integer>getAs(CellRows.POSITION), "cell " + cell.index() + " has position "
                        + p + " once");
            }
            assertEquals(expected.measurements(), CellRows.cell(rows).measurements(), "cell " + cell.index());
            Row first = rows.get(0);
            assertEquals(cell.key(), first.getAs(CellRows.CELL));
            assertEquals(cell.point().get(0), first.getAs("preset"));
            assertEquals(Double.parseDouble(cell.point().get(1)), first.<Double>getAs("learningRate"));
        }
    }

    @Test
    void theRunnerAgreesRowForRowWithTheLocalGrid() {
        assertEquals(16, outcome.cells());
        assertEquals("preset", outcome.partitionBy());
        long divergedLocally = local.values().stream().filter(StoredCell::diverged).count();
        assertTrue(divergedLocally > 0, "the grid has diverging cells (a result, kept like the others)");
        assertEquals(divergedLocally, outcome.diverged());
        assertSameAsLocal(parquetRows(out));
        assertTrue(Files.isDirectory(out.resolve(ResultsFolder.PARQUET).resolve("preset=sp")));
        assertTrue(Files.isDirectory(out.resolve(ResultsFolder.PARQUET).resolve("preset=mup")));
    }

    @Test
    void theCsvHoldsTheSameRows() throws IOException {
        long rows = local.values().stream().mapToLong(c -> c.measurements().size()).sum();
        long lines = 0;
        try (Stream<Path> files = Files.walk(out.resolve(ResultsFolder.CSV))) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                List<String> text = Files.readAllLines(part);
                assertEquals("learningRate,width,seed,step,layer,quantity,value,diverged,cell", text.get(0));
                lines += text.size() - 1;
            }
        }
        assertEquals(rows, lines);
    }

    @Test
    void theParquetOutputComesHomeThroughTheImport() throws IOException {
        try (ResultStore home = ResultStore.open(folder.resolve("home.sqlite"))) {
            ResultsImport.Summary summary = ResultsImport.into(home, out);
            assertEquals(16, summary.cells());
            assertEquals(16, summary.added());
            assertEquals(List.of("spark-small"), summary.grids());
            assertEquals(GridFile.id(grid), home.grids().get(0).id(), "the grid is remembered as the same grid");
            Map<String, StoredCell> stored = home.get(grid.cells().stream().map(GridCell::key).toList());
            for (GridCell cell : grid.cells()) {
                StoredCell expected = local.get(cell.index());
                StoredCell imported = stored.get(cell.key());
                assertEquals(expected.measurements(), imported.measurements(), "cell " + cell.index());
                assertEquals(expected.settings(), imported.settings());
            }
            assertEquals(0, ResultsImport.into(home, out).added(), "a second import adds nothing");
            assertEquals(16, home.cellCount());
        }
    }

    /** Counts the cells that the failing computer below let fail, across the tasks of one JVM (local mode). */
    static final AtomicInteger INJECTED = new AtomicInteger();

    @Test
    void aTaskThatFailsIsRetriedWithoutDuplicatingRows() throws IOException {
        INJECTED.set(0);
        CellComputer failsOnce = (cell, kernel, cancelled) -> {
            TaskContext task = TaskContext.get();
            StoredCell result = CellComputation.compute(cell, kernel, cancelled);
            // The first attempt of task 0 hands out its first cell's rows to the writer, then dies in the second.
            if (task.partitionId() == 0 && task.attemptNumber() == 0 && INJECTED.getAndIncrement() == 1) {
                throw new IllegalStateException("injected failure");
            }
            return result;
        };
        Path retried = folder.resolve("retried");
        StringWriter progress = new StringWriter();
        SparkGridRunner.run(spark, grid, new SparkGridRunner.Options(retried.toString(), 2, "none"), failsOnce,
                new PrintWriter(progress));
        assertTrue(INJECTED.get() >= 2, "the failure was injected");
        assertTrue(progress.toString().contains("attempt 0 did not finish"), progress.toString());
        assertSameAsLocal(parquetRows(retried));
        try (Stream<Path> files = Files.walk(retried)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("_temporary")), "no uncommitted files left");
        }
    }

    @Test
    void anOutputFolderInUseOrAnUnknownPartitionColumnIsRefusedBeforeAnyTask() throws IOException {
        int jobsBefore = spark.sparkContext().statusTracker().getJobIdsForGroup(SparkGridRunner.JOB_GROUP).length;
        IllegalArgumentException used = assertThrows(IllegalArgumentException.class, () -> SparkGridRunner.run(spark, grid,
                new SparkGridRunner.Options(out.toString(), 0, null), CellComputer.GRID, new PrintWriter(new StringWriter())));
        assertTrue(used.getMessage().contains("exists already"), used.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class, () -> SparkGridRunner.run(spark,
                grid, new SparkGridRunner.Options(folder.resolve("x").toString(), 0, "steps"), CellComputer.GRID,
                new PrintWriter(new StringWriter())));
        assertTrue(column.getMessage().contains("preset, learningRate, width, none"), column.getMessage());
        Experiment wide = new Experiment(Preset.MUP.at(2, Activation.TANH), DataSetKind.TEACHER, 4, 8, 3, 0.1,
                List.of(16, 20000), 1, 0, false);
        IllegalArgumentException memory = assertThrows(IllegalArgumentException.class, () -> SparkGridRunner.run(spark,
                new Grid("wide", wide, List.of()), new SparkGridRunner.Options(folder.resolve("y").toString(), 0, null),
                CellComputer.GRID, new PrintWriter(new StringWriter())));
        assertTrue(memory.getMessage().contains("20000"), memory.getMessage());
        assertEquals(jobsBefore, spark.sparkContext().statusTracker().getJobIdsForGroup(SparkGridRunner.JOB_GROUP).length);
        assertFalse(Files.exists(folder.resolve("x")));
        assertFalse(Files.exists(folder.resolve("y")));
    }

    @Test
    void aBadGridFileIsRefusedWithOneLineBeforeSparkStarts() throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"widthlab-grid/1\", \"parametrization\": {\"preset\": \"sp\"},"
                + " \"axes\": {\"learningRate\": \"2^-8..oops\"}}");
        StringWriter err = new StringWriter();
        int code = SparkGridRunner.execute(new String[] {bad.toString(), "--out", folder.resolve("z").toString(),
            "--master", "local[1]"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(SparkGridRunner.USAGE_ERROR, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("cluster: " + bad), err.toString());
        assertFalse(Files.exists(folder.resolve("z")));
        Set<String> masters = new HashSet<>(List.of(spark.sparkContext().master()));
        assertEquals(Set.of("local[2,3]"), masters, "the runner did not start a session of its own");
    }
}
