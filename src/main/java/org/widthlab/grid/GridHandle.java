package org.widthlab.grid;

/** A running grid, as its caller sees it. */
public interface GridHandle {

    /** Asks the run to stop: cells in flight stop within a fraction of a second; finished ones are kept. */
    void cancel();

    /** Waits until the run has finished (its listener's {@code onFinished} has returned). */
    GridOutcome await() throws InterruptedException;
}
