package org.widthlab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridPlan;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** Cutting cells into tasks: every cell once, equal keys together, the widest first, no task far above its share. */
class TaskPlanTest {

    /** The μTransfer grid of the README: 2 presets × 13 rates × widths 128..2048 × 2 seeds. */
    private static Grid muTransfer() {
        Experiment base = new Experiment(Preset.SP.at(2, Activation.TANH), DataSetKind.TEACHER, 16, 64, 20, 0.1,
                List.of(128, 256, 512, 1024, 2048), 2, 0, false);
        return new Grid("muTransfer", base, List.of(AxisValues.parse(Axis.PRESET, "sp,mup"),
                AxisValues.parse(Axis.LEARNING_RATE, "2^-8..2^4")));
    }

    @Test
    void everyCellIsInExactlyOneTaskAndTheHeaviestTaskComesFirst() {
        List<GridCell> cells = muTransfer().cells();
        List<CellBatch> batches = TaskPlan.batches(cells, 8);
        assertEquals(8, batches.size());
        List<Integer> seen = batches.stream().flatMap(b -> b.groups().stream()).flatMap(List::stream).sorted().toList();
        List<Integer> all = cells.stream().map(GridCell::index).toList();
        assertEquals(all, seen);
        for (int i = 1; i < batches.size(); i++) {
            assertTrue(batches.get(i - 1).flops() >= batches.get(i).flops(), "task " + i + " is heavier than the one before");
        }
        double total = batches.stream().mapToDouble(CellBatch::flops).sum();
        double largest = cells.stream().mapToDouble(c -> GridPlan.flops(c.experiment())).max().orElseThrow();
        // Graham's bound for the LPT rule: no task exceeds the average share by more than the largest cell.
        assertTrue(batches.get(0).flops() <= total / 8 + largest, "heaviest task " + batches.get(0).flops());
        assertEquals(total, cells.stream().mapToDouble(c -> GridPlan.flops(c.experiment())).sum(), 1e-6 * total);
    }

    @Test
    void cellsThatShareAKeyAreOneComputation() {
        List<GridCell> original = muTransfer().cells();
        List<GridCell> cells = new ArrayList<>();
        for (GridCell c : original) {
            // Pair up the cells: cell 2k+1 is given the key of cell 2k, as two points giving the same settings would.
            String key = c.index() % 2 == 1 ? original.get(c.index() - 1).key() : c.key();
            cells.add(new GridCell(c.index(), c.point(), c.width(), c.seedIndex(), c.experiment(), key));
        }
        List<CellBatch> batches = TaskPlan.batches(cells, 6);
        List<List<Integer>> groups = new ArrayList<>();
        batches.forEach(b -> groups.addAll(b.groups()));
        assertEquals(cells.size() / 2, groups.size());
        for (List<Integer> group : groups) {
            assertEquals(2, group.size());
            assertEquals(group.get(0) + 1, (int) group.get(1));
        }
        assertEquals(cells.size(), batches.stream().mapToInt(CellBatch::cells).sum());
        assertEquals(2048, cells.get(batches.get(0).groups().get(0).get(0)).width(), "the widest cell starts first");
    }
}
