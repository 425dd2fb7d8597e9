package org.widthlab.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Long work (a sweep, a case study) run on an executor behind a {@link SweepHandle}: the work polls the
 * cancellation flag, its outcome goes to {@code finished} on the executor's thread, and {@link #await} returns
 * once that has returned.
 */
public final class BackgroundRun implements SweepHandle {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile SweepOutcome outcome;

    private BackgroundRun() {
    }

    /**
     * @param work     computes the outcome, given the cancellation flag (which it may also set itself, e.g. to
     *                 stop its other parts after a failure)
     * @param finished told the outcome (a listener's {@code onFinished})
     */
    public static SweepHandle start(SweepExecutor executor, Function<AtomicBoolean, SweepOutcome> work,
            Consumer<SweepOutcome> finished) {
        BackgroundRun run = new BackgroundRun();
        executor.execute(() -> run.finish(work.apply(run.cancelled), finished));
        return run;
    }

    private void finish(SweepOutcome result, Consumer<SweepOutcome> listener) {
        outcome = result;
        try {
            listener.accept(result);
        } finally {
            finished.countDown();
        }
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public SweepOutcome await() throws InterruptedException {
        finished.await();
        return outcome;
    }
}
