package org.widthlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A listener that keeps every measurement and the outcome, and passes each call on to another listener
 * (for the command line's CSV, for tests). Thread-safe: the sweep thread writes, any thread reads.
 */
public final class SweepRecorder implements SweepListener {

    private final List<Measurement> measurements = new ArrayList<>();
    private final SweepListener next;
    private volatile SweepOutcome outcome;

    public SweepRecorder() {
        this(measurements -> { });
    }

    public SweepRecorder(SweepListener next) {
        this.next = next;
    }

    @Override
    public void onMeasurements(List<Measurement> batch) {
        synchronized (measurements) {
            measurements.addAll(batch);
        }
        next.onMeasurements(batch);
    }

    @Override
    public void onProgress(SweepProgress progress) {
        next.onProgress(progress);
    }

    @Override
    public void onFinished(SweepOutcome finished) {
        outcome = finished;
        next.onFinished(finished);
    }

    /** A copy of every measurement received so far, in the order received. */
    public List<Measurement> measurements() {
        synchronized (measurements) {
            return List.copyOf(measurements);
        }
    }

    /** The outcome, or null before the sweep has finished. */
    public SweepOutcome outcome() {
        return outcome;
    }
}
