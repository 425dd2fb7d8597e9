package org.widthlab.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.widthlab.store.ResultStore;
import org.widthlab.store.SavedGrid;
import org.widthlab.store.StoreException;
import org.widthlab.store.StoredCell;

/**
 * Brings results computed elsewhere into a results store: a cluster's output folder ({@link ResultsFolder},
 * written by the Spark runner) or another results store file (a shard's, a colleague's). Cells are keyed
 * by content, so importing the same results twice, or shards that overlap, adds each cell once; grids are
 * remembered with their definition, so the sweep workspace lists them like grids run here. Cells are added
 * in transactions of {@value #BATCH} cells; an import stopped by a bad line keeps what it added before it.
 */
public final class ResultsImport {

    static final int BATCH = 500;

    private ResultsImport() {
    }

    /**
     * What an import did.
     *
     * @param source the folder or file imported
     * @param kind   {@code "cluster output"} or {@code "results store"}
     * @param cells  cells read
     * @param added  cells that were new to the store (the others it held already)
     * @param grids  the names of the grids remembered
     */
    public record Summary(Path source, String kind, int cells, int added, List<String> grids) {
    }

    /**
     * Imports {@code source} into {@code store}.
     *
     * @throws IOException naming the source and what is wrong with it (nothing of it was stored unless said)
     */
    public static Summary into(ResultStore store, Path source) throws IOException {
        if (Files.isDirectory(source)) {
            return folder(store, source);
        }
        if (Files.isRegularFile(source)) {
            return storeFile(store, source);
        }
        throw new IOException(source + ": no such folder or file");
    }

    private static Summary folder(ResultStore store, Path folder) throws IOException {
        Path gridFile = folder.resolve(ResultsFolder.GRID_FILE);
        Path cellsFolder = folder.resolve(ResultsFolder.CELLS);
        if (!Files.isRegularFile(gridFile) || !Files.isDirectory(cellsFolder)) {
            throw new IOException(folder + ": not a cluster output folder (it needs " + ResultsFolder.GRID_FILE + " and "
                    + ResultsFolder.CELLS + "/, as the Spark runner writes them)");
        }
        if (!Files.exists(cellsFolder.resolve(ResultsFolder.SUCCESS))) {
            throw new IOException(cellsFolder + ": incomplete (no " + ResultsFolder.SUCCESS + "): the cluster job did not"
                    + " finish; run it again with the same grid");
        }
        Grid grid = GridFile.read(gridFile);
        Set<String> gridKeys = new HashSet<>();
        for (GridCell cell : grid.cells()) {
            gridKeys.add(cell.key());
        }
        store.rememberGrid(new SavedGrid(GridFile.id(grid), grid.name(), GridFile.text(grid), Instant.now()));
        int read = 0;
        int added = 0;
        List<StoredCell> batch = new ArrayList<>();
        for (Path part : ResultsFolder.parts(cellsFolder)) {
            try (BufferedReader lines = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    StoredCell cell;
                    try {
                        cell = CellLines.parse(line);
                    } catch (IllegalArgumentException e) {
                        throw new IOException(part + ": line " + number + ": " + e.getMessage());
                    }
                    if (!gridKeys.contains(cell.key())) {
                        throw new IOException(part + ": line " + number + ": cell " + cell.key() + " is not a cell of the"
                                + " grid in " + gridFile);
                    }
                    batch.add(cell);
                    read++;
                    if (batch.size() == BATCH) {
                        added += put(store, batch);
                    }
                }
            }
        }
        added += put(store, batch);
        return new Summary(folder, "cluster output", read, added, List.of(grid.name()));
    }

    private static Summary storeFile(ResultStore store, Path file) throws IOException {
        if (Files.isSameFile(file, store.file())) {
            throw new IOException(file + ": is the store being imported into");
        }
        try (ResultStore other = ResultStore.open(file)) {
            List<String> names = new ArrayList<>();
            for (SavedGrid grid : other.grids()) {
                store.rememberGrid(grid);
                names.add(grid.name());
            }
            List<String> keys = other.keys();
            int added = 0;
            for (int from = 0; from < keys.size(); from += BATCH) {
                added += store.putAll(other.get(keys.subList(from, Math.min(keys.size(), from + BATCH))).values());
            }
            return new Summary(file, "results store", keys.size(), added, names);
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static int put(ResultStore store, List<StoredCell> batch) {
        int added = store.putAll(batch);
        batch.clear();
        return added;
    }
}
