package org.widthlab.ui.model;

import java.util.List;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.SweepListener;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepProgress;

/**
 * The engine-thread side of a running sweep: what the engine reports reaches the {@link Sink} on the UI
 * thread in batches ({@link UiHandOver}: about one {@link Sink#deliver} per frame, never one per point).
 */
public final class SweepBridge implements SweepListener {

    /** Receives the batches, on the UI thread. */
    interface Sink {
        void deliver(List<Measurement> measurements, SweepProgress latestProgress);

        void finished(SweepOutcome outcome);
    }

    private final UiHandOver<Measurement, SweepProgress> handOver;
    private final Sink sink;

    SweepBridge(UiThread uiThread, Sink sink) {
        this.handOver = new UiHandOver<>(uiThread, sink::deliver);
        this.sink = sink;
    }

    @Override
    public void onMeasurements(List<Measurement> measurements) {
        handOver.add(measurements);
    }

    @Override
    public void onProgress(SweepProgress latest) {
        handOver.progress(latest);
    }

    @Override
    public void onFinished(SweepOutcome outcome) {
        handOver.finish(() -> sink.finished(outcome));
    }
}
