package org.widthlab.ui.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Verdict;
import org.widthlab.theory.phase.ExponentAxis;
import org.widthlab.theory.phase.PhasePiece;
import org.widthlab.theory.phase.PhaseSlice;

/**
 * The phase diagram's state: which two exponents are on its axes (they follow the depth), and the
 * slice of abc space through the parametrization on show, computed in the background on request.
 * A click on the diagram moves the parametrization there.
 */
public final class PhaseDiagramViewModel {

    private final ParametrizationViewModel parametrization;
    private final UiThread uiThread;
    private final Executor background;
    private static final Logger LOG = Logger.getLogger(PhaseDiagramViewModel.class.getName());
    private final ReadOnlyObjectWrapper<PhaseSlice> slice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final AtomicLong request = new AtomicLong();
    private final ObjectProperty<ExponentAxis> x = new SimpleObjectProperty<>();
    private final ObjectProperty<ExponentAxis> y = new SimpleObjectProperty<>(ExponentAxis.C);
    private final ObservableList<ExponentAxis> axes = FXCollections.observableArrayList();

    PhaseDiagramViewModel(ParametrizationViewModel parametrization, UiThread uiThread, Executor background) {
        this.parametrization = parametrization;
        this.uiThread = uiThread;
        this.background = background;
        parametrization.verdictProperty().addListener((obs, old, v) -> updateAxes());
        updateAxes();
    }

    /** The axes on offer follow the depth; a vanished choice falls back to a_{L+1} and c. */
    private void updateAxes() {
        Verdict v = parametrization.verdictProperty().get();
        if (v == null) {
            return;
        }
        List<ExponentAxis> all = ExponentAxis.all(v.parametrization());
        if (!all.equals(axes)) {
            axes.setAll(all);
        }
        ExponentAxis readout = ExponentAxis.a(v.parametrization().depth() + 1);
        if (x.get() == null || !all.contains(x.get())) {
            x.set(readout.equals(y.get()) ? ExponentAxis.C : readout);
        }
        if (y.get() == null || !all.contains(y.get()) || y.get().equals(x.get())) {
            y.set(x.get().equals(ExponentAxis.C) ? readout : ExponentAxis.C);
        }
    }

    /**
     * Computes the slice through the current parametrization in the background; it arrives in
     * {@link #sliceProperty} unless a newer request overtakes it. An invalid parametrization clears
     * the slice at once.
     */
    public void requestSlice() {
        long id = request.incrementAndGet();
        Verdict v = parametrization.verdictProperty().get();
        ExponentAxis horizontal = x.get();
        ExponentAxis vertical = y.get();
        if (v == null || horizontal == null || vertical == null || horizontal.equals(vertical)) {
            slice.set(null);
            return;
        }
        Parametrization p = v.parametrization();
        List<ExponentAxis> offered = ExponentAxis.all(p);
        if (!offered.contains(horizontal) || !offered.contains(vertical)) {
            // the axes follow the depth a moment later (updateAxes), which requests again
            slice.set(null);
            return;
        }
        background.execute(() -> {
            if (request.get() != id) {
                return;
            }
            PhaseSlice computed;
            String failed;
            try {
                computed = PhaseSlice.through(p, horizontal, vertical);
                failed = "";
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "The phase diagram through " + p + " failed", failure);
                computed = null;
                failed = "The phase diagram could not be drawn (" + (failure.getMessage() == null
                        ? failure.getClass().getSimpleName() : failure.getMessage()) + "); details in widthlab.log.";
            }
            PhaseSlice shown = computed;
            String said = failed;
            uiThread.execute(() -> {
                if (request.get() == id) {
                    problem.set(said);
                    slice.set(shown);
                }
            });
        });
    }

    /** The slice on show; null before the first request or while the parametrization is invalid. */
    public ReadOnlyObjectProperty<PhaseSlice> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    /** Why the last slice could not be computed, with where the details are; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The piece of the diagram under the pointer at exponent values (x, y); thin sets count within the
     * tolerances (a few pixels, in exponent units).
     */
    public Optional<PhasePiece> pieceAt(double xValue, double yValue, double xTolerance, double yTolerance) {
        PhaseSlice shown = slice.get();
        return shown == null ? Optional.empty() : shown.pieceNear(xValue, yValue, xTolerance, yTolerance);
    }

    /** A click on the diagram at exponent values (x, y): moves the parametrization to the exact point there. */
    public void pick(double xValue, double yValue, double xTolerance, double yTolerance) {
        PhaseSlice shown = slice.get();
        if (shown != null) {
            shown.pieceNear(xValue, yValue, xTolerance, yTolerance)
                    .ifPresent(piece -> parametrization.set(shown.pick(piece, xValue, yValue)));
        }
    }

    public ObjectProperty<ExponentAxis> xProperty() {
        return x;
    }

    public ObjectProperty<ExponentAxis> yProperty() {
        return y;
    }

    /** The exponents the axes can show (they follow the depth). */
    public ObservableList<ExponentAxis> axes() {
        return axes;
    }
}
