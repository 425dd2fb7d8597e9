package org.widthlab.ui.explorer;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.widthlab.engine.DataSetKind;
import org.widthlab.ui.model.ExperimentViewModel;
import org.widthlab.ui.model.FieldError;
import org.widthlab.ui.widgets.FieldMarks;
import org.widthlab.ui.widgets.Forms;

/** The training settings of the experiment: data, steps, learning rate, widths, seeds. Binds only. */
public final class SettingsPanel extends VBox {

    private final Map<TextField, String> help = new LinkedHashMap<>();

    public SettingsPanel(ExperimentViewModel model) {
        getStyleClass().add("settings-panel");
        setSpacing(10);
        setPadding(new Insets(0, 12, 12, 12));

        ComboBox<DataSetKind> dataSet = new ComboBox<>();
        dataSet.setId("dataSetChoice");
        dataSet.getItems().setAll(DataSetKind.values());
        dataSet.valueProperty().bindBidirectional(model.dataSetProperty());
        dataSet.setCellFactory(list -> new DataSetCell());
        dataSet.setButtonCell(new DataSetCell());
        dataSet.setMaxWidth(Double.MAX_VALUE);
        dataSet.setTooltip(new Tooltip("What the networks are trained on; every data set is generated from the seed"));

        TextField inputDim = field("inputDim", model.inputDimProperty(),
                "d, the input dimension: fixed while the width n grows (some data sets fix it: sine is 1-D)");
        inputDim.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.dataSetProperty().get() != null && model.dataSetProperty().get().fixedInputDim().isPresent(),
                model.dataSetProperty()));
        TextField batch = field("batch", model.batchProperty(),
                "B, the number of training examples; every step is full-batch SGD on all of them");
        TextField steps = field("steps", model.stepsProperty(),
                "T, the number of SGD steps; sizes are measured after every step t = 0..T");
        TextField learningRate = field("learningRate", model.learningRateProperty(),
                "η, the learning rate, e.g. 0.05, 1/8 or 2^-3; each w^l is trained with rate η·n^{−c}");
        TextField widths = field("widths", model.widthsProperty(),
                "The widths n to train: a doubling range like 64..1024 (64, 128, ..., 1024) or a list like 64, 100, 300");
        TextField seeds = field("seeds", model.seedsProperty(),
                "How many seeds per width; sizes are averaged over them");
        TextField seed = field("seed", model.seedProperty(),
                "The first seed: data, initialization and everything random derive from it, so a run repeats exactly");
        CheckBox ntk = new CheckBox("also measure the NTK's change");
        ntk.setId("measureNtk");
        ntk.selectedProperty().bindBidirectional(model.measureNtkProperty());
        ntk.setTooltip(new Tooltip("‖K_t − K_0‖/‖K_0‖ of the empirical neural tangent kernel (costs extra passes)"));

        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        GridPane grid = Forms.labelledGrid();
        grid.add(new Label("Data set"), 0, 0, 2, 1);
        grid.add(dataSet, 0, 1, 2, 1);
        grid.addRow(2, new Label("Input dim d"), inputDim);
        grid.addRow(3, new Label("Batch B"), batch);
        grid.addRow(4, new Label("Steps T"), steps);
        grid.addRow(5, new Label("Learning rate η"), learningRate);
        grid.addRow(6, new Label("Widths n"), widths);
        grid.addRow(7, new Label("Seeds"), seeds);
        grid.addRow(8, new Label("First seed"), seed);
        getChildren().addAll(Forms.heading("Training"), grid, ntk, error);

        model.fieldErrors().addListener((ListChangeListener<FieldError>) change -> markAll(model));
        markAll(model);
    }

    private TextField field(String id, javafx.beans.property.StringProperty text, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(text);
        help.put(field, tooltip);
        return field;
    }

    private void markAll(ExperimentViewModel model) {
        help.forEach((field, tip) -> FieldMarks.mark(field, FieldError.reasonFor(model.fieldErrors(), field.getId()), tip));
    }

    private static final class DataSetCell extends ListCell<DataSetKind> {
        @Override
        protected void updateItem(DataSetKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }
}
