package org.widthlab.casestudies;

import org.widthlab.engine.SweepOutcome;

/**
 * Receives a case study's results as each model finishes. Called from the study's worker threads (one call at a
 * time): an implementation that updates a window must hand the immutable arguments over to its own thread.
 */
public interface CaseStudyListener {

    /** One model's scores, all metrics at once. */
    void onResults(java.util.List<ModelResult> results);

    /** How far the study has got: the share of the work done (0..1), and what is running now. */
    default void onProgress(double fractionDone, String running, double elapsedSeconds) {
    }

    /** Called exactly once, last: completed, cancelled or failed (with the message). */
    default void onFinished(SweepOutcome outcome) {
    }
}
