package org.widthlab.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.Measurement;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoredCell;

/**
 * Cells as lines of JSON and the import of a cluster's output folder (laid out by hand here, as the Spark
 * runner lays it out; the Spark test imports the runner's real output): round trip, refusals.
 */
class ResultsImportTest {

    @TempDir
    Path folder;

    /** A cluster output folder with these cells' lines in two part files. */
    private Path clusterOutput(Grid grid, List<String> lines) throws IOException {
        Path out = folder.resolve("out");
        Path cells = Files.createDirectories(out.resolve(ResultsFolder.CELLS));
        Files.writeString(out.resolve(ResultsFolder.GRID_FILE), GridFile.text(grid));
        int half = lines.size() / 2;
        Files.write(cells.resolve("part-00000-x.txt"), lines.subList(0, half));
        Files.write(cells.resolve("part-00001-x.txt"), lines.subList(half, lines.size()));
        Files.writeString(cells.resolve(".part-00000-x.txt.crc"), "not a part");
        Files.writeString(cells.resolve(ResultsFolder.SUCCESS), "");
        return out;
    }

    @Test
    void aCellSurvivesItsLineBitForBitNonFiniteValuesIncluded() {
        StoredCell cell = Grids.run(Grids.small(), folder.resolve("r.sqlite"), 2).cells.get(0);
        List<Measurement> odd = new ArrayList<>(cell.measurements());
        Measurement m = odd.get(odd.size() - 1);
        odd.set(odd.size() - 1, new Measurement(m.width(), m.seed(), m.step(), m.layer(), m.quantity(), Double.POSITIVE_INFINITY,
                true));
        Measurement first = odd.get(0);
        odd.set(0, new Measurement(first.width(), first.seed(), first.step(), first.layer(), first.quantity(), Double.NaN,
                false));
        odd.set(1, new Measurement(first.width(), first.seed(), first.step(), odd.get(1).layer(), odd.get(1).quantity(),
                Double.MIN_VALUE, false));
        StoredCell unusual = new StoredCell(cell.key(), cell.settings(), cell.width(), cell.seed(), odd, cell.seconds(),
                cell.kernel());
        assertEquals(cell, CellLines.parse(CellLines.line(cell)));
        assertEquals(unusual, CellLines.parse(CellLines.line(unusual)));
        assertTrue(CellLines.line(cell).indexOf('\n') < 0);
    }

    @Test
    void aLineWhoseKeyIsNotTheHashOfItsSettingsIsRefused() {
        StoredCell cell = Grids.run(Grids.small(), folder.resolve("r.sqlite"), 2).cells.get(0);
        String line = CellLines.line(cell).replace("\"learningRate\\\":0.25", "\"learningRate\\\":0.5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellLines.parse(line));
        assertTrue(e.getMessage().contains("not the hash of its settings"), e.getMessage());
    }

    @Test
    void aClusterOutputFolderIsImportedOnce() throws IOException {
        Grid grid = Grids.small();
        Grids.Recorded computed = Grids.run(grid, folder.resolve("cluster.sqlite"), 2);
        List<String> lines = computed.cells.values().stream().map(CellLines::line).toList();
        Path out = clusterOutput(grid, lines);
        try (ResultStore store = ResultStore.open(folder.resolve("home.sqlite"))) {
            ResultsImport.Summary summary = ResultsImport.into(store, out);
            assertEquals(new ResultsImport.Summary(out, "cluster output", 24, 24, List.of("small")), summary);
            Map<String, StoredCell> stored = store.get(grid.cells().stream().map(GridCell::key).toList());
            for (GridCell cell : grid.cells()) {
                assertEquals(computed.cells.get(cell.index()).measurements(), stored.get(cell.key()).measurements());
            }
            assertEquals(GridFile.text(grid), store.grids().get(0).definition());
            assertEquals(0, ResultsImport.into(store, out).added());
        }
    }

    @Test
    void anUnfinishedForeignOrDamagedFolderIsRefusedWithItsReason() throws IOException {
        Grid grid = Grids.small();
        Grids.Recorded computed = Grids.run(grid, folder.resolve("cluster.sqlite"), 2);
        List<String> lines = new ArrayList<>(computed.cells.values().stream().map(CellLines::line).toList());
        try (ResultStore store = ResultStore.open(folder.resolve("home.sqlite"))) {
            IOException missing = assertThrows(IOException.class, () -> ResultsImport.into(store, folder.resolve("nope")));
            assertTrue(missing.getMessage().endsWith("no such folder or file"), missing.getMessage());
            IOException notOutput = assertThrows(IOException.class, () -> ResultsImport.into(store, folder));
            assertTrue(notOutput.getMessage().contains("not a cluster output folder"), notOutput.getMessage());

            Path out = clusterOutput(grid, lines);
            Files.delete(out.resolve(ResultsFolder.CELLS).resolve(ResultsFolder.SUCCESS));
            IOException unfinished = assertThrows(IOException.class, () -> ResultsImport.into(store, out));
            assertTrue(unfinished.getMessage().contains("did not finish"), unfinished.getMessage());
            Files.writeString(out.resolve(ResultsFolder.CELLS).resolve(ResultsFolder.SUCCESS), "");

            Grid other = new Grid("other", grid.base(), List.of(AxisValues.parse(Axis.LEARNING_RATE, "2^-2..2^0")));
            Files.writeString(out.resolve(ResultsFolder.GRID_FILE), GridFile.text(other));
            IOException foreign = assertThrows(IOException.class, () -> ResultsImport.into(store, out));
            assertTrue(foreign.getMessage().contains("is not a cell of the grid"), foreign.getMessage());
            Files.writeString(out.resolve(ResultsFolder.GRID_FILE), GridFile.text(grid));

            Path part = out.resolve(ResultsFolder.CELLS).resolve("part-00001-x.txt");
            List<String> damaged = new ArrayList<>(Files.readAllLines(part));
            damaged.set(2, damaged.get(2).substring(0, 50));
            Files.write(part, damaged);
            IOException broken = assertThrows(IOException.class, () -> ResultsImport.into(store, out));
            assertTrue(broken.getMessage().startsWith(part + ": line 3: "), broken.getMessage());
            assertEquals(0, store.cellCount(), "a refused import stored nothing (its cells were all in one batch)");
        }
    }
}
