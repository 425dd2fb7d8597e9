package org.widthlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
 * The Run / Cancel / progress / status bar at the top of the Explorer and of a page's charts (sweeps, case
 * studies). A bar may have a control before Run ({@link #leading}), short texts beside the progress
 * ({@link #detail}) and a badge at its end ({@link #trailing}).
 *
 * <p>It sits above the charts rather than in the scrolled settings column so that what changes every frame while
 * work runs is always inside the window. When every changed region lies outside the window (a progress bar
 * scrolled below the fold on a small screen or at a large font scale), JavaFX finds no dirty region in view and
 * repaints the whole window instead, every frame: with software rendering that was 20–50 ms a frame (README,
 * "Responsiveness while a grid streams in").
 *
 * <p>The status stands beside the progress bar and the details when it has {@link #STATUS_BESIDE_EM} of room; with
 * less, the details are left out; with less still, the status takes its own line below, where the progress bar
 * takes the freed room. Either way it keeps one line (a wrapping status would move the charts at every update);
 * the whole text is in its tooltip. Where even the row without the status has no room (a narrow window at a large
 * font scale), Cancel shows only "■".
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
    private static final String CANCEL = "■  Cancel";
    /** Cancel's text where the bar has no room for the whole of it (the tooltip still says what it does). */
    private static final String CANCEL_SHORT = "■";

    private final HBox row = new HBox(GAP_PX);
    private Node leading;
    private Node trailing;
    private final List<Detail> details = new ArrayList<>();
    /** How the row is laid out now: the status beside the progress (else below), the details shown. */
    private boolean statusBeside;
    private boolean detailsShown;
    private final Button run = new Button();
    private final Button cancel = new Button(CANCEL);
    /** The width of Cancel with its whole text, per em of the bar's font: measured whenever it shows the text. */
    private double cancelWidthPerEm;
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
        layOut(true, true);
        getStyleClass().addAll("action-bar", "run-bar");
        // as wide as its place, not as its row: the row is fitted to that width (fitRowToWidth)
        setMinWidth(0);
        setPadding(new Insets(8, 12, 8, 12));
        pace.setOnFinished(e -> {
            if (changedSinceShown) {
                show();
                pace.playFromStart();
            }
        });
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

    /** A control before the Run button. */
    public RunBar leading(Node node) {
        leading = node;
        layOut(statusBeside, detailsShown);
        return this;
    }

    /** A badge at the end of the bar, kept at its whole width. */
    public RunBar trailing(Node node) {
        trailing = node;
        layOut(statusBeside, detailsShown);
        return this;
    }

    /**
     * A short text beside the progress bar (the width in training, the time left), with the id {@code id}, paced
     * like the status; left out when the status needs the room. It is counted at {@code roomEm} em at least,
     * whatever it says now, so that the status does not change lines as the text comes and goes with a run. Call
     * {@link #cancels} first.
     */
    public RunBar detail(String id, ObservableStringValue text, double roomEm) {
        requireRunning("detail");
        Label label = new Label(text.get());
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        details.add(new Detail(label, text, roomEm));
        text.addListener(o -> changed());
        layOut(statusBeside, detailsShown);
        return this;
    }

    /** What the progress bar and the status line show, paced while the work runs; call {@link #cancels} first. */
    public RunBar shows(ObservableNumberValue fraction, ObservableStringValue text) {
        requireRunning("shows");
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

    private void requireRunning(String method) {
        if (running == null) {
            throw new IllegalStateException("cancels(...) tells when the work runs: call it before " + method + "(...)");
        }
    }

    private void show() {
        changedSinceShown = false;
        if (fraction != null) {
            progress.setProgress(fraction.doubleValue());
            status.setText(text.get());
        }
        for (Detail detail : details) {
            detail.label().setText(detail.text().get());
        }
    }

    /**
     * Fits the row to the bar's width before its children are laid out, so that what fitting changes (Cancel's
     * text, the controls in the row) is laid out in this same pass.
     */
    @Override
    protected void layoutChildren() {
        fitRowToWidth();
        super.layoutChildren();
    }

    private void fitRowToWidth() {
        if (getWidth() <= 0) {
            return;
        }
        double em = status.getFont().getSize();
        double withoutCancel = getPadding().getLeft() + getPadding().getRight() + progress.minWidth(-1) + GAP_PX
                + widthWithGap(run) + widthWithGap(leading) + widthWithGap(trailing);
        if (cancel.getText().equals(CANCEL)) {
            cancelWidthPerEm = cancel.prefWidth(-1) / em;
        }
        boolean shortCancel = getWidth() < withoutCancel + cancelWidthPerEm * em;
        cancel.setText(shortCancel ? CANCEL_SHORT : CANCEL);
        double used = withoutCancel + (shortCancel ? cancel.prefWidth(-1) : cancelWidthPerEm * em);
        double detailsWidth = 0;
        for (Detail detail : details) {
            detailsWidth += Math.max(detail.label().prefWidth(-1), detail.roomEm() * em) + GAP_PX;
        }
        boolean beside = getWidth() - used >= STATUS_BESIDE_EM * em;
        boolean withDetails = getWidth() - used - detailsWidth >= STATUS_BESIDE_EM * em;
        if (beside != statusBeside || withDetails != detailsShown) {
            layOut(beside, withDetails);
            // the bar's height changed while its parent lays it out, which then keeps the old height: once more
            Platform.runLater(this::requestLayout);
        }
    }

    /** A short text beside the progress: its label, what it shows, and the room kept for it in em. */
    private record Detail(Label label, ObservableStringValue text, double roomEm) {
    }

    private static double widthWithGap(Node node) {
        return node == null ? 0 : node.prefWidth(-1) + GAP_PX;
    }

    /**
     * Puts the controls in the row: the leading control, Run, Cancel, the progress, the details {@code withDetails},
     * the status when {@code beside}, and the trailing badge; the status otherwise on a line below.
     */
    private void layOut(boolean beside, boolean withDetails) {
        statusBeside = beside;
        detailsShown = withDetails;
        List<Node> inRow = new ArrayList<>();
        if (leading != null) {
            inRow.add(leading);
        }
        inRow.addAll(List.of(run, cancel, progress));
        if (withDetails) {
            details.forEach(detail -> inRow.add(detail.label()));
        }
        if (beside) {
            inRow.add(status);
        }
        if (trailing != null) {
            inRow.add(trailing);
        }
        row.getChildren().setAll(inRow);
        if (beside) {
            getChildren().setAll(row);
        } else {
            getChildren().setAll(row, status);
        }
        HBox.setHgrow(progress, beside ? Priority.NEVER : Priority.ALWAYS);
        progress.setMaxWidth(beside ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
    }
}
