package org.widthlab.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.function.BooleanSupplier;
import org.widthlab.engine.MeasuredSteps;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.WidthSweep;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.Json;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.store.StoredCell;

/**
 * Computes one cell: the width sweep of its one-width, one-seed experiment, exactly as {@code sweep} would
 * train that width and seed (same data, same initialization, same numbers), measuring the whole coordinate
 * check at steps 0 and T and the loss alone in between ({@link MeasuredSteps#FIRST_AND_LAST}: a grid is read
 * at T). Whoever runs cells side by side — the local runner, a cluster task — gives each a single-threaded kernel.
 */
public final class CellComputation {

    private CellComputation() {
    }

    /** Thrown when the computation was cancelled before the cell finished. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledException() {
            super("cancelled", null, false, false);
        }
    }

    /**
     * Trains and measures the cell.
     *
     * @throws CancelledException when {@code cancelled} turned true first
     * @throws IllegalStateException when the run failed (its message says why)
     */
    public static StoredCell compute(GridCell cell, MatrixKernel kernel, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        SweepRecorder recorder = new SweepRecorder();
        SweepOutcome outcome = new WidthSweep(kernel, SweepExecutor.sameThread(), MeasuredSteps.FIRST_AND_LAST)
                .runHere(cell.experiment(), recorder, cancelled);
        switch (outcome.status()) {
            case CANCELLED -> throw new CancelledException();
            case FAILED -> throw new IllegalStateException("cell " + describe(cell) + " failed: " + outcome.message());
            case COMPLETED -> {
            }
        }
        return new StoredCell(cell.key(), settingsJson(cell), cell.width(), cell.seed(), recorder.measurements(),
                (System.nanoTime() - start) / 1e9, kernel.name());
    }

    /** The cell's settings as a one-line experiment file (a stored cell can be opened as an experiment). */
    static String settingsJson(GridCell cell) {
        try {
            return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ExperimentFile.toJson(cell.experiment()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an experiment always converts to JSON", e);
        }
    }

    /** "width 512, seed 1, learningRate = 0.25, preset = sp" */
    static String describe(GridCell cell) {
        return "width " + cell.width() + ", seed " + cell.seed() + (cell.point().isEmpty() ? "" : ", " + cell.point());
    }
}
