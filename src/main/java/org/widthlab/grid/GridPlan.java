package org.widthlab.grid;

import java.util.List;
import java.util.Locale;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.MemoryEstimate;

/**
 * A grid checked before anything runs: its cells, what they cost, and whether it fits. A grid is refused
 * with one message when it has more than {@link #MAX_CELLS} cells, when its widest cells would not fit in
 * memory with {@code workers} of them running at once, or when it would take longer than
 * {@link #MAX_SECONDS} on this machine by the estimate of {@link #estimatedSeconds}.
 *
 * @param grid    the grid
 * @param cells   its cells in run order
 * @param workers how many cells run at once
 */
public record GridPlan(Grid grid, List<GridCell> cells, int workers) {

    /** The most cells a grid may have (their descriptions alone take about 1 KB each in memory). */
    public static final long MAX_CELLS = 200_000;
    /** The longest a grid may take by its estimate: a week. Larger grids belong on a cluster. */
    public static final double MAX_SECONDS = 7 * 24 * 3600;
    /**
     * The speed the estimate assumes for one cell on one core, in GFLOP/s: less than half of what the whole
     * μTransfer grid of the README reached per core here (58 on 2026-12-03, OpenBLAS, widths 128..2048, its
     * diverged cells counted in full), so estimates err long.
     */
    static final double ASSUMED_GFLOPS_PER_WORKER = 25;
    /**
     * What one cell costs beyond its matrix products, in seconds on one core: building its data and network,
     * the element-wise work and measurements of every step, and storing it. Cells of widths 16..32 took about
     * 30 ms each per core on a loaded 2-core machine (208 cells in 3.1 s), so estimates err long.
     */
    static final double CELL_OVERHEAD_SECONDS = 0.03;

    public GridPlan {
        cells = List.copyOf(cells);
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workers);
        }
    }

    /**
     * Plans a grid, refusing it (before anything is allocated) when it is too large.
     *
     * @throws IllegalArgumentException saying what is too large, the estimate, and what to do instead
     */
    public static GridPlan of(Grid grid, int workers, long directMemoryLimit) {
        return of(grid, Shard.WHOLE, workers, directMemoryLimit);
    }

    /**
     * Plans one shard of a grid (its cells only, see {@link Shard}), refusing it when it is too large.
     *
     * @throws IllegalArgumentException saying what is too large, the estimate, and what to do instead
     */
    public static GridPlan of(Grid grid, Shard shard, int workers, long directMemoryLimit) {
        GridPlan plan = new GridPlan(grid, shard.select(grid.cells()), workers);
        long limit = directMemoryLimit / workers;
        for (GridCell cell : plan.cells) {
            try {
                MemoryEstimate.check(cell.experiment(), limit);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + (workers > 1 ? " (with " + workers
                        + " cells running at once, each may use 1/" + workers + " of it)" : ""));
            }
        }
        double seconds = plan.estimatedSeconds(plan.cells);
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d cells would take about %s on %d cores"
                    + " (%.3g TFLOP): use fewer values, widths or seeds, or split it over machines (--shard)",
                    plan.cells.size(), duration(seconds), workers, plan.flops(plan.cells) / 1e12));
        }
        return plan;
    }

    static String tooManyCells(long size) {
        return String.format(Locale.ROOT, "%d cells is more than the %d a grid may hold: use fewer values, widths or"
                + " seeds, or split it into several grids", size, MAX_CELLS);
    }

    /**
     * Floating-point operations of one cell, about, in forward passes: one at each of the T + 1 steps, two
     * (the backward product and the update) for each of the T steps trained, and one for the measurements
     * of each of the two steps a cell measures in full ({@code MeasuredSteps.FIRST_AND_LAST}).
     */
    public static double flops(Experiment cell) {
        double n = cell.widths().get(0);
        double forward = 2.0 * cell.batch() * (n * cell.inputDim() + (cell.parametrization().depth() - 1) * n * n + n);
        int steps = cell.steps();
        return forward * ((steps + 1) + 2 * steps + 2);
    }

    /** Floating-point operations of these cells, about. */
    public double flops(List<GridCell> some) {
        double sum = 0;
        for (GridCell cell : some) {
            sum += flops(cell.experiment());
        }
        return sum;
    }

    /** An estimate of the seconds one cell takes on one core, erring long: its products and its overhead. */
    public static double seconds(Experiment cell) {
        return flops(cell) / (ASSUMED_GFLOPS_PER_WORKER * 1e9) + CELL_OVERHEAD_SECONDS;
    }

    /** An estimate of the wall time of these cells on {@link #workers} cores, erring long. */
    public double estimatedSeconds(List<GridCell> some) {
        double sum = 0;
        for (GridCell cell : some) {
            sum += seconds(cell.experiment());
        }
        return sum / Math.min(workers, Math.max(1, some.size()));
    }

    /** "under 1 s", "40 s", "12 min", "3.5 h", "9 days". */
    public static String duration(double seconds) {
        if (seconds < 1) {
            return "under 1 s";
        }
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
