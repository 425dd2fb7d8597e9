package org.widthlab.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/**
 * The results store: an SQLite file that remembers every finished grid cell ({@link StoredCell}) under
 * its content hash, and the grids that were run ({@link SavedGrid}). Nothing outside this class knows SQL.
 *
 * <p>Each {@link #put} is one transaction, committed before it returns: a crash or kill loses at most the
 * cells still being computed. The file is in WAL mode, so the window can read while a command-line run
 * writes (writers wait for each other up to {@value #BUSY_TIMEOUT_MILLIS} ms). Thread-safe: calls are
 * serialized on one connection.
 *
 * <p>Tables, for reading the file from Python or R: {@code cell(id, key, settings, width, seed,
 * last_step, final_loss, diverged, seconds, kernel, finished)}, {@code measurement(cell, position, step,
 * layer, quantity, value, diverged)} (in the order measured; layer 0 for quantities without one; NaN is stored
 * as NULL, and −0.0 reads back as 0.0) and
 * {@code grid(id, name, definition, last_run)}.
 */
public final class ResultStore implements AutoCloseable {

    /** The schema version, kept in SQLite's {@code user_version}. */
    static final int SCHEMA_VERSION = 1;
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Keys per {@code IN (...)} query (SQLite allows 32766 parameters; smaller batches keep queries short). */
    private static final int KEYS_PER_QUERY = 500;

    private final Path file;
    private final Connection connection;

    private ResultStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the store at {@code file}, creating it (and its folder) if needed.
     *
     * @throws StoreException naming the file when it cannot be created, is not a results store, or was
     *                        written by a newer WidthLab
     */
    public static ResultStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException(absolute + ": cannot create its folder (" + e.getMessage() + ")", e);
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException(absolute + ": is a folder, not a results store file");
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            ResultStore store = new ResultStore(absolute, connection);
            store.prepare();
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(absolute + ": " + describe(e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The file this store is in. */
    public Path file() {
        return file;
    }

    private void prepare() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            int version;
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.getInt(1);
            }
            if (version > SCHEMA_VERSION) {
                throw new StoreException(file + ": written by a newer WidthLab (store version " + version
                        + ", this one reads " + SCHEMA_VERSION + ")");
            }
            boolean empty;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                empty = r.getInt(1) == 0;
            }
            if (version == 0 && !empty) {
                throw new StoreException(file + ": an SQLite file, but not a WidthLab results store");
            }
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            if (version == 0) {
                connection.setAutoCommit(false);
                s.execute("CREATE TABLE cell (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, settings TEXT NOT NULL,"
                        + " width INTEGER NOT NULL, seed INTEGER NOT NULL, last_step INTEGER NOT NULL, final_loss REAL,"
                        + " diverged INTEGER NOT NULL, seconds REAL NOT NULL, kernel TEXT NOT NULL, finished TEXT NOT NULL)");
                s.execute("CREATE TABLE measurement (cell INTEGER NOT NULL REFERENCES cell(id) ON DELETE CASCADE,"
                        + " position INTEGER NOT NULL, step INTEGER NOT NULL, layer INTEGER NOT NULL,"
                        + " quantity TEXT NOT NULL, value REAL, diverged INTEGER NOT NULL, PRIMARY KEY (cell, position))"
                        + " WITHOUT ROWID");
                s.execute("CREATE TABLE grid (id TEXT PRIMARY KEY, name TEXT NOT NULL, definition TEXT NOT NULL,"
                        + " last_run TEXT NOT NULL)");
                s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
    }

    /** Which of {@code keys} the store holds. */
    public synchronized Set<String> present(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        try {
            for (List<String> batch : batches(keys)) {
                try (PreparedStatement q = connection.prepareStatement(
                        "SELECT key FROM cell WHERE key IN (" + placeholders(batch.size()) + ")")) {
                    bind(q, batch);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            found.add(r.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
        return found;
    }

    /** The stored cells among {@code keys}, with their measurements, by key (missing keys are absent). */
    public synchronized Map<String, StoredCell> get(Collection<String> keys) {
        Map<String, StoredCell> cells = new LinkedHashMap<>();
        try {
            for (List<String> batch : batches(keys)) {
                Map<Long, Object[]> rows = new LinkedHashMap<>();
                Map<Long, List<Measurement>> measured = new LinkedHashMap<>();
                String in = placeholders(batch.size());
                try (PreparedStatement q = connection.prepareStatement("SELECT id, key, settings, width, seed, seconds,"
                        + " kernel FROM cell WHERE key IN (" + in + ")")) {
                    bind(q, batch);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            rows.put(r.getLong(1), new Object[] {r.getString(2), r.getString(3), r.getInt(4), r.getLong(5),
                                r.getDouble(6), r.getString(7)});
                            measured.put(r.getLong(1), new ArrayList<>());
                        }
                    }
                }
                try (PreparedStatement q = connection.prepareStatement("SELECT m.cell, m.step, m.layer, m.quantity,"
                        + " m.value, m.diverged FROM measurement m JOIN cell c ON c.id = m.cell WHERE c.key IN (" + in
                        + ") ORDER BY m.cell, m.position")) {
                    bind(q, batch);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            Object[] row = rows.get(r.getLong(1));
                            double value = r.getDouble(5);
                            if (r.wasNull()) {
                                value = Double.NaN;
                            }
                            measured.get(r.getLong(1)).add(new Measurement((Integer) row[2], (Long) row[3], r.getInt(2),
                                    r.getInt(3), Quantity.fromId(r.getString(4)), value, r.getInt(6) != 0));
                        }
                    }
                }
                rows.forEach((id, row) -> cells.put((String) row[0], new StoredCell((String) row[0], (String) row[1],
                        (Integer) row[2], (Long) row[3], measured.get(id), (Double) row[4], (String) row[5])));
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("cannot be read", e);
        }
        return cells;
    }

    /**
     * Stores a finished cell and commits it; a cell already stored under the same key is left as it was
     * (same key, same numbers).
     *
     * @return whether the cell was new
     */
    public synchronized boolean put(StoredCell cell) {
        return putAll(List.of(cell)) == 1;
    }

    /**
     * Stores finished cells in one transaction (all or none); cells already stored under their key are left
     * as they were.
     *
     * @return how many of them were new
     */
    public synchronized int putAll(Collection<StoredCell> cells) {
        try {
            connection.setAutoCommit(false);
            try {
                int added = 0;
                for (StoredCell cell : cells) {
                    if (insert(cell)) {
                        added++;
                    }
                }
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("cannot be written", e);
        }
    }

    /** Inserts a cell and its measurements inside the caller's transaction; false if its key is stored already. */
    private boolean insert(StoredCell cell) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cell (key, settings, width, seed,"
                + " last_step, final_loss, diverged, seconds, kernel, finished) VALUES (?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT(key) DO NOTHING")) {
            insert.setString(1, cell.key());
            insert.setString(2, cell.settings());
            insert.setInt(3, cell.width());
            insert.setLong(4, cell.seed());
            insert.setInt(5, cell.lastStep());
            setReal(insert, 6, cell.finalLoss());
            insert.setInt(7, cell.diverged() ? 1 : 0);
            insert.setDouble(8, cell.seconds());
            insert.setString(9, cell.kernel());
            insert.setString(10, Instant.now().toString());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
            id = r.getLong(1);
        }
        try (PreparedStatement rows = connection.prepareStatement(
                "INSERT INTO measurement (cell, position, step, layer, quantity, value, diverged) VALUES (?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Measurement m : cell.measurements()) {
                rows.setLong(1, id);
                rows.setInt(2, position++);
                rows.setInt(3, m.step());
                rows.setInt(4, m.layer());
                rows.setString(5, m.quantity().id());
                setReal(rows, 6, m.value());
                rows.setInt(7, m.diverged() ? 1 : 0);
                rows.addBatch();
            }
            rows.executeBatch();
        }
        return true;
    }

    /** The keys of every stored cell, in the order they were stored. */
    public synchronized List<String> keys() {
        List<String> keys = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT key FROM cell ORDER BY id")) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
        return keys;
    }

    /** How many cells the store holds. */
    public synchronized int cellCount() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM cell")) {
            return r.getInt(1);
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    /** Remembers a grid (or, if it is remembered already, updates its name and the time it was last run). */
    public synchronized void rememberGrid(SavedGrid grid) {
        try (PreparedStatement q = connection.prepareStatement("INSERT INTO grid (id, name, definition, last_run)"
                + " VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, last_run = excluded.last_run")) {
            q.setString(1, grid.id());
            q.setString(2, grid.name());
            q.setString(3, grid.definition());
            q.setString(4, grid.lastRun().toString());
            q.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot be written", e);
        }
    }

    /** The grids remembered, most recently run first. */
    public synchronized List<SavedGrid> grids() {
        List<SavedGrid> grids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT id, name, definition, last_run FROM grid ORDER BY last_run DESC")) {
            while (r.next()) {
                grids.add(new SavedGrid(r.getString(1), r.getString(2), r.getString(3), Instant.parse(r.getString(4))));
            }
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot be read", e);
        }
        return grids;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot be closed", e);
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(file + ": " + what + " (" + describe(e) + ")", e);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("SQLITE_NOTADB")) {
            return "not a WidthLab results store (not an SQLite file)";
        }
        return message;
    }

    private static void setReal(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static List<List<String>> batches(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            batches.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
        }
        return batches;
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The open already failed; that failure is what the caller hears about.
            }
        }
    }
}
