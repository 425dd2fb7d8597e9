package org.widthlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.RegimePalette;
import org.widthlab.ui.model.ExplorerViewModel;

/** The run bar above the pages: Run, Cancel, progress, the width in training, the ETA, the status and the regime. */
final class ActionBar extends HBox {

    /** Below this width (at font scale 1) the bar drops the width and ETA labels and shortens its buttons. */
    static final double COMPACT_BELOW_PX = 1150;

    ActionBar(ExplorerViewModel model) {
        super(12);
        javafx.scene.control.ToggleButton panel = new javafx.scene.control.ToggleButton("☰");
        panel.setId("experimentToggle");
        panel.selectedProperty().bindBidirectional(model.experimentPanelShownProperty());
        panel.setTooltip(new Tooltip("Show or hide the experiment panel (F9): hidden, the charts get its room"));
        panel.setMinWidth(Region.USE_PREF_SIZE);
        Button run = new Button("▶  Run");
        run.setId("runButton");
        run.getStyleClass().addAll("run-button", "accent");
        run.disableProperty().bind(model.runDisabled());
        run.setOnAction(e -> model.run());
        run.setTooltip(new Tooltip("Train the networks at every width (Ctrl+R)"));
        Button cancel = new Button("■  Cancel");
        cancel.setId("cancelButton");
        cancel.disableProperty().bind(model.sweep().runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        cancel.setTooltip(new Tooltip("Stop the sweep; what was measured stays (Esc)"));
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.progressProperty().bind(model.sweep().progressProperty());
        progress.setPrefWidth(180);
        progress.setMinWidth(80);
        Label width = boundLabel("currentWidth", model.sweep().currentWidthProperty());
        Label eta = boundLabel("eta", model.sweep().etaProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.sweep().statusProperty());
        status.setMinWidth(0);
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(status.textProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Label regime = new Label();
        regime.setId("regimeSummary");
        regime.getStyleClass().add("regime-summary");
        regime.setMinWidth(Region.USE_PREF_SIZE);
        showRegime(regime, model.parametrization().verdictProperty().get());
        model.parametrization().verdictProperty().addListener((obs, old, v) -> showRegime(regime, v));

        getChildren().setAll(panel, run, cancel, progress, width, eta, status, regime);
        Runnable compact = () -> {
            double scale = model.fontScaleProperty().get();
            boolean narrow = getWidth() > 0 && getWidth() < COMPACT_BELOW_PX * scale;
            for (Label detail : new Label[] {width, eta}) {
                detail.setVisible(!narrow);
                detail.setManaged(!narrow);
            }
            cancel.setText(narrow ? "■" : "■  Cancel");
            progress.setPrefWidth(narrow ? 90 * scale : 180);
        };
        widthProperty().addListener(o -> compact.run());
        model.fontScaleProperty().addListener(o -> compact.run());
        setId("actionBar");
        getStyleClass().add("action-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
    }

    private static Label boundLabel(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void showRegime(Label label, Verdict v) {
        label.setText(v == null ? "invalid" : v.regime().displayName());
        label.setStyle(RegimePalette.badgeStyle(v == null ? null : v.regime()));
    }
}
