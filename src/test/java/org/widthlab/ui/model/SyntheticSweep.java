package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.engine.SlopeFits;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepListener;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepProgress;
import org.widthlab.theory.Scaling;
import org.widthlab.theory.Verdict;

/**
 * A hand-made sweep for tests: on its own thread it reports, per (width, seed, step), sizes that
 * follow {@code n^slope} exactly for the predicted slopes (0 where nothing is predicted), and a
 * falling loss. It can be
 * made slow (a pause per width) to test cancelling.
 */
public final class SyntheticSweep implements SweepStarter {

    private final long pauseMillisPerWidth;
    private volatile int started;

    public SyntheticSweep(long pauseMillisPerWidth) {
        this.pauseMillisPerWidth = pauseMillisPerWidth;
    }

    /** How many sweeps were started. */
    public int started() {
        return started;
    }

    @Override
    public SweepHandle start(Experiment e, SweepListener listener) {
        started++;
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        SweepOutcome[] outcome = new SweepOutcome[1];
        Thread thread = new Thread(() -> {
            outcome[0] = run(e, listener, cancelled);
            listener.onFinished(outcome[0]);
            done.countDown();
        }, "synthetic-sweep");
        thread.setDaemon(true);
        thread.start();
        return new SweepHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public SweepOutcome await() throws InterruptedException {
                done.await();
                return outcome[0];
            }
        };
    }

    private SweepOutcome run(Experiment e, SweepListener listener, AtomicBoolean cancelled) {
        Verdict verdict = Verdict.of(e.parametrization());
        int done = 0;
        for (int width : e.widths()) {
            for (int s = 0; s < e.seeds(); s++) {
                long seed = e.seed() + s;
                listener.onProgress(new SweepProgress((double) done / e.widths().size(), width, seed, 0.1 * done));
                for (int t = 0; t <= e.steps(); t++) {
                    if (sleep(cancelled)) {
                        return new SweepOutcome(SweepOutcome.Status.CANCELLED, 0, 0.1, "");
                    }
                    listener.onMeasurements(measurements(verdict, width, seed, t));
                }
            }
            done++;
        }
        return new SweepOutcome(SweepOutcome.Status.COMPLETED, 0, 0.1 * done, "");
    }

    /** Pauses; true when cancelled meanwhile. */
    private boolean sleep(AtomicBoolean cancelled) {
        long end = System.nanoTime() + pauseMillisPerWidth * 1_000_000 / 6;
        while (System.nanoTime() < end) {
            if (cancelled.get()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return cancelled.get();
    }

    static List<Measurement> measurements(Verdict verdict, int width, long seed, int step) {
        List<Measurement> list = new ArrayList<>();
        int depth = verdict.parametrization().depth();
        for (Quantity q : Quantity.values()) {
            for (int l = q.perLayer() ? 1 : 0; l <= (q.perLayer() ? depth : 0); l++) {
                int layer = l;
                double value = q == Quantity.LOSS ? 1.0 / (1 + step) + 1.0 / width
                        : java.util.Optional.ofNullable(SlopeFits.predicted(verdict, q, layer, step)).filter(s -> !s.isExactlyZero())
                                .map(Scaling::slope).map(slope -> (1 + layer) * 0.6 * Math.pow(width, slope))
                                .orElse(0.0);
                list.add(new Measurement(width, seed, step, layer, q, value, false));
            }
        }
        return list;
    }
}
