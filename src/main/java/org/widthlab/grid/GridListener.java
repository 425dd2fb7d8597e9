package org.widthlab.grid;

import org.widthlab.store.StoredCell;

/**
 * Receives a grid's cells as they become available. Calls come from the runner's worker threads but never
 * two at once, and {@code onFinished} is the last one; an implementation that updates a window hands the
 * (immutable) arguments over to its own thread and returns quickly.
 */
public interface GridListener {

    /**
     * A cell is available: computed now, or found in the store ({@code reused}; these come first, before any
     * cell is computed).
     */
    void onCell(GridCell cell, StoredCell result, boolean reused);

    /** How far the grid has got; after every cell. */
    default void onProgress(GridProgress progress) {
    }

    /** Called exactly once, at the end. */
    default void onFinished(GridOutcome outcome) {
    }
}
