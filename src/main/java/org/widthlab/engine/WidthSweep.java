package org.widthlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.widthlab.linalg.MatrixKernel;

/**
 * A width sweep: for one {@link Experiment}, trains and measures a network at every width × seed
 * (theory.md §8, the coordinate check), off the caller's thread, streaming each (width, seed, step)'s
 * {@link Measurement}s to a {@link SweepListener} as it completes.
 *
 * <pre>{@code
 * WidthSweep sweep = new WidthSweep(MatrixKernels.defaultKernel(), SweepExecutor.newThread());
 * SweepHandle handle = sweep.start(experiment, listener);   // returns at once
 * handle.cancel();                                          // stops within a fraction of a second
 * SweepOutcome outcome = handle.await();                    // COMPLETED, CANCELLED or FAILED
 * }</pre>
 *
 * <p>Guarantees: every listener call happens on the one sweep thread, in order; {@code onFinished} is
 * called exactly once and is the last call. Cancellation is checked between matrix products. A run that
 * diverges is a result (its last step is marked diverged, the sweep goes on with the next run). Same
 * experiment and same kernel ⇒ the same numbers bit for bit, whatever the kernel's number of threads (the
 * kernels split products independently of it: {@link org.widthlab.linalg.OpenBlasKernel}); another kernel
 * kind, or OpenBLAS on another processor type, rounds differently. Widths are run from small to large; each
 * seed s = 0..S−1 runs with {@code experiment.seed() + s} and its own data set.
 */
public final class WidthSweep {

    private final MatrixKernel kernel;
    private final SweepExecutor executor;
    private final MeasuredSteps measuredSteps;

    /** A sweep that measures every step. */
    public WidthSweep(MatrixKernel kernel, SweepExecutor executor) {
        this(kernel, executor, MeasuredSteps.EVERY_STEP);
    }

    /** A sweep that gives the whole coordinate check to {@code measuredSteps} and the loss alone to the others. */
    public WidthSweep(MatrixKernel kernel, SweepExecutor executor, MeasuredSteps measuredSteps) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.measuredSteps = Objects.requireNonNull(measuredSteps, "measuredSteps");
    }

    /**
     * Starts the sweep.
     *
     * @throws IllegalArgumentException before anything is allocated, when a width, or the measurements kept,
     *                                  would not fit in memory ({@link MemoryEstimate}); the message says which
     *                                  and what to do
     */
    public SweepHandle start(Experiment experiment, SweepListener listener) {
        Objects.requireNonNull(listener, "listener");
        MemoryEstimate.check(experiment, MemoryEstimate.directMemoryLimit());
        MemoryEstimate.checkHeap(experiment, MemoryEstimate.heapLimit());
        return BackgroundRun.start(executor, cancelled -> run(experiment, listener, cancelled::get),
                listener::onFinished);
    }

    /**
     * Runs the sweep on the calling thread and returns how it ended, for a caller that already runs many
     * sweeps on threads of its own (a grid of cells). The listener hears every call {@link #start} would
     * make, {@code onFinished} included. Memory is not checked: the caller plans for it.
     *
     * @param cancelled polled between matrix products; once true the sweep ends {@code CANCELLED}
     */
    public SweepOutcome runHere(Experiment experiment, SweepListener listener, BooleanSupplier cancelled) {
        SweepOutcome outcome = run(experiment, Objects.requireNonNull(listener, "listener"), cancelled);
        listener.onFinished(outcome);
        return outcome;
    }

    private SweepOutcome run(Experiment e, SweepListener listener, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Work work = new Work(e);
        int diverged = 0;
        try {
            List<DataSet> data = new ArrayList<>();
            for (int s = 0; s < e.seeds(); s++) {
                data.add(DataSet.generate(e.dataSet(), e.inputDim(), e.batch(), e.seed() + s));
            }
            for (int width : e.widths()) {
                Mlp.checkCancelled(cancelled);
                TrainingRun run = new TrainingRun(e, width, kernel, measuredSteps);
                for (int s = 0; s < e.seeds(); s++) {
                    long seed = e.seed() + s;
                    listener.onProgress(new SweepProgress(work.fraction(), width, seed, seconds(start)));
                    int[] stepsMeasured = {0};
                    boolean runDiverged = run.run(data.get(s), seed, cancelled, measurements -> {
                        listener.onMeasurements(measurements);
                        stepsMeasured[0]++;
                        work.add(width, 1);
                    });
                    if (runDiverged) {
                        diverged++;
                        work.add(width, e.steps() + 1 - stepsMeasured[0]);
                    }
                }
            }
            listener.onProgress(new SweepProgress(1, e.widths().get(e.widths().size() - 1),
                    e.seed() + e.seeds() - 1, seconds(start)));
            return new SweepOutcome(SweepOutcome.Status.COMPLETED, diverged, seconds(start), "");
        } catch (Mlp.CancelledException ex) {
            return new SweepOutcome(SweepOutcome.Status.CANCELLED, diverged, seconds(start), "");
        } catch (RuntimeException | Error ex) {
            // Any failure, an Error too (a native library that does not link, a stack overflow), ends the sweep
            // as FAILED with its message, so onFinished always comes and no caller waits forever.
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return new SweepOutcome(SweepOutcome.Status.FAILED, diverged, seconds(start), message);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Progress as a fraction of the work, each step of width n weighted by its cost ∝ n(n + d + B). */
    private static final class Work {
        private final Experiment e;
        private final double total;
        private double done;

        Work(Experiment e) {
            this.e = e;
            double sum = 0;
            for (int width : e.widths()) {
                sum += cost(width) * e.seeds() * (e.steps() + 1);
            }
            total = sum;
        }

        double cost(int width) {
            return (double) width * (e.parametrization().depth() * (double) width + e.inputDim() + e.batch());
        }

        /** Counts {@code steps} steps of width n as done (a diverged run's remaining steps too). */
        void add(int width, int steps) {
            done += cost(width) * steps;
        }

        double fraction() {
            return Math.min(1, done / total);
        }
    }
}
