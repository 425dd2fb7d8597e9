package org.widthlab.engine;

/**
 * Where a sweep's work runs: the seam between the engine and whoever starts it (as JabRef's
 * {@code TaskExecutor}). The window and the command line use {@link #newThread()};
 * tests can use {@link #sameThread()} and get every result before {@code start} returns.
 */
@FunctionalInterface
public interface SweepExecutor {

    void execute(Runnable task);

    /** Runs the task on the calling thread, to completion. */
    static SweepExecutor sameThread() {
        return Runnable::run;
    }

    /** Runs each task on a new daemon thread named {@code widthlab-sweep}. */
    static SweepExecutor newThread() {
        return task -> {
            Thread thread = new Thread(task, "widthlab-sweep");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
