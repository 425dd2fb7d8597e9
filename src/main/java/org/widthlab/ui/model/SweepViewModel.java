package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepProgress;

/**
 * The state of the current (or last) sweep: its experiment, every measurement received so far, the
 * progress, the current width, an ETA and a status line. Lives on the UI thread; results arrive
 * through a {@link SweepBridge}. Cancelling detaches the sweep at once (the window never waits for
 * the engine) and keeps what was measured.
 */
public final class SweepViewModel {

    private final SweepStarter starter;
    private final LimitSource limits;
    private final UiThread uiThread;
    private final Executor background;
    private static final Logger LOG = Logger.getLogger(SweepViewModel.class.getName());
    private final ReadOnlyObjectWrapper<LimitCurve> limit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper limitProblem = new ReadOnlyStringWrapper("");
    private final List<Measurement> results = new ArrayList<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper currentWidth = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Press Run to train the networks.");
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SweepOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper limitSettled = new ReadOnlyBooleanWrapper();
    private SweepHandle handle;
    private Run current;
    /** Finished sweeps of experiments prepared ahead (a lesson's steps), shown at once when started again. */
    private final java.util.Map<Experiment, Finished> ahead = new java.util.HashMap<>();
    private final java.util.Deque<Experiment> toPrepare = new java.util.ArrayDeque<>();
    private Experiment preparing;
    private final ReadOnlyIntegerWrapper preparedCount = new ReadOnlyIntegerWrapper();

    /** A sweep computed ahead: its measurements, its outcome, its n = ∞ curve (null when there is none) and why that failed (or empty). */
    private record Finished(List<Measurement> results, SweepOutcome outcome, LimitCurve limit, String limitProblem) {
    }

    /**
     * @param background where the limit is computed (the sweep has its own thread, from {@code starter})
     */
    public SweepViewModel(SweepStarter starter, LimitSource limits, UiThread uiThread, Executor background) {
        this.starter = starter;
        this.limits = limits;
        this.uiThread = uiThread;
        this.background = background;
    }

    /**
     * Starts a sweep of {@code e}, replacing the results on show; if {@code e} was computed ahead
     * ({@link #prepare}), its results are shown at once instead.
     */
    public void start(Experiment e) {
        if (running.get()) {
            cancel();
        }
        Finished done = ahead.get(e);
        if (done != null) {
            results.clear();
            results.addAll(done.results());
            experiment.set(e);
            limit.set(done.limit());
            limitProblem.set(done.limitProblem());
            progress.set(1);
            currentWidth.set("");
            eta.set("");
            outcome.set(done.outcome());
            limitSettled.set(true);
            status.set("Done (computed ahead): " + describeSoFar() + ".");
            revision.set(revision.get() + 1);
            return;
        }
        results.clear();
        experiment.set(e);
        outcome.set(null);
        progress.set(0);
        currentWidth.set("");
        eta.set("");
        status.set("Training " + e.widths().size() + " widths × " + e.seeds() + " seed" + (e.seeds() == 1 ? "" : "s")
                + "…");
        running.set(true);
        revision.set(revision.get() + 1);
        limit.set(null);
        limitProblem.set("");
        limitSettled.set(false);
        Run run = new Run();
        current = run;
        try {
            handle = starter.start(e, new SweepBridge(uiThread, run));
        } catch (RuntimeException | Error failure) {
            // e.g. a width that would not fit in memory, or a runtime that lacks a module: say so, stay usable
            current = null;
            running.set(false);
            status.set("Could not start the sweep: " + (failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
            return;
        }
        computeLimit(e, run);
    }

    /** One started sweep; batches of a sweep that is no longer current (cancelled, replaced) are dropped. */
    private final class Run implements SweepBridge.Sink {
        @Override
        public void deliver(List<Measurement> batch, SweepProgress latest) {
            if (current == this) {
                received(batch, latest);
            }
        }

        @Override
        public void finished(SweepOutcome o) {
            if (current == this) {
                ended(o);
            }
        }
    }

    /** The infinite-width curve, in the background; it arrives whenever it is ready, if still wanted. */
    private void computeLimit(Experiment e, Run run) {
        inBackground(e, run, () -> limits.limitOf(e));
    }

    /** Where there is no exact limit, what the completed sweep's widths extrapolate to. */
    private void computeLimitFromSweep(Experiment e) {
        List<Measurement> completed = List.copyOf(results);
        inBackground(e, null, () -> limits.fromCompletedSweep(e, completed));
    }

    /** Logs a failed limit with its details and returns the line that says so to the user. */
    private static String logged(Experiment e, RuntimeException failure) {
        LOG.log(Level.WARNING, "The n = ∞ curve of " + e + " failed", failure);
        return "No n = ∞ curve: its computation failed (" + (failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage()) + "); details in widthlab.log.";
    }

    /**
     * Computes a limit curve in the background and shows it if {@code e} is still on show (and {@code run} is
     * still current or has ended); a failure is logged and said in {@link #limitProblemProperty}.
     */
    private void inBackground(Experiment e, Run run, java.util.function.Supplier<Optional<LimitCurve>> curve) {
        background.execute(() -> {
            Optional<LimitCurve> result;
            String problem;
            try {
                result = curve.get();
                problem = "";
            } catch (RuntimeException failure) {
                result = Optional.empty();
                problem = logged(e, failure);
            }
            Optional<LimitCurve> shown = result;
            String said = problem;
            uiThread.execute(() -> {
                if (experiment.get() == e && (current == run || current == null)) {
                    shown.ifPresent(limit::set);
                    if (!said.isEmpty()) {
                        limitProblem.set(said);
                    }
                    limitSettled.set(true);
                    revision.set(revision.get() + 1);
                }
            });
        });
    }

    /**
     * Computes these experiments one after the other in the background, without touching what is on show, so
     * that {@link #start} shows them at once later (a lesson's next steps). Replaces any earlier request.
     */
    public void prepare(List<Experiment> experiments) {
        toPrepare.clear();
        experiments.stream().distinct().filter(e -> !ahead.containsKey(e)).forEach(toPrepare::add);
        prepareNext();
    }

    /** Whether {@code e}'s results are ready to show at once. */
    public boolean isPrepared(Experiment e) {
        return ahead.containsKey(e);
    }

    /** Increases each time an experiment prepared ahead is ready. */
    public ReadOnlyIntegerProperty preparedProperty() {
        return preparedCount.getReadOnlyProperty();
    }

    private void prepareNext() {
        if (preparing != null || toPrepare.isEmpty()) {
            return;
        }
        Experiment e = toPrepare.poll();
        preparing = e;
        List<Measurement> collected = new ArrayList<>();
        SweepBridge.Sink sink = new SweepBridge.Sink() {
            @Override
            public void deliver(List<Measurement> batch, SweepProgress latest) {
                collected.addAll(batch);
            }

            @Override
            public void finished(SweepOutcome o) {
                background.execute(() -> {
                    LimitCurve curve;
                    String problem = "";
                    try {
                        curve = limits.limitOf(e).or(() -> limits.fromCompletedSweep(e, collected)).orElse(null);
                    } catch (RuntimeException failure) {
                        curve = null;
                        problem = logged(e, failure);
                    }
                    LimitCurve result = curve;
                    String said = problem;
                    uiThread.execute(() -> {
                        if (o.status() == SweepOutcome.Status.COMPLETED) {
                            ahead.put(e, new Finished(List.copyOf(collected), o, result, said));
                            preparedCount.set(preparedCount.get() + 1);
                        }
                        preparing = null;
                        prepareNext();
                    });
                });
            }
        };
        try {
            starter.start(e, new SweepBridge(uiThread, sink));
        } catch (RuntimeException | Error failure) {
            preparing = null;
            prepareNext();
        }
    }

    /** Stops the running sweep; what was measured so far stays on show. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        SweepHandle stopping = handle;
        current = null;
        handle = null;
        running.set(false);
        eta.set("");
        status.set("Cancelled: " + describeSoFar() + ".");
        if (stopping != null) {
            stopping.cancel();
        }
    }

    private void received(List<Measurement> batch, SweepProgress latest) {
        if (!batch.isEmpty()) {
            results.addAll(batch);
            revision.set(revision.get() + 1);
        }
        if (latest != null) {
            progress.set(latest.fractionDone());
            currentWidth.set("width n = " + latest.currentWidth());
            double remaining = latest.remainingSecondsEstimate();
            eta.set(Double.isNaN(remaining) ? "" : "about " + formatSeconds(remaining) + " left");
        }
    }

    private void ended(SweepOutcome o) {
        current = null;
        handle = null;
        running.set(false);
        outcome.set(o);
        eta.set("");
        switch (o.status()) {
            case COMPLETED -> {
                progress.set(1);
                if (limit.get() == null) {
                    limitSettled.set(false);
                    computeLimitFromSweep(experiment.get());
                }
                status.set(String.format(Locale.ROOT, "Done in %s: %s%s.", formatSeconds(o.sweepSeconds()),
                        describeSoFar(), o.divergedRuns() == 0 ? ""
                                : "; " + o.divergedRuns() + " run" + (o.divergedRuns() == 1 ? "" : "s") + " diverged"));
            }
            case CANCELLED -> status.set("Cancelled: " + describeSoFar() + ".");
            case FAILED -> status.set("The sweep failed: " + o.message());
        }
    }

    private String describeSoFar() {
        long widths = results.stream().mapToInt(Measurement::width).distinct().count();
        return widths + " width" + (widths == 1 ? "" : "s") + " measured";
    }

    public static String formatSeconds(double seconds) {
        if (seconds < 1) {
            return "< 1 s";
        }
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        return Math.round(seconds / 60) + " min";
    }

    /** Every measurement received so far (read on the UI thread; changes bump {@link #revisionProperty}). */
    public List<Measurement> results() {
        return Collections.unmodifiableList(results);
    }

    /** The n = ∞ curve of the experiment on show, or null when there is none (yet). */
    public ReadOnlyObjectProperty<LimitCurve> limitProperty() {
        return limit.getReadOnlyProperty();
    }

    /** Why the n = ∞ curve of the experiment on show failed, with where the details are; empty otherwise. */
    public ReadOnlyStringProperty limitProblemProperty() {
        return limitProblem.getReadOnlyProperty();
    }

    /** Increases whenever {@link #results} or the limit changes. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentWidthProperty() {
        return currentWidth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The experiment whose results are on show, or null before the first run. */
    public ReadOnlyObjectProperty<Experiment> experimentProperty() {
        return experiment.getReadOnlyProperty();
    }

    /** Whether the n = ∞ curve of the experiment on show has been computed (or found not to exist). */
    public ReadOnlyBooleanProperty limitSettledProperty() {
        return limitSettled.getReadOnlyProperty();
    }

    /** How the last sweep ended; null while one runs or before the first. */
    public ReadOnlyObjectProperty<SweepOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
