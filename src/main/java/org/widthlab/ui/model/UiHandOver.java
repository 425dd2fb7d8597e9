package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands what background threads report to the UI thread in batches, with at most one hand-over pending at a
 * time: however fast results arrive, the UI thread sees about one {@link Receiver#deliver} per frame, never one
 * per result. Items keep the order of the calls that added them; of the progress reports only the latest is
 * delivered. Any thread may add; nothing here touches the UI.
 *
 * @param <T> a result (immutable)
 * @param <P> a progress report (immutable)
 */
public final class UiHandOver<T, P> {

    /** Receives the batches, on the UI thread. */
    @FunctionalInterface
    public interface Receiver<T, P> {
        /** @param latest the latest progress report since the last batch, or null */
        void deliver(List<T> items, P latest);
    }

    private final UiThread uiThread;
    private final Receiver<T, P> receiver;
    private final ConcurrentLinkedQueue<List<T>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicReference<P> progress = new AtomicReference<>();
    private final AtomicBoolean handOverScheduled = new AtomicBoolean();

    public UiHandOver(UiThread uiThread, Receiver<T, P> receiver) {
        this.uiThread = uiThread;
        this.receiver = receiver;
    }

    public void add(List<T> items) {
        pending.add(List.copyOf(items));
        schedule();
    }

    public void progress(P latest) {
        progress.set(latest);
        schedule();
    }

    /** Delivers what is still queued, then runs {@code then}, both on the UI thread. */
    public void finish(Runnable then) {
        uiThread.execute(() -> {
            drain();
            then.run();
        });
    }

    private void schedule() {
        if (handOverScheduled.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    /** On the UI thread: everything queued so far, in one batch. */
    private void drain() {
        handOverScheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (List<T> part; (part = pending.poll()) != null; ) {
            batch.addAll(part);
        }
        P latest = progress.getAndSet(null);
        if (!batch.isEmpty() || latest != null) {
            receiver.deliver(batch, latest);
        }
    }
}
