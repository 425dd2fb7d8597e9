package org.widthlab.ui.explorer;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.ParametrizationViewModel;
import org.widthlab.ui.model.FieldError;
import org.widthlab.ui.widgets.FieldMarks;
import org.widthlab.ui.widgets.Forms;
import org.widthlab.ui.widgets.Glossary;
import org.widthlab.ui.widgets.MathFlow;
import org.widthlab.ui.widgets.MathLabel;

/** The parametrization form: preset, depth, activation, a_l and b_l per layer, c. Binds to the view model only. */
public final class ParameterPanel extends VBox {

    private final ParametrizationViewModel model;
    private final GridPane layerGrid = new GridPane();
    private final Map<TextField, String> help = new LinkedHashMap<>();
    /** Whether the layers changed while the panel was out of the window. */
    private boolean rowsWaiting;
    private Runnable onRowsRebuilt = () -> { };

    public ParameterPanel(ParametrizationViewModel model) {
        this.model = model;
        getStyleClass().add("parameter-panel");
        setSpacing(10);
        setPadding(new Insets(12));

        ComboBox<ParametrizationViewModel.PresetChoice> presets = new ComboBox<>();
        presets.setId("presetChoice");
        presets.getItems().add(ParametrizationViewModel.PresetChoice.CUSTOM);
        for (Preset p : Preset.values()) {
            presets.getItems().add(new ParametrizationViewModel.PresetChoice(p));
        }
        presets.valueProperty().bindBidirectional(model.presetProperty());
        presets.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> depth = new Spinner<>(1, 8, model.depthProperty().get());
        depth.setId("depthSpinner");
        depth.getValueFactory().valueProperty().addListener((obs, old, value) -> model.depthProperty().set(value));
        model.depthProperty().addListener((obs, old, value) -> depth.getValueFactory().setValue(value.intValue()));
        depth.setTooltip(new Tooltip("L, the number of hidden layers of width n"));

        ComboBox<Activation> activation = new ComboBox<>();
        activation.setId("activationChoice");
        activation.getItems().setAll(Activation.values());
        activation.valueProperty().bindBidirectional(model.activationProperty());
        activation.setCellFactory(list -> new ActivationCell());
        activation.setButtonCell(new ActivationCell());
        activation.setMaxWidth(Double.MAX_VALUE);
        activation.setTooltip(new Tooltip("φ, the nonlinearity after every hidden layer"));

        TextField c = exponentField("c", Glossary.C);
        c.textProperty().bindBidirectional(model.cTextProperty());

        CheckBox zeroReadout = new CheckBox();
        zeroReadout.setGraphic(MathFlow.line("zero readout ($b_{L+1} = \\infty$)"));
        zeroReadout.setTooltip(new javafx.scene.control.Tooltip("The readout starts at zero: b_{L+1} = ∞"));
        zeroReadout.setId("zeroReadout");
        zeroReadout.setMnemonicParsing(false);
        zeroReadout.setWrapText(true);
        zeroReadout.selectedProperty().bindBidirectional(model.zeroReadoutProperty());

        Label error = new Label();
        error.setId("fieldError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        layerGrid.setHgap(8);
        layerGrid.setVgap(6);
        // the b list changes first, then the a list: one rebuild per change of depth. Out of the window (beside a
        // page that brings its own settings) the rows wait until the panel is back: building them takes a while
        model.aTexts().addListener((ListChangeListener<Object>) change -> {
            if (getScene() != null) {
                rebuildLayerGrid();
            } else {
                rowsWaiting = true;
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && rowsWaiting) {
                rebuildLayerGrid();
            }
        });
        model.fieldErrors().addListener((ListChangeListener<FieldError>) change -> markInvalidFields());
        rebuildLayerGrid();

        GridPane top = Forms.labelledGrid();
        top.addRow(0, new Label("Preset"), presets);
        top.addRow(1, new Label("Depth L"), depth);
        top.addRow(2, new Label("Activation φ"), activation);
        top.addRow(3, new MathLabel("$c$"), c);
        getChildren().addAll(Forms.heading("Parametrization"), top, layerGrid, zeroReadout, error);
        markInvalidFields();
    }

    private void rebuildLayerGrid() {
        rowsWaiting = false;
        help.keySet().removeIf(field -> !field.getId().equals("c"));
        layerGrid.getChildren().clear();
        layerGrid.addRow(0, Forms.unclipped(new MathLabel("layer $l$")), new MathLabel("$a_l$"), new MathLabel("$b_l$"));
        // a and b grow one after the other when the depth changes: build the rows both have
        int layers = Math.min(model.aTexts().size(), model.bTexts().size());
        for (int l = 1; l <= layers; l++) {
            boolean readout = l == layers;
            TextField a = exponentField("a" + l, Glossary.a(l, readout));
            a.textProperty().bindBidirectional(model.aTexts().get(l - 1));
            TextField b = exponentField("b" + l, Glossary.b(l, readout));
            b.textProperty().bindBidirectional(model.bTexts().get(l - 1));
            Node bCell = b;
            if (readout) {
                // a zero readout has b = ∞ whatever the field says: show ∞ in its place
                b.visibleProperty().bind(model.zeroReadoutProperty().not());
                Label infinite = new Label("∞");
                infinite.setId("zeroReadoutB");
                infinite.getStyleClass().add("infinite-exponent");
                infinite.visibleProperty().bind(model.zeroReadoutProperty());
                infinite.setTooltip(new Tooltip("b_" + l + " = ∞: the readout starts at zero (untick the box to type b_" + l + ")"));
                bCell = new StackPane(b, infinite);
                StackPane.setAlignment(infinite, Pos.CENTER_LEFT);
            }
            layerGrid.addRow(l, Forms.label(readout ? l + " (out)" : String.valueOf(l)), a, bCell);
        }
        markInvalidFields();
        onRowsRebuilt.run();
    }

    /** Called each time the exponent rows have been built anew (their fields are new nodes). */
    public void setOnRowsRebuilt(Runnable action) {
        onRowsRebuilt = action;
    }

    private void markInvalidFields() {
        help.forEach((field, tip) -> FieldMarks.mark(field, FieldError.reasonFor(model.fieldErrors(), field.getId()), tip));
    }

    private TextField exponentField(String id, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        help.put(field, tooltip + "\nExact values: $0$, $\\tfrac12$ (type 1/2), $-0.5$, $\\infty$ (type inf)");
        return field;
    }

    private static final class ActivationCell extends javafx.scene.control.ListCell<Activation> {
        @Override
        protected void updateItem(Activation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.displayName());
        }
    }

}
