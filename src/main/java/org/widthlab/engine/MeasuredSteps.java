package org.widthlab.engine;

/**
 * Which steps of a training run get the whole coordinate check (theory.md §8); every other step gets its
 * training loss alone (which also tells when the run diverged).
 */
public enum MeasuredSteps {
    /** Every step t = 0..T: the width sweep, which draws feature movement step by step. */
    EVERY_STEP,
    /**
     * Step 0 (the baselines) and the last step T: a cell of a grid, which is read at T (μTransfer curves,
     * heatmaps, best rates). The coordinate check of a step costs about a quarter of the step's products
     * ((W_t − W_0)x needs one of its own), so a grid computes faster without the steps in between.
     */
    FIRST_AND_LAST;

    /** Whether step t of a run of T steps gets the whole coordinate check. */
    boolean measuresAll(int step, int steps) {
        return this == EVERY_STEP || step == 0 || step == steps;
    }
}
