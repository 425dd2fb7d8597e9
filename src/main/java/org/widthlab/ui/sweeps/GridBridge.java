package org.widthlab.ui.sweeps;

import java.util.List;
import java.util.Map;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridListener;
import org.widthlab.grid.GridOutcome;
import org.widthlab.grid.GridProgress;
import org.widthlab.store.StoredCell;
import org.widthlab.ui.model.UiHandOver;
import org.widthlab.ui.model.UiThread;

/**
 * The runner's side of a grid on show: the finished cells reach the {@link Sink} on the UI thread in batches
 * ({@link UiHandOver}: about one batch per frame however fast cells finish).
 */
final class GridBridge implements GridListener {

    /** Receives the batches, on the UI thread. */
    interface Sink {
        void deliver(List<Map.Entry<GridCell, StoredCell>> cells, GridProgress latest);

        void finished(GridOutcome outcome);
    }

    private final UiHandOver<Map.Entry<GridCell, StoredCell>, GridProgress> handOver;
    private final Sink sink;

    GridBridge(UiThread uiThread, Sink sink) {
        this.handOver = new UiHandOver<>(uiThread, sink::deliver);
        this.sink = sink;
    }

    @Override
    public void onCell(GridCell cell, StoredCell result, boolean reused) {
        handOver.add(List.of(Map.entry(cell, result)));
    }

    @Override
    public void onProgress(GridProgress latest) {
        handOver.progress(latest);
    }

    @Override
    public void onFinished(GridOutcome outcome) {
        handOver.finish(() -> sink.finished(outcome));
    }
}
