package org.widthlab.grid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.widthlab.engine.Measurement;
import org.widthlab.io.AtomicFile;
import org.widthlab.io.ResultsCsv;
import org.widthlab.store.StoredCell;

/**
 * The tidy table of a grid's results: one column per axis (named by {@link Axis#id()}, holding the cell's
 * value), then the columns of a sweep's table ({@value ResultsCsv#HEADER}), one row per measurement of every
 * finished cell. Written atomically.
 */
public final class GridCsv {

    private GridCsv() {
    }

    /** The header line for this grid. */
    public static String header(Grid grid) {
        String axes = grid.axes().stream().map(a -> a.axis().id() + ",").collect(Collectors.joining());
        return axes + ResultsCsv.HEADER;
    }

    /** Writes every finished cell of {@code results} to {@code target}. */
    public static void write(Path target, GridResults results) throws IOException {
        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8));
            out.write(header(results.grid()));
            out.newLine();
            for (Map.Entry<GridCell, StoredCell> entry : results.entries()) {
                String prefix = entry.getKey().point().stream().map(v -> v + ",").collect(Collectors.joining());
                for (Measurement m : entry.getValue().measurements()) {
                    out.write(prefix);
                    out.write(ResultsCsv.line(m));
                    out.newLine();
                }
            }
            out.flush();
            pending.commit();
        }
    }
}
