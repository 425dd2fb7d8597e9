package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.SweepListener;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepProgress;

/**
 * The engine-thread side of a running sweep: it queues the immutable records the engine reports and
 * hands them to the UI thread in batches, with at most one hand-over pending at a time (however
 * fast the engine reports, the UI thread sees one {@link Sink#deliver} per frame or so, never one
 * per point). Nothing here touches the UI.
 */
public final class SweepBridge implements SweepListener {

    /** Receives the batches, on the UI thread. */
    interface Sink {
        void deliver(List<Measurement> measurements, SweepProgress latestProgress);

        void finished(SweepOutcome outcome);
    }

    private final UiThread uiThread;
    private final Sink sink;
    private final ConcurrentLinkedQueue<List<Measurement>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicReference<SweepProgress> progress = new AtomicReference<>();
    private final AtomicBoolean handOverScheduled = new AtomicBoolean();

    SweepBridge(UiThread uiThread, Sink sink) {
        this.uiThread = uiThread;
        this.sink = sink;
    }

    @Override
    public void onMeasurements(List<Measurement> measurements) {
        pending.add(List.copyOf(measurements));
        schedule();
    }

    @Override
    public void onProgress(SweepProgress latest) {
        progress.set(latest);
        schedule();
    }

    @Override
    public void onFinished(SweepOutcome outcome) {
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

    /** On the UI thread: everything queued so far, in one batch. */
    private void drain() {
        handOverScheduled.set(false);
        List<Measurement> batch = new ArrayList<>();
        for (List<Measurement> part; (part = pending.poll()) != null; ) {
            batch.addAll(part);
        }
        SweepProgress latest = progress.getAndSet(null);
        if (!batch.isEmpty() || latest != null) {
            sink.deliver(batch, latest);
        }
    }
}
