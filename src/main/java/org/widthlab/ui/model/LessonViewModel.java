package org.widthlab.ui.model;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.widthlab.engine.Experiment;
import org.widthlab.lessons.Lesson;
import org.widthlab.lessons.LessonStep;
import org.widthlab.theory.phase.ExponentAxis;

/**
 * The lesson on show: which lesson, which step, and the classroom's presenter mode. Going to a step sets the
 * experiment, the page, the chart's quantity and step, the phase diagram's axes and the exponent to point
 * at; a step's networks were trained ahead in the background as soon as the lesson opened, so it shows at
 * once. Views only bind to it.
 */
public final class LessonViewModel {

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper highlight = new ReadOnlyStringWrapper("");
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty blanked = new SimpleBooleanProperty();

    LessonViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        presenting.addListener((obs, old, on) -> {
            if (!on) {
                blanked.set(false);
            }
        });
    }

    /** Opens {@code l} at its first step and starts training every step's networks in the background. */
    public void open(Lesson l) {
        openAt(l, 1, true);
    }

    /**
     * Opens {@code l} at step {@code k}; with {@code prepareAhead}, every step's networks are trained in the
     * background so that moving on is instant (a screenshot of one step does without).
     */
    public void openAt(Lesson l, int k, boolean prepareAhead) {
        stepNumber.set(0);
        lesson.set(l);
        if (prepareAhead) {
            explorer.sweep().prepare(l.steps().stream().filter(LessonStep::run).map(LessonStep::experiment).toList());
        }
        go(k);
    }

    /** Leaves the lesson; the experiment on screen stays. */
    public void close() {
        lesson.set(null);
        stepNumber.set(0);
        highlight.set("");
    }

    /** Goes to step {@code k} (1-based); outside the lesson, nothing happens. */
    public void go(int k) {
        Lesson l = lesson.get();
        if (l == null || k < 1 || k > l.steps().size()) {
            return;
        }
        LessonStep step = l.step(k);
        stepNumber.set(k);
        Experiment e = step.experiment();
        explorer.experiment().set(e);
        step.phaseX().map(LessonViewModel::axis).ifPresent(x -> explorer.phase().xProperty().set(x));
        step.phaseY().map(LessonViewModel::axis).ifPresent(y -> explorer.phase().yProperty().set(y));
        if (step.run() && !e.equals(explorer.sweep().experimentProperty().get())) {
            explorer.sweep().start(e);
        }
        step.quantity().ifPresent(q -> explorer.quantityProperty().set(q));
        step.step().ifPresent(t -> explorer.stepProperty().set(t));
        highlight.set(step.highlight().orElse(""));
        explorer.shownPageProperty().set(step.page());
    }

    public void next() {
        go(stepNumber.get() + 1);
    }

    public void previous() {
        go(stepNumber.get() - 1);
    }

    /** {@code a3} → a_3, {@code b2} → b_2, {@code c} → c. */
    static ExponentAxis axis(String name) {
        return name.equals("c") ? ExponentAxis.C
                : name.charAt(0) == 'a' ? ExponentAxis.a(Integer.parseInt(name.substring(1)))
                : ExponentAxis.b(Integer.parseInt(name.substring(1)));
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The step on show, 1-based; 0 without a lesson. */
    public ReadOnlyIntegerProperty stepNumberProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    public Optional<LessonStep> currentStep() {
        Lesson l = lesson.get();
        int k = stepNumber.get();
        return l == null || k < 1 || k > l.steps().size() ? Optional.empty() : Optional.of(l.step(k));
    }

    /** The id of the panel's field the step points at ({@code c}, {@code a3}); empty for none. */
    public ReadOnlyStringProperty highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** Presenter mode: full screen, one page, the badge and the step's caption (F5 / Esc). */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The screen blanked in presenter mode (B). */
    public BooleanProperty blankedProperty() {
        return blanked;
    }

    /** The ids of the steps' experiments that are still being trained ahead (for the progress line). */
    public List<Experiment> stepsNotReady() {
        Lesson l = lesson.get();
        return l == null ? List.of() : l.steps().stream().filter(LessonStep::run).map(LessonStep::experiment)
                .filter(e -> !explorer.sweep().isPrepared(e)).distinct().toList();
    }
}
