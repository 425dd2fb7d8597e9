package org.widthlab.engine;

/** A running sweep, as its caller sees it. */
public interface SweepHandle {

    /** Asks the sweep to stop; it stops within a fraction of a second and reports {@code CANCELLED}. */
    void cancel();

    /** Waits until the sweep has finished (its listener's {@code onFinished} has returned). */
    SweepOutcome await() throws InterruptedException;
}
