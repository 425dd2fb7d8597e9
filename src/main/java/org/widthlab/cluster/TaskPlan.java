package org.widthlab.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridPlan;

/**
 * How a grid's cells are cut into Spark tasks so that no straggler decides the wall time. A cell's cost
 * grows like n² (GridPlan's flop estimate), so the widest cells of a grid cost hundreds of narrow ones.
 * The cells (grouped by content key: equal keys are one computation) are dealt longest first, each to the
 * task with the least work so far (Graham's LPT rule), into about {@value #TASKS_PER_SLOT} tasks per task
 * slot; tasks are then numbered from the most work to the least, the order in which Spark starts them. So
 * the widest cells start first, each alone in its task when it is larger than a task's share, and the
 * many small cells fill in at the end, when some slots would otherwise idle.
 */
final class TaskPlan {

    /** Tasks per slot: enough for late small tasks to even out the slots, few enough to keep overhead low. */
    static final int TASKS_PER_SLOT = 4;

    private TaskPlan() {
    }

    /** The default number of tasks for {@code slots} task slots. */
    static int defaultTasks(int slots) {
        return Math.max(1, slots * TASKS_PER_SLOT);
    }

    /**
     * Cuts the cells into at most {@code tasks} batches (fewer when there are fewer distinct keys), heaviest
     * batch first.
     */
    static List<CellBatch> batches(List<GridCell> cells, int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("need at least one task, got " + tasks);
        }
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        Map<String, Double> cost = new LinkedHashMap<>();
        for (GridCell cell : cells) {
            byKey.computeIfAbsent(cell.key(), k -> new ArrayList<>()).add(cell.index());
            cost.putIfAbsent(cell.key(), GridPlan.flops(cell.experiment()));
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparingDouble((String k) -> cost.get(k)).reversed());
        int count = Math.min(tasks, keys.size());
        List<List<List<Integer>>> groups = new ArrayList<>();
        double[] work = new double[count];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.comparingDouble((Integer b) -> work[b]).thenComparingInt(b -> b));
        for (int b = 0; b < count; b++) {
            groups.add(new ArrayList<>());
            lightest.add(b);
        }
        for (String key : keys) {
            int b = lightest.poll();
            groups.get(b).add(byKey.get(key));
            work[b] += cost.get(key);
            lightest.add(b);
        }
        List<CellBatch> batches = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            batches.add(new CellBatch(groups.get(b), work[b]));
        }
        batches.sort(Comparator.comparingDouble(CellBatch::flops).reversed());
        return batches;
    }
}
