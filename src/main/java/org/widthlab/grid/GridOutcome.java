package org.widthlab.grid;

/**
 * How a grid run ended.
 *
 * @param status   completed, cancelled or failed
 * @param cells    cells in the grid
 * @param computed cells computed (and stored) by this run
 * @param reused   cells found in the store
 * @param diverged cells whose run diverged, computed or reused (a result, not a failure)
 * @param seconds  wall time of the run
 * @param message  for a failure, what went wrong; otherwise empty
 */
public record GridOutcome(Status status, int cells, int computed, int reused, int diverged, double seconds,
        String message) {

    public enum Status { COMPLETED, CANCELLED, FAILED }
}
