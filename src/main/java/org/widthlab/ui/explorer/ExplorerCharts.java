package org.widthlab.ui.explorer;

import javafx.beans.Observable;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.model.ExplorerViewModel;

/** What the explorer's chart pages share: the chart style of the font scale, and redrawing when the results change. */
final class ExplorerCharts {

    private ExplorerCharts() {
    }

    /** The font scale, but no larger than the chart's room allows ({@code fit}, from its {@link ChartPane}). */
    static ChartStyle style(ExplorerViewModel model, double fit) {
        return new ChartStyle(Math.min(model.fontScaleProperty().get(), fit));
    }

    /**
     * Redraws {@code pane} whenever the results, the limit, the font scale or any of {@code more} change, and
     * marks it stale while the experiment on screen differs from the one its results were measured with.
     */
    static void redrawOnChange(ChartPane pane, ExplorerViewModel model, Observable... more) {
        Runnable mark = () -> pane.setStale(model.staleResults().orElse(null));
        model.experiment().experimentProperty().addListener(o -> mark.run());
        model.sweep().experimentProperty().addListener(o -> mark.run());
        model.sweep().runningProperty().addListener(o -> mark.run());
        model.sweep().revisionProperty().addListener(o -> pane.refresh());
        model.fontScaleProperty().addListener(o -> pane.refresh());
        for (Observable trigger : more) {
            trigger.addListener(o -> pane.refresh());
        }
    }
}
