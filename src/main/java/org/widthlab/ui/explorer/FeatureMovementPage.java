package org.widthlab.ui.explorer;

import java.util.Optional;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;

/** Δh^l at the last step against width, measured and predicted slopes written on the chart. */
public final class FeatureMovementPage implements Page {

    private final ChartPane pane;

    public FeatureMovementPage(WindowContext context) {
        ExplorerViewModel model = context.explorer();
        pane = new ChartPane("featureChart", fit -> FeatureMovementChart.create(model.sweep().results(),
                model.resultsVerdict(), ExplorerCharts.style(model, fit)), null);
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
