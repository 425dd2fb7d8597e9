package org.widthlab.ui.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.widthlab.grid.Axis;
import org.widthlab.grid.Grid;

/**
 * The window's warm-up ({@link GridWarmUp}): it computes every cell of its small grid and draws the μTransfer chart
 * every {@value GridWarmUp#CELLS_PER_CHART} cells, and a run started by the user stops it. (That it removes the
 * stalls of a first grid is measured, not tested: README, "Responsiveness".)
 */
class GridWarmUpTest {

    /** Far more than the warm-up needs (about 2 s on one core of a 2-core machine, a cold JVM a little more). */
    private static final long FINISH_LIMIT_SECONDS = 120;

    @Test
    void itsGridIsTheMuTransferPictureInSmall() throws Exception {
        Grid grid = GridWarmUp.grid();
        // SP and μP × 10 learning rates 2^-6..2^3 × widths 32, 64, 128, 256, 512 × 1 seed (warm-up-grid.json)
        assertEquals(100, grid.size());
        assertEquals(List.of("sp", "mup"), grid.axis(Axis.PRESET).orElseThrow().values());
        assertEquals(10, grid.axis(Axis.LEARNING_RATE).orElseThrow().size());
    }

    @Test
    void computesEveryCellAndDrawsTheChartEveryTwentyCells() throws Exception {
        GridWarmUp.Summary summary = GridWarmUp.start().finished().toCompletableFuture()
                .get(FINISH_LIMIT_SECONDS, TimeUnit.SECONDS);

        assertFalse(summary.stopped());
        assertEquals(100, summary.cells());
        assertEquals(100 / GridWarmUp.CELLS_PER_CHART, summary.charts());
    }

    @Test
    void aRunStopsIt() throws Exception {
        GridWarmUp warmUp = GridWarmUp.start();
        GridWarmUp.stopForRun();
        GridWarmUp.Summary summary = warmUp.finished().toCompletableFuture().get(FINISH_LIMIT_SECONDS, TimeUnit.SECONDS);

        assertTrue(summary.stopped());
        assertTrue(summary.cells() < 100, "cells computed after the stop: " + summary.cells());
    }

    @Test
    void aSecondWarmUpStopsTheFirst() throws Exception {
        GridWarmUp first = GridWarmUp.start();
        GridWarmUp second = GridWarmUp.start();
        GridWarmUp.Summary summary = first.finished().toCompletableFuture().get(FINISH_LIMIT_SECONDS, TimeUnit.SECONDS);
        GridWarmUp.stopForRun();
        second.finished().toCompletableFuture().get(FINISH_LIMIT_SECONDS, TimeUnit.SECONDS);

        assertTrue(summary.stopped());
    }
}
