package org.widthlab.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of N deterministic parts of a grid, for batch schedulers without Spark (a Slurm job array: shard
 * {@code $SLURM_ARRAY_TASK_ID/N}). The grid's distinct computations — its cells grouped by {@link CellKey},
 * in run order — are dealt out in turn: the k-th goes to shard {@code k mod N + 1}. Run order is width
 * after width, so every shard gets the same mix of narrow and wide cells and about the same work; cells
 * that share a key stay in one shard, so no cell is computed twice. Every shard of a grid, on any machine,
 * makes the same choice, and shards 1/N … N/N together are the whole grid, each cell exactly once.
 *
 * @param index this shard, 1..count
 * @param count N
 */
public record Shard(int index, int count) {

    /** The whole grid as one shard. */
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/N with 1 ≤ i ≤ N, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/N}, e.g. {@code 2/8}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is written i/N, e.g. 2/8; got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written i/N with whole numbers, e.g. 2/8; got '" + text + "'");
        }
    }

    /** This shard's cells among {@code cells} (a grid's cells in run order), in the same order. */
    public List<GridCell> select(List<GridCell> cells) {
        Map<String, Integer> groupOfKey = new LinkedHashMap<>();
        List<GridCell> mine = new ArrayList<>();
        for (GridCell cell : cells) {
            int group = groupOfKey.computeIfAbsent(cell.key(), k -> groupOfKey.size());
            if (group % count == index - 1) {
                mine.add(cell);
            }
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
