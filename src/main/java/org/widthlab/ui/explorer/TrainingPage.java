package org.widthlab.ui.explorer;

import java.util.Optional;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;

/** The training loss per width against step, with the n = ∞ curve where an exact limit exists. */
public final class TrainingPage implements Page {

    private final ChartPane pane;

    public TrainingPage(WindowContext context) {
        ExplorerViewModel model = context.explorer();
        pane = new ChartPane("trainingChart", fit -> TrainingChart.create(model.sweep().results(),
                Optional.ofNullable(model.sweep().limitProperty().get()), ExplorerCharts.style(model, fit)), null);
        ExplorerCharts.redrawOnChange(pane, model);
    }

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public Optional<JFreeChart> exportableChart() {
        return Optional.of(pane.chart());
    }
}
