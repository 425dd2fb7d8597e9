package org.widthlab.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoredCell;

/**
 * Runs a grid: the cells already in the store are handed to the listener at once (and not computed); the
 * others are computed on {@link GridPlan#workers()} threads side by side, each with its own single-threaded
 * matrix kernel (no oversubscription; the numbers are those of a serial run), taken in the plan's order
 * (small widths first) and each written to the store as soon as it finishes. A kill loses only the cells in
 * flight; running the grid again computes only what is missing.
 *
 * <pre>{@code
 * GridRunner runner = new GridRunner(store);
 * GridHandle handle = runner.start(GridPlan.of(grid, MatrixKernels.cores(), MemoryEstimate.directMemoryLimit()), listener);
 * handle.cancel();                       // cells in flight stop; finished ones stay stored
 * GridOutcome outcome = handle.await();
 * }</pre>
 */
public final class GridRunner {

    private final ResultStore store;
    private final Supplier<MatrixKernel> cellKernel;

    /** A runner whose cells each use the fastest kernel on one thread. */
    public GridRunner(ResultStore store) {
        this(store, () -> MatrixKernels.withThreads(1));
    }

    public GridRunner(ResultStore store, Supplier<MatrixKernel> cellKernel) {
        this.store = Objects.requireNonNull(store, "store");
        this.cellKernel = Objects.requireNonNull(cellKernel, "cellKernel");
    }

    /** Starts the run on a new thread and returns at once. */
    public GridHandle start(GridPlan plan, GridListener listener) {
        Run run = new Run(plan, listener);
        Thread thread = new Thread(run::execute, "widthlab-grid");
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    /** Runs the grid on the calling thread (and the workers) and returns how it ended. */
    public GridOutcome run(GridPlan plan, GridListener listener) {
        Run run = new Run(plan, listener);
        run.execute();
        return run.outcome;
    }

    private final class Run implements GridHandle {
        private final GridPlan plan;
        private final GridListener listener;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Object emitting = new Object();
        private volatile GridOutcome outcome;
        private volatile String failure;
        private long startNanos;
        private int cellsDone;
        private int computed;
        private int reused;
        private int diverged;
        private double workDone;
        private double workTotal;

        Run(GridPlan plan, GridListener listener) {
            this.plan = Objects.requireNonNull(plan, "plan");
            this.listener = Objects.requireNonNull(listener, "listener");
        }

        void execute() {
            startNanos = System.nanoTime();
            try {
                Map<String, List<GridCell>> byKey = new LinkedHashMap<>();
                for (GridCell cell : plan.cells()) {
                    byKey.computeIfAbsent(cell.key(), k -> new ArrayList<>()).add(cell);
                }
                Set<String> present = store.present(byKey.keySet());
                List<List<GridCell>> missing = new ArrayList<>();
                byKey.forEach((key, cells) -> {
                    if (!present.contains(key)) {
                        missing.add(cells);
                        workTotal += GridPlan.seconds(cells.get(0).experiment());
                    }
                });
                handOverStored(byKey, present);
                computeInParallel(missing);
            } catch (RuntimeException | Error e) {
                fail(e);
            }
            GridOutcome.Status status = failure != null ? GridOutcome.Status.FAILED
                    : cellsDone < plan.cells().size() ? GridOutcome.Status.CANCELLED : GridOutcome.Status.COMPLETED;
            outcome = new GridOutcome(status, plan.cells().size(), computed, reused, diverged, seconds(),
                    failure == null ? "" : failure);
            try {
                listener.onFinished(outcome);
            } finally {
                finished.countDown();
            }
        }

        private void handOverStored(Map<String, List<GridCell>> byKey, Set<String> present) {
            List<String> keys = new ArrayList<>();
            for (String key : byKey.keySet()) {
                if (present.contains(key)) {
                    keys.add(key);
                }
            }
            int chunk = 500;
            for (int from = 0; from < keys.size() && !stop.get(); from += chunk) {
                Map<String, StoredCell> stored = store.get(keys.subList(from, Math.min(keys.size(), from + chunk)));
                for (StoredCell result : stored.values()) {
                    emit(byKey.get(result.key()), result, true);
                }
            }
        }

        private void computeInParallel(List<List<GridCell>> missing) {
            AtomicInteger next = new AtomicInteger();
            int threads = Math.min(plan.workers(), missing.size());
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        MatrixKernel kernel = cellKernel.get();
                        for (int i = next.getAndIncrement(); i < missing.size() && !stop.get(); i = next.getAndIncrement()) {
                            List<GridCell> cells = missing.get(i);
                            StoredCell result = CellComputation.compute(cells.get(0), kernel, stop::get);
                            store.put(result);
                            synchronized (emitting) {
                                workDone += GridPlan.seconds(cells.get(0).experiment());
                                computed += cells.size();
                            }
                            emit(cells, result, false);
                        }
                    } catch (CellComputation.CancelledException e) {
                        // Asked to stop: the cells finished so far are stored.
                    } catch (RuntimeException | Error e) {
                        fail(e);
                    } finally {
                        done.countDown();
                    }
                }, "widthlab-grid-worker-" + t);
                worker.setDaemon(true);
                worker.start();
            }
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void emit(List<GridCell> cells, StoredCell result, boolean fromStore) {
            synchronized (emitting) {
                for (GridCell cell : cells) {
                    cellsDone++;
                    if (fromStore) {
                        reused++;
                    }
                    if (result.diverged()) {
                        diverged++;
                    }
                    listener.onCell(cell, result, fromStore);
                }
                listener.onProgress(new GridProgress(cellsDone, plan.cells().size(),
                        workTotal == 0 ? cellsDone / (double) plan.cells().size() : Math.min(1, workDone / workTotal),
                        seconds()));
            }
        }

        private void fail(Throwable e) {
            if (failure == null) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            stop.set(true);
        }

        private double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        @Override
        public void cancel() {
            stop.set(true);
        }

        @Override
        public GridOutcome await() throws InterruptedException {
            finished.await();
            return outcome;
        }
    }
}
