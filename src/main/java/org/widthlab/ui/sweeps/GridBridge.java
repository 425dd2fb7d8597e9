package org.widthlab.ui.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridListener;
import org.widthlab.grid.GridOutcome;
import org.widthlab.grid.GridProgress;
import org.widthlab.store.StoredCell;
import org.widthlab.ui.model.UiThread;

/**
 * The runner's side of a grid on show: queues the finished cells and hands them to the UI thread in batches,
 * with at most one hand-over pending at a time (however fast cells finish, the UI thread sees about one batch
 * per frame). Nothing here touches the UI.
 */
final class GridBridge implements GridListener {

    /** Receives the batches, on the UI thread. */
    interface Sink {
        void deliver(List<Map.Entry<GridCell, StoredCell>> cells, GridProgress latest);

        void finished(GridOutcome outcome);
    }

    private final UiThread uiThread;
    private final Sink sink;
    private final ConcurrentLinkedQueue<Map.Entry<GridCell, StoredCell>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicReference<GridProgress> progress = new AtomicReference<>();
    private final AtomicBoolean handOverScheduled = new AtomicBoolean();

    GridBridge(UiThread uiThread, Sink sink) {
        this.uiThread = uiThread;
        this.sink = sink;
    }

    @Override
    public void onCell(GridCell cell, StoredCell result, boolean reused) {
        pending.add(Map.entry(cell, result));
        schedule();
    }

    @Override
    public void onProgress(GridProgress latest) {
        progress.set(latest);
        schedule();
    }

    @Override
    public void onFinished(GridOutcome outcome) {
        uiThread.execute(() -> {
            drain();
            sink.finished(outcome);
        });
    }

    private void schedule() {
        if (handOverScheduled.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        handOverScheduled.set(false);
        List<Map.Entry<GridCell, StoredCell>> batch = new ArrayList<>();
        for (Map.Entry<GridCell, StoredCell> cell; (cell = pending.poll()) != null; ) {
            batch.add(cell);
        }
        GridProgress latest = progress.getAndSet(null);
        if (!batch.isEmpty() || latest != null) {
            sink.deliver(batch, latest);
        }
    }
}
