package org.widthlab.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoredCell;

/** Shards: 1/3 + 2/3 + 3/3 is the whole grid, each cell once; their stores merge into the whole grid's store. */
class ShardTest {

    @TempDir
    Path folder;

    @Test
    void theShardsOfAGridAreDisjointAndTogetherTheWholeGrid() {
        List<GridCell> cells = Grids.small().cells();
        List<Integer> seen = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<GridCell> shard = new Shard(i, 3).select(cells);
            assertTrue(Math.abs(shard.size() - cells.size() / 3.0) < 1, "shard " + i + " has " + shard.size() + " cells");
            Set<Integer> widths = new HashSet<>();
            shard.forEach(c -> {
                seen.add(c.index());
                widths.add(c.width());
            });
            assertEquals(Set.of(16, 32), widths, "every shard gets narrow and wide cells");
        }
        seen.sort(null);
        assertEquals(cells.stream().map(GridCell::index).toList(), seen);
        assertEquals(new Shard(2, 3).select(cells), new Shard(2, 3).select(Grids.small().cells()), "deterministic");
        assertEquals(cells, Shard.WHOLE.select(cells));
    }

    @Test
    void threeShardsMergedEqualTheWholeGrid() throws Exception {
        Grid grid = Grids.small();
        Grids.Recorded whole = Grids.run(grid, folder.resolve("whole.sqlite"), 2);
        Path merged = folder.resolve("merged.sqlite");
        try (ResultStore store = ResultStore.open(merged)) {
            for (int i = 1; i <= 3; i++) {
                Path shardStore = folder.resolve("shard" + i + ".sqlite");
                try (ResultStore part = ResultStore.open(shardStore)) {
                    GridOutcome outcome = new GridRunner(part).run(GridPlan.of(grid, new Shard(i, 3), 2, Long.MAX_VALUE),
                            new Grids.Recorded());
                    assertEquals(8, outcome.computed());
                    part.rememberGrid(new org.widthlab.store.SavedGrid(GridFile.id(grid), grid.name(), GridFile.text(grid),
                            java.time.Instant.now()));
                }
                ResultsImport.Summary summary = ResultsImport.into(store, shardStore);
                assertEquals("results store", summary.kind());
                assertEquals(8, summary.added());
                assertEquals(List.of(grid.name()), summary.grids());
            }
            assertEquals(24, store.cellCount());
            Grids.Recorded again = new Grids.Recorded();
            GridOutcome outcome = new GridRunner(store).run(GridPlan.of(grid, 2, Long.MAX_VALUE), again);
            assertEquals(0, outcome.computed(), "the merged store holds the whole grid");
            for (int i = 0; i < 24; i++) {
                StoredCell expected = whole.cells.get(i);
                assertEquals(expected.measurements(), again.cells.get(i).measurements(), "cell " + i);
            }
            assertEquals(1, store.grids().size());
            assertEquals(0, ResultsImport.into(store, folder.resolve("shard1.sqlite")).added(), "a second merge adds nothing");
        }
    }

    @Test
    void aShardIsWrittenIOverN() {
        assertEquals(new Shard(2, 8), Shard.parse(" 2/8 "));
        assertEquals("shard 2/8", "shard " + Shard.parse("2/8"));
        for (String bad : List.of("0/3", "4/3", "3", "a/3", "1/0", "1/2/3")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().contains("i/N"), e.getMessage());
        }
    }
}
