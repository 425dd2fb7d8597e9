package org.widthlab.engine;

/**
 * How a sweep ended.
 *
 * @param status         completed, cancelled or failed
 * @param divergedRuns   how many (width, seed) runs diverged (a result, not a failure)
 * @param sweepSeconds   wall time of the sweep itself
 * @param message        for a failure, what went wrong; otherwise empty
 */
public record SweepOutcome(Status status, int divergedRuns, double sweepSeconds, String message) {

    public enum Status { COMPLETED, CANCELLED, FAILED }
}
