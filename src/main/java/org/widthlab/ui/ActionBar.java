package org.widthlab.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.RegimePalette;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.widgets.RunBar;

/**
 * The Explorer's run bar above the pages: the experiment panel's toggle, Run, Cancel, the progress, the width in
 * training, the time left, the status and the regime of the parametrization on show.
 */
final class ActionBar {

    /** Room kept for "width n = 2048" beside the progress, in em. */
    static final double WIDTH_ROOM_EM = 8;
    /** Room kept for "about 1 min 20 s left", in em. */
    static final double TIME_LEFT_ROOM_EM = 11;

    private ActionBar() {
    }

    static RunBar of(ExplorerViewModel model) {
        ToggleButton panel = new ToggleButton("☰");
        panel.setId("experimentToggle");
        panel.selectedProperty().bindBidirectional(model.experimentPanelShownProperty());
        panel.setTooltip(new Tooltip("Show or hide the experiment panel (F9): hidden, the charts get its room"));
        panel.setMinWidth(Region.USE_PREF_SIZE);

        Label regime = new Label();
        regime.setId("regimeSummary");
        regime.getStyleClass().add("regime-summary");
        regime.setMinWidth(Region.USE_PREF_SIZE);
        showRegime(regime, model.parametrization().verdictProperty().get());
        model.parametrization().verdictProperty().addListener((obs, old, v) -> showRegime(regime, v));

        RunBar bar = new RunBar("explorer")
                .runs("▶  Run", "Train the networks at every width (Ctrl+R)", model::run, model.runDisabled())
                .cancels("Stop the sweep; what was measured stays (Esc)", model::cancel,
                        model.sweep().runningProperty())
                .leading(panel)
                .detail("currentWidth", model.sweep().currentWidthProperty(), WIDTH_ROOM_EM)
                .detail("eta", model.sweep().etaProperty(), TIME_LEFT_ROOM_EM)
                .trailing(regime)
                .shows(model.sweep().progressProperty(), model.sweep().statusProperty());
        bar.setId("actionBar");
        return bar;
    }

    private static void showRegime(Label label, Verdict v) {
        label.setText(v == null ? "invalid" : v.regime().displayName());
        label.setStyle(RegimePalette.badgeStyle(v == null ? null : v.regime()));
    }
}
