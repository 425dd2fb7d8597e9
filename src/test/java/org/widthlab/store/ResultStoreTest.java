package org.widthlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/** The results store keeps what it is given, across closing and reopening, and refuses files that are not stores. */
class ResultStoreTest {

    @TempDir
    Path folder;

    /** A cell whose run diverged at step 2, with the values SQLite treats specially (NaN, ∞, tiny, integral). */
    private static StoredCell divergedCell(String key) {
        return new StoredCell(key, "{\"x\":1}", 64, 7, List.of(
                new Measurement(64, 7, 0, 1, Quantity.H, 1.25, false),
                new Measurement(64, 7, 0, 0, Quantity.LOSS, 0.5, false),
                new Measurement(64, 7, 1, 1, Quantity.H, 3.0, false),
                new Measurement(64, 7, 1, 0, Quantity.LOSS, 1e-300, false),
                new Measurement(64, 7, 2, 1, Quantity.H, Double.NaN, true),
                new Measurement(64, 7, 2, 0, Quantity.LOSS, Double.POSITIVE_INFINITY, true)), 0.125, "reference");
    }

    private static StoredCell finishedCell(String key, double loss) {
        return new StoredCell(key, "{}", 128, 0, List.of(new Measurement(128, 0, 0, 0, Quantity.LOSS, 2.0, false),
                new Measurement(128, 0, 1, 0, Quantity.LOSS, loss, false)), 1.5, "openblas (1 thread)");
    }

    @Test
    void whatIsPutIsReadBackAfterReopening() {
        Path file = folder.resolve("sub/results.sqlite");
        StoredCell diverged = divergedCell("k1");
        StoredCell finished = finishedCell("k2", 0.25);
        try (ResultStore store = ResultStore.open(file)) {
            assertTrue(store.put(diverged));
            assertTrue(store.put(finished));
        }
        try (ResultStore store = ResultStore.open(file)) {
            assertEquals(2, store.cellCount());
            assertEquals(Set.of("k1", "k2"), store.present(List.of("k1", "k2", "k3")));
            Map<String, StoredCell> read = store.get(List.of("k2", "k1", "missing"));
            assertEquals(Set.of("k1", "k2"), read.keySet());
            // Records compare doubles with Double.compare: NaN equals NaN.
            assertEquals(diverged, read.get("k1"));
            assertEquals(finished, read.get("k2"));
            assertTrue(read.get("k1").diverged());
            assertEquals(Double.POSITIVE_INFINITY, read.get("k1").finalLoss());
            assertEquals(0.25, read.get("k2").finalLoss());
        }
    }

    @Test
    void aCellIsStoredOnceUnderItsKey() {
        try (ResultStore store = ResultStore.open(folder.resolve("r.sqlite"))) {
            assertTrue(store.put(finishedCell("same", 0.25)));
            assertFalse(store.put(finishedCell("same", 0.75)), "a second put of the same key is ignored");
            assertEquals(0.25, store.get(List.of("same")).get("same").finalLoss());
            assertEquals(1, store.cellCount());
        }
    }

    @Test
    void manyKeysAreLookedUpInBatches() {
        try (ResultStore store = ResultStore.open(folder.resolve("r.sqlite"))) {
            for (int i = 0; i < 1203; i += 2) {
                store.put(finishedCell("key" + i, i));
            }
            List<String> keys = java.util.stream.IntStream.range(0, 1203).mapToObj(i -> "key" + i).toList();
            assertEquals(602, store.present(keys).size());
            Map<String, StoredCell> cells = store.get(keys);
            assertEquals(602, cells.size());
            assertEquals(1202.0, cells.get("key1202").finalLoss());
        }
    }

    @Test
    void gridsAreRememberedOnceMostRecentFirst() {
        try (ResultStore store = ResultStore.open(folder.resolve("r.sqlite"))) {
            store.rememberGrid(new SavedGrid("a", "first", "{\"a\":1}", Instant.parse("2026-01-01T00:00:00Z")));
            store.rememberGrid(new SavedGrid("b", "second", "{\"b\":1}", Instant.parse("2026-01-02T00:00:00Z")));
            store.rememberGrid(new SavedGrid("a", "first again", "{\"a\":1}", Instant.parse("2026-01-03T00:00:00Z")));
            List<SavedGrid> grids = store.grids();
            assertEquals(List.of("a", "b"), grids.stream().map(SavedGrid::id).toList());
            assertEquals("first again", grids.get(0).name());
        }
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedAndLeftAlone() throws Exception {
        Path text = folder.resolve("notes.sqlite");
        Files.writeString(text, "these are my notes, not a database\n".repeat(50));
        byte[] before = Files.readAllBytes(text);
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(text));
        assertTrue(e.getMessage().startsWith(text.toAbsolutePath() + ": not a WidthLab results store"), e.getMessage());
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(text).length));

        Path other = folder.resolve("other.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var s = c.createStatement()) {
            s.execute("CREATE TABLE mine (x INTEGER)");
        }
        e = assertThrows(StoreException.class, () -> ResultStore.open(other));
        assertTrue(e.getMessage().contains("not a WidthLab results store"), e.getMessage());

        Path newer = folder.resolve("newer.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (ResultStore.SCHEMA_VERSION + 1));
        }
        e = assertThrows(StoreException.class, () -> ResultStore.open(newer));
        assertTrue(e.getMessage().contains("written by a newer WidthLab"), e.getMessage());
    }

    @Test
    void theDefaultLocationIsTheSystemsDataFolder() {
        assertEquals(Path.of("/home/u/.local/share/widthlab/results.sqlite"),
                StoreLocation.defaultFile("Linux", "/home/u", Map.of()));
        assertEquals(Path.of("/data/widthlab/results.sqlite"),
                StoreLocation.defaultFile("Linux", "/home/u", Map.of("XDG_DATA_HOME", "/data")));
        assertEquals(Path.of("/Users/u/Library/Application Support/WidthLab/results.sqlite"),
                StoreLocation.defaultFile("Mac OS X", "/Users/u", Map.of()));
        assertEquals(Path.of("C:/Users/u/AppData/Local", "WidthLab", "results.sqlite"),
                StoreLocation.defaultFile("Windows 11", "/home/u", Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local")));
    }
}
