package org.widthlab.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a grid run on a cluster writes ({@code org.widthlab.cluster.SparkGridRunner ... --out DIR}):
 * <ul>
 * <li>{@value #GRID_FILE}: the grid file that was run (what the results are of);</li>
 * <li>{@value #PARQUET}/: the tidy table, one row per measurement — the grid's axes, then {@code width,
 * seed, step, layer, quantity, value, diverged}, then the {@code cell} key and the measurement's
 * {@code position} in its cell (together they key a row), the cell's {@code settings}, {@code seconds}
 * and {@code kernel} — partitioned by one column (the preset when the grid varies it);</li>
 * <li>{@value #CSV}/: the same table as CSV with a header, without the per-cell columns after
 * {@code cell};</li>
 * <li>{@value #CELLS}/: the cells as lines of {@link CellLines}, made from the Parquet table, which
 * {@code store import DIR} reads (reading Parquet itself would need Hadoop's libraries on the desktop).</li>
 * </ul>
 * Each table is a folder of Spark part files with a {@value #SUCCESS} marker once the job committed it.
 */
public final class ResultsFolder {

    public static final String GRID_FILE = "grid.json";
    public static final String PARQUET = "parquet";
    public static final String CSV = "csv";
    public static final String CELLS = "cells";
    public static final String SUCCESS = "_SUCCESS";

    private ResultsFolder() {
    }

    /** Every part file under {@code folder} (Spark's {@code part-*} files), in name order. */
    static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted().toList();
        }
    }
}
