package org.widthlab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/**
 * The tidy result table of a sweep, {@value #HEADER}: one measurement per line; {@code layer} is empty
 * for quantities that have none, {@code diverged} is 0 or 1, values are written in full double
 * precision ({@code NaN}, {@code Infinity} as Java spells them). Rows are written as they arrive to a
 * temporary file beside the target, which {@link #commit()} renames over it ({@link AtomicFile}): an
 * earlier file of the same name is never left half-written.
 */
public final class ResultsCsv implements AutoCloseable {

    public static final String HEADER = "width,seed,step,layer,quantity,value,diverged";

    private final Path target;
    private final AtomicFile.Pending pending;
    private final BufferedWriter writer;

    private ResultsCsv(Path target) throws IOException {
        this.target = target;
        this.pending = AtomicFile.begin(target);
        this.writer = new BufferedWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8));
        try {
            writer.write(HEADER);
            writer.newLine();
        } catch (IOException e) {
            pending.close();
            throw e;
        }
    }

    /**
     * Starts a result file at {@code target} (written on {@link #commit()}).
     *
     * @throws IOException before anything is computed, when the target cannot be written ({@link AtomicFile#begin})
     */
    public static ResultsCsv create(Path target) throws IOException {
        return new ResultsCsv(target);
    }

    /** Appends rows; an I/O error is rethrown unchecked (so that a sweep listener can report it). */
    public void write(List<Measurement> measurements) {
        try {
            for (Measurement m : measurements) {
                writer.write(line(m));
                writer.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": " + IoMessages.reason(e), e);
        }
    }

    /** Finishes the file and moves it into place ({@link AtomicFile.Pending#commit}). */
    public void commit() throws IOException {
        writer.flush();
        pending.commit();
    }

    /** Without a commit, drops the temporary file (the target is left as it was). */
    @Override
    public void close() throws IOException {
        pending.close();
    }

    /** One row of the table (no line break). */
    public static String line(Measurement m) {
        return m.width() + "," + m.seed() + "," + m.step() + "," + (m.layer() > 0 ? Integer.toString(m.layer()) : "")
                + "," + m.quantity().id() + "," + m.value() + "," + (m.diverged() ? 1 : 0);
    }

    /**
     * Reads a result table written by {@link #create}.
     *
     * @throws IOException naming the file and line at fault
     */
    public static List<Measurement> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            throw new IOException(file + ": not a WidthLab result table (the first line must be " + HEADER + ")");
        }
        List<Measurement> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                if (f.length != 7) {
                    throw new IllegalArgumentException("expected 7 fields, got " + f.length);
                }
                rows.add(new Measurement(Integer.parseInt(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]),
                        f[3].isEmpty() ? 0 : Integer.parseInt(f[3]), Quantity.fromId(f[4]), Double.parseDouble(f[5]),
                        f[6].equals("1")));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }
}
