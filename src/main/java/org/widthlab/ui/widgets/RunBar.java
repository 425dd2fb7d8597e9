package org.widthlab.ui.widgets;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Run / Cancel / progress / status bar at the top of a page's charts (sweeps, case studies).
 *
 * <p>It sits above the charts rather than in the scrolled settings column so that what changes every frame while
 * work runs is always inside the window. When every changed region lies outside the window (a progress bar
 * scrolled below the fold on a small screen or at a large font scale), JavaFX finds no dirty region in view and
 * repaints the whole window instead, every frame: with software rendering that was 20–50 ms a frame (README,
 * "Responsiveness while a grid streams in").
 *
 * <p>The status stands beside the progress bar when it has {@link #STATUS_BESIDE_EM} of room, else on its own line
 * below, where the progress bar takes the freed room. Either way it keeps one line (a wrapping status would move
 * the charts at every update); the whole text is in its tooltip.
 *
 * <p>While work runs, the two change at most every {@link #SHOWN_EVERY}: a grid's cells finish every few
 * milliseconds, and each change shown is a frame the renderer paints and hands to the display, which took the
 * window's core from the frames that matter (README, "Responsiveness while a grid streams in"). The first change
 * and the end show at once, the last change of a burst within {@link #SHOWN_EVERY}.
 */
public final class RunBar extends VBox {

    /** The status goes on its own line when less room than this (in em of its font) is left beside the progress. */
    static final double STATUS_BESIDE_EM = 16;
    private static final double GAP_PX = 12;
    /** While work runs, the progress and status change on screen at most this often. */
    static final Duration SHOWN_EVERY = Duration.millis(250);

    private final HBox row = new HBox(GAP_PX);
    private final Button run = new Button();
    private final Button cancel = new Button("■  Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final PauseTransition pace = new PauseTransition(SHOWN_EVERY);
    private boolean changedSinceShown;
    private boolean showQueued;
    private ObservableBooleanValue running;
    private ObservableNumberValue fraction;
    private ObservableStringValue text;

    /** @param idPrefix the controls' ids are this followed by Run, Cancel, Progress and Status */
    public RunBar(String idPrefix) {
        super(6);
        run.setId(idPrefix + "Run");
        run.getStyleClass().addAll("run-button", "accent");
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId(idPrefix + "Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId(idPrefix + "Progress");
        status.setId(idPrefix + "Status");
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(status.textProperty());
        HBox.setHgrow(status, Priority.ALWAYS);

        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().setAll(run, cancel, progress, status);
        getChildren().setAll(row);
        getStyleClass().addAll("action-bar", "run-bar");
        setPadding(new Insets(8, 12, 8, 12));
        pace.setOnFinished(e -> {
            if (changedSinceShown) {
                show();
                pace.playFromStart();
            }
        });
        widthProperty().addListener(o -> placeStatus());
        status.fontProperty().addListener(o -> placeStatus());
    }

    /** The Run button: its text and tooltip, what it does, and when it is disabled. */
    public RunBar runs(String text, String tip, Runnable action, ObservableBooleanValue disabled) {
        run.setText(text);
        run.setTooltip(new Tooltip(tip));
        run.setOnAction(e -> action.run());
        run.disableProperty().bind(disabled);
        return this;
    }

    /** The Cancel button: its tooltip, what it does, and while what the work runs (Cancel is enabled). */
    public RunBar cancels(String tip, Runnable action, ObservableBooleanValue running) {
        cancel.setTooltip(new Tooltip(tip));
        cancel.setOnAction(e -> action.run());
        cancel.disableProperty().bind(Bindings.not(running));
        this.running = running;
        running.addListener(o -> {
            if (!running.get() && text != null) {
                pace.stop();
                show();
            }
        });
        return this;
    }

    /** What the progress bar and the status line show, paced while the work runs; call {@link #cancels} first. */
    public RunBar shows(ObservableNumberValue fraction, ObservableStringValue text) {
        if (running == null) {
            throw new IllegalStateException("cancels(...) tells when the work runs: call it before shows(...)");
        }
        this.fraction = fraction;
        this.text = text;
        fraction.addListener(o -> changed());
        text.addListener(o -> changed());
        show();
        return this;
    }

    /**
     * Shows a change at once (once the event that made it has ended, so that the progress and the status it sets
     * show together), unless one was shown less than {@link #SHOWN_EVERY} ago while the work runs.
     */
    private void changed() {
        if (!running.get()) {
            show();
        } else if (showQueued || pace.getStatus() == Animation.Status.RUNNING) {
            changedSinceShown = true;
        } else {
            showQueued = true;
            Platform.runLater(() -> {
                showQueued = false;
                show();
                pace.playFromStart();
            });
        }
    }

    private void show() {
        changedSinceShown = false;
        progress.setProgress(fraction.doubleValue());
        status.setText(text.get());
    }

    private void placeStatus() {
        double em = status.getFont().getSize();
        double used = getPadding().getLeft() + getPadding().getRight() + run.prefWidth(-1) + cancel.prefWidth(-1)
                + progress.minWidth(-1) + 3 * GAP_PX;
        boolean beside = getWidth() - used >= STATUS_BESIDE_EM * em;
        if (beside == (status.getParent() == row)) {
            return;
        }
        if (beside) {
            getChildren().remove(status);
            row.getChildren().add(status);
            HBox.setHgrow(progress, Priority.NEVER);
            progress.setMaxWidth(Region.USE_PREF_SIZE);
        } else {
            row.getChildren().remove(status);
            getChildren().add(status);
            HBox.setHgrow(progress, Priority.ALWAYS);
            progress.setMaxWidth(Double.MAX_VALUE);
        }
    }
}
