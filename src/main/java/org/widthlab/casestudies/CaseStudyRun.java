package org.widthlab.casestudies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.widthlab.engine.BackgroundRun;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepOutcome;

/**
 * Runs a case study off the caller's thread ({@link SweepExecutor}, as a width sweep runs): first its
 * preparation (generating or reading the data, which yields the models' jobs), then the jobs, up to
 * {@code threads} at once, largest first. Results stream to the listener as each model finishes; the outcome
 * says whether all completed, the study was cancelled (within a fraction of a second: every job checks between
 * sentences or tasks), or something failed (the message of the first failure; the other jobs are stopped).
 * The numbers do not depend on the number of threads: every job draws from its own seeds.
 */
public final class CaseStudyRun {

    private CaseStudyRun() {
    }

    /**
     * Starts a study.
     *
     * @param prepare makes the jobs, given the cancellation flag (may take a while: reading a corpus)
     */
    static SweepHandle start(Function<BooleanSupplier, List<StudyJob>> prepare, int threads, SweepExecutor executor,
            CaseStudyListener listener) {
        Objects.requireNonNull(listener, "listener");
        return BackgroundRun.start(executor, cancelled -> run(prepare, threads, listener, cancelled),
                listener::onFinished);
    }

    private static SweepOutcome run(Function<BooleanSupplier, List<StudyJob>> prepare, int threads,
            CaseStudyListener listener, AtomicBoolean cancelled) {
        long start = System.nanoTime();
        ExecutorService pool = null;
        Progress progress = null;
        try {
            listener.onProgress(0, "preparing the data", 0);
            List<StudyJob> jobs = new ArrayList<>(prepare.apply(cancelled::get));
            jobs.sort(Comparator.comparingDouble(StudyJob::cost).reversed());
            progress = new Progress(jobs, listener, start);
            pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "widthlab-casestudy");
                thread.setDaemon(true);
                return thread;
            });
            List<Future<?>> futures = new ArrayList<>();
            for (int j = 0; j < jobs.size(); j++) {
                StudyJob job = jobs.get(j);
                int index = j;
                Progress p = progress;
                futures.add(pool.submit(() -> {
                    p.started(index);
                    List<ModelResult> results = job.work().run(cancelled::get, fraction -> p.advanced(index, fraction));
                    p.finished(index, results);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    cancelled.set(true);
                    throw e.getCause();
                }
            }
            progress.done();
            return new SweepOutcome(SweepOutcome.Status.COMPLETED, progress.diverged(), seconds(start), "");
        } catch (Cancelled e) {
            return new SweepOutcome(SweepOutcome.Status.CANCELLED, progress == null ? 0 : progress.diverged(),
                    seconds(start), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SweepOutcome(SweepOutcome.Status.CANCELLED, 0, seconds(start), "");
        } catch (Throwable e) {
            // Any failure, an Error too (out of memory in the V×V limit), ends the study as FAILED with its
            // message, so onFinished always comes and no caller waits forever.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new SweepOutcome(SweepOutcome.Status.FAILED, 0, seconds(start), message);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The jobs' fractions done, weighted by their costs; listener calls one at a time. */
    private static final class Progress {
        private final List<StudyJob> jobs;
        private final double[] fractions;
        private final boolean[] running;
        private final double total;
        private final CaseStudyListener listener;
        private final long start;
        private int diverged;

        Progress(List<StudyJob> jobs, CaseStudyListener listener, long start) {
            this.jobs = jobs;
            this.fractions = new double[jobs.size()];
            this.running = new boolean[jobs.size()];
            this.total = Math.max(1e-300, jobs.stream().mapToDouble(StudyJob::cost).sum());
            this.listener = listener;
            this.start = start;
        }

        synchronized void started(int job) {
            running[job] = true;
            report();
        }

        synchronized void advanced(int job, double fraction) {
            fractions[job] = Math.max(fractions[job], Math.min(1, fraction));
            report();
        }

        synchronized void finished(int job, List<ModelResult> results) {
            fractions[job] = 1;
            running[job] = false;
            if (results.stream().anyMatch(r -> Double.isNaN(r.estimate().value()))) {
                diverged++;
            }
            listener.onResults(List.copyOf(results));
            report();
        }

        synchronized void done() {
            listener.onProgress(1, "", seconds(start));
        }

        synchronized int diverged() {
            return diverged;
        }

        private void report() {
            double done = 0;
            List<String> now = new ArrayList<>();
            for (int j = 0; j < jobs.size(); j++) {
                done += fractions[j] * jobs.get(j).cost();
                if (running[j]) {
                    now.add(jobs.get(j).label());
                }
            }
            listener.onProgress(done / total, String.join(", ", now), seconds(start));
        }
    }
}
