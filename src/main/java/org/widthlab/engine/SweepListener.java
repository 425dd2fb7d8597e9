package org.widthlab.engine;

import java.util.List;

/**
 * Receives a width sweep's results as they are computed. Called on the engine's thread: an
 * implementation that updates a user interface must hand the (immutable) arguments over to its own
 * thread; it must not block for long.
 */
public interface SweepListener {

    /** The measurements of one (width, seed, step), all quantities and layers at once. */
    void onMeasurements(List<Measurement> measurements);

    /** How far the sweep has got; called at least once per (width, seed). */
    default void onProgress(SweepProgress progress) {
    }

    /** Called exactly once at the end: completed, cancelled or failed. */
    default void onFinished(SweepOutcome outcome) {
    }
}
