package org.widthlab.ui.sweeps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.widthlab.grid.CellComputation;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridFile;
import org.widthlab.grid.GridResults;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.ui.charts.ChartDrawing;
import org.widthlab.ui.charts.ChartStyle;

/**
 * Runs, while the window is idle after opening, the code a first grid would otherwise have compiled while its
 * results stream in: the cells of a small grid ({@value #GRID}: SP and μP, ten learning rates, widths 32..512,
 * one seed, 100 cells), computed as a grid computes them but stored nowhere, and every {@value #CELLS_PER_CHART}
 * cells the μTransfer chart of those so far, drawn with Java2D as a chart that streams in is drawn
 * ({@link ChartDrawing}). About two seconds of one core, once, on a daemon thread; a run the user starts stops
 * it at once ({@link #stopForRun}).
 * <p>
 * Why: the JIT compiler turns the engine, Java2D's rasterizer and JFreeChart into machine code only once they
 * have run for a while. In a fresh window a 1000-cell grid therefore started beside the compilers, which took
 * about 0.6 of a core for its first 1.5 s, and on two cores the window's own two threads then waited for a core:
 * frames 50–125 ms apart, 1–3 times a run (2 cores, Xvfb; README, "Responsiveness"). After the warm-up the same
 * grid streams in with no such gap.
 */
public final class GridWarmUp {

    /** The grid file, beside this class, whose cells the warm-up computes. */
    static final String GRID = "warm-up-grid.json";
    /** Cells computed between two drawings of the chart. */
    static final int CELLS_PER_CHART = 20;
    /** The size the chart is drawn at: about the μTransfer chart's at 1920×1080. */
    static final int CHART_WIDTH = 1600;
    static final int CHART_HEIGHT = 900;

    private static final Logger LOG = Logger.getLogger(GridWarmUp.class.getName());
    /** The warm-up in progress; the JIT's code is the whole program's, and so is this. */
    private static final AtomicReference<GridWarmUp> RUNNING = new AtomicReference<>();

    /** What a warm-up did: cells computed, charts drawn, in how long, and whether a run stopped it first. */
    public record Summary(int cells, int charts, double seconds, boolean stopped) {
    }

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CompletableFuture<Summary> finished = new CompletableFuture<>();

    private GridWarmUp() {
    }

    /** Starts a warm-up on its own daemon thread (stopping one still in progress). */
    public static GridWarmUp start() {
        GridWarmUp warmUp = new GridWarmUp();
        GridWarmUp earlier = RUNNING.getAndSet(warmUp);
        if (earlier != null) {
            earlier.stopped.set(true);
        }
        Thread thread = new Thread(warmUp::run, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return warmUp;
    }

    /** Stops the warm-up in progress, if any: a run the user starts should not share a core with it. */
    public static void stopForRun() {
        GridWarmUp running = RUNNING.get();
        if (running != null) {
            running.stopped.set(true);
        }
    }

    /** Completes, on the warm-up's thread, when it has finished or stopped. */
    public CompletionStage<Summary> finished() {
        return finished;
    }

    private void run() {
        long start = System.nanoTime();
        int cells = 0;
        int charts = 0;
        try {
            Grid grid = grid();
            GridResults results = new GridResults(grid);
            MatrixKernel kernel = MatrixKernels.withThreads(1);
            for (GridCell cell : grid.cells()) {
                if (stopped.get()) {
                    break;
                }
                results.add(cell, CellComputation.compute(cell, kernel, stopped::get));
                if (++cells % CELLS_PER_CHART == 0) {
                    ChartDrawing.draw(TransferCurvesChart.create(results, QuantityChoice.LOSS, ChartStyle.DEFAULT),
                            CHART_WIDTH, CHART_HEIGHT, 1);
                    charts++;
                }
            }
        } catch (CellComputation.CancelledException e) {
            // stopped by a run in the middle of a cell
        } catch (IOException | RuntimeException e) {
            // nothing the user sees depends on it: a first run is merely slower to start smoothly
            LOG.log(Level.WARNING, "the warm-up stopped after " + cells + " cells: " + e.getMessage(), e);
        } finally {
            RUNNING.compareAndSet(this, null);
            finished.complete(new Summary(cells, charts, (System.nanoTime() - start) / 1e9, stopped.get()));
        }
    }

    /** The grid whose cells the warm-up computes, read from {@value #GRID}. */
    static Grid grid() throws IOException {
        try (InputStream in = GridWarmUp.class.getResourceAsStream(GRID)) {
            if (in == null) {
                throw new IOException(GRID + " is missing from the program");
            }
            return GridFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "warm-up");
        }
    }
}
