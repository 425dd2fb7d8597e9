package org.widthlab.ui.explorer;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.widthlab.engine.Quantity;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.charts.QuantityNames;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.Forms;

/** The coordinate check (theory.md §8): one quantity at one step against width, beside its predicted slope. */
public final class CoordinateCheckPage implements Page {

    private final ExplorerViewModel model;
    private final ChartPane pane;

    public CoordinateCheckPage(WindowContext context) {
        model = context.explorer();
        pane = new ChartPane("coordinateChart", fit -> CoordinateCheckChart.create(model.sweep().results(),
                model.resultsVerdict(), model.quantityProperty().get(), model.stepProperty().get(),
                ExplorerCharts.style(model, fit)), controls());
        ExplorerCharts.redrawOnChange(pane, model, model.quantityProperty(), model.stepProperty());
    }

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public Optional<JFreeChart> exportableChart() {
        return Optional.of(pane.chart());
    }

    private FlowPane controls() {
        ComboBox<Quantity> quantity = new ComboBox<>();
        quantity.setId("quantityChoice");
        quantity.getItems().setAll(Quantity.H, Quantity.X, Quantity.DELTA_H, Quantity.DELTA_X, Quantity.OWN_UPDATE,
                Quantity.FEATURE_KERNEL_CHANGE, Quantity.F, Quantity.DELTA_F, Quantity.NTK_CHANGE);
        quantity.setCellFactory(list -> new QuantityCell());
        quantity.setButtonCell(new QuantityCell());
        quantity.valueProperty().bindBidirectional(model.quantityProperty());
        quantity.setMinWidth(120);
        quantity.setTooltip(new Tooltip("What to measure against width (theory.md §8)"));

        Slider step = new Slider(0, 1, model.stepProperty().get());
        step.setId("stepSlider");
        step.setMajorTickUnit(1);
        step.setMinorTickCount(0);
        step.setSnapToTicks(true);
        step.setShowTickMarks(true);
        step.setShowTickLabels(true);
        step.setBlockIncrement(1);
        step.setPrefWidth(260);
        step.setTooltip(new Tooltip("The training step t whose sizes are shown (t = 0 is the initialization)"));
        step.maxProperty().bind(Bindings.createDoubleBinding(() -> {
            var e = model.sweep().experimentProperty().get();
            return (double) Math.max(1, e == null ? model.stepProperty().get() : e.steps());
        }, model.sweep().experimentProperty()));
        step.valueProperty().addListener((obs, old, value) -> model.stepProperty().set((int) Math.round(value.doubleValue())));
        model.stepProperty().addListener((obs, old, value) -> step.setValue(value.intValue()));
        Label stepLabel = new Label();
        stepLabel.setId("stepLabel");
        stepLabel.textProperty().bind(Bindings.concat("t = ", model.stepProperty()));
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);

        return Forms.controlRow(Forms.label("Quantity"), quantity, Forms.label("Step"), step, stepLabel);
    }

    private static final class QuantityCell extends ListCell<Quantity> {
        @Override
        protected void updateItem(Quantity item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : QuantityNames.choice(item));
            setGraphic(empty || item == null ? null
                    : org.widthlab.ui.widgets.MathFlow.line(org.widthlab.ui.charts.MathMarkup.mark(QuantityNames.choice(item))));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }
    }
}
