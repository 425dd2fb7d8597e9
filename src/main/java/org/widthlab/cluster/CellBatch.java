package org.widthlab.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * The cells one Spark task computes: groups of cells that share a content key (each group is computed once
 * and written once per cell of it), given by their index in the grid's run order.
 *
 * @param groups the cell indices, grouped by key
 * @param flops  the work of the batch, about ({@code GridPlan.flops} of one cell per group)
 */
record CellBatch(List<List<Integer>> groups, double flops) implements Serializable {

    private static final long serialVersionUID = 1L;

    CellBatch {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /** How many grid cells the batch writes. */
    int cells() {
        return groups.stream().mapToInt(List::size).sum();
    }
}
