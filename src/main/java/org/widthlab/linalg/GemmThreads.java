package org.widthlab.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads the fast kernels split one product over (the calling thread plus helpers from one
 * shared pool), and the arithmetic of the split. The threads of one call meet only once, at its end
 * (no barrier inside the product), so a machine busy with other work slows a product down in
 * proportion instead of stalling it.
 */
final class GemmThreads {

    /** Helper threads shared by all kernels; idle ones end after a minute, and they never keep the JVM alive. */
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "widthlab-gemm");
        thread.setDaemon(true);
        return thread;
    });

    private GemmThreads() {
    }

    /** {@code threads}, checked to be at least 1. */
    static int requirePositive(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a kernel needs at least 1 thread, got " + threads);
        }
        return threads;
    }

    /** ⌈x / y⌉ for x ≥ 0, y > 0. */
    static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    /** x rounded up to a multiple of {@code multiple}. */
    static int roundUp(int x, int multiple) {
        return ceilDiv(x, multiple) * multiple;
    }

    /** A kernel's report name, e.g. {@code "java (1 thread)"} or {@code "openblas (2 threads)"}. */
    static String kernelName(String kind, int threads) {
        return kind + " (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    /**
     * Runs {@code body} on the calling thread and at the same time on {@code copies − 1} helpers, and
     * returns when every copy has finished, even if the caller is interrupted meanwhile (the copies
     * write into C, so returning early would race with them; the interrupt is kept for the caller). An
     * exception thrown by any copy is rethrown here, after all have finished.
     */
    static void runCopies(int copies, Runnable body) {
        List<Future<?>> helpers = new ArrayList<>(copies - 1);
        for (int copy = 1; copy < copies; copy++) {
            helpers.add(HELPERS.submit(body));
        }
        Throwable failure = null;
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> helper : helpers) {
            while (true) {
                try {
                    helper.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }
}
