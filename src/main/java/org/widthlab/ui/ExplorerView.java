package org.widthlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.NotificationPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.widthlab.engine.Quantity;
import org.widthlab.theory.Verdict;

/**
 * The explorer window's content: the experiment on the left, the live verdict and the charts in the
 * middle (the verdict docks beside the charts on a wide window, and is the first tab on a narrow
 * one), the run controls and progress on top. Binds to an {@link ExplorerViewModel}; keeps no state
 * of its own beyond layout.
 */
public final class ExplorerView extends BorderPane {

    /** From this width on the verdict sits beside the charts instead of in a tab. */
    static final double WIDE = 1400;
    static final double BASE_FONT_PX = 15;
    static final double SIDE_WIDTH_PX = 345;

    private final ExplorerViewModel model;
    private final TabPane tabs = new TabPane();
    private final Tab verdictTab = new Tab("Verdict");
    private final ScrollPane verdictScroll;
    private final ScrollPane left;
    private final SplitPane center = new SplitPane();
    private final ChartPane coordinate;
    private final ChartPane feature;
    private final ChartPane training;
    private final ChartPane phase;
    private final Tab phaseTab;
    private boolean phaseStale = true;
    private Boolean wideLayout;

    public ExplorerView(ExplorerViewModel model) {
        this.model = model;
        getStylesheets().add(Resources.url("widthlab.css"));
        getStyleClass().add("explorer");

        ParameterPanel parameters = new ParameterPanel(model.parametrization());
        SettingsPanel settings = new SettingsPanel(model.experiment());
        left = new ScrollPane(new VBox(parameters, settings));
        left.setId("settingsScroll");
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("side");
        left.setMinWidth(280);

        VerdictView verdict = new VerdictView(model.parametrization());
        verdictScroll = new ScrollPane(verdict);
        verdictScroll.setFitToWidth(true);
        verdictScroll.setId("verdictScroll");

        coordinate = new ChartPane("coordinateChart", this::coordinateChart, coordinateControls());
        feature = new ChartPane("featureChart",
                () -> FeatureMovementChart.create(model.sweep().results(), model.resultsVerdict(), style()), null);
        training = new ChartPane("trainingChart",
                () -> TrainingChart.create(model.sweep().results(),
                        Optional.ofNullable(model.sweep().limitProperty().get()), style()), null);
        phase = new ChartPane("phaseChart", this::phaseChart, phaseControls());
        phase.viewer().getCanvas().setDomainZoomable(false);
        phase.viewer().getCanvas().setRangeZoomable(false);
        phase.viewer().addChartMouseListener(new PhaseClicks());

        verdictTab.setId("verdictTab");
        Tab coordinateTab = tab("coordinateTab", "Coordinate check", coordinate);
        Tab featureTab = tab("featureTab", "Feature movement", feature);
        Tab trainingTab = tab("trainingTab", "Training", training);
        phaseTab = tab("phaseTab", "Phase diagram", phase);
        verdictTab.setClosable(false);
        tabs.setId("chartTabs");
        tabs.getTabs().addAll(coordinateTab, featureTab, trainingTab, phaseTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == phaseTab && phaseStale) {
                refreshPhase();
            }
        });

        NotificationPane notifications = new NotificationPane(center);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        notifications.setOnHidden(e -> model.report(""));
        model.messageProperty().addListener((obs, old, text) -> {
            if (text == null || text.isEmpty()) {
                notifications.hide();
            } else {
                notifications.show(text);
            }
        });

        setTop(new VBox(menuBar(), actionBar()));
        setLeft(left);
        setCenter(notifications);

        model.sweep().revisionProperty().addListener((obs, old, value) -> refreshResults());
        model.quantityProperty().addListener((obs, old, value) -> coordinate.refresh());
        model.stepProperty().addListener((obs, old, value) -> coordinate.refresh());
        model.parametrization().verdictProperty().addListener((obs, old, value) -> phaseChanged());
        model.phaseXProperty().addListener((obs, old, value) -> phaseChanged());
        model.phaseYProperty().addListener((obs, old, value) -> phaseChanged());
        model.phaseSliceProperty().addListener((obs, old, slice) -> phase.refresh());
        model.fontScaleProperty().addListener((obs, old, value) -> {
            applyFontScale();
            refreshResults();
            phase.refresh();
        });
        model.sweep().runningProperty().addListener((obs, old, running) -> {
            if (running && tabs.getSelectionModel().getSelectedItem() == verdictTab) {
                tabs.getSelectionModel().select(coordinateTab);
            }
        });
        widthProperty().addListener((obs, old, width) -> layoutFor(width.doubleValue()));
        layoutFor(1024);
        applyFontScale();
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Wide: verdict | charts side by side. Narrow: the verdict is the first tab. */
    private void layoutFor(double width) {
        boolean wide = width >= WIDE;
        if (wideLayout != null && wideLayout == wide) {
            return;
        }
        if (wide) {
            verdictTab.setContent(null);
            tabs.getTabs().remove(verdictTab);
            center.getItems().setAll(verdictScroll, tabs);
            center.setDividerPositions(0.36);
            SplitPane.setResizableWithParent(verdictScroll, false);
            wideLayout = true;
        } else {
            boolean first = wideLayout == null;
            center.getItems().setAll(tabs);
            verdictTab.setContent(verdictScroll);
            tabs.getTabs().add(0, verdictTab);
            if (first) {
                tabs.getSelectionModel().select(verdictTab);
            }
            wideLayout = false;
        }
    }

    /** Text, and the panel that holds the fields, grow with the font scale. */
    private void applyFontScale() {
        double scale = model.fontScaleProperty().get();
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
        left.setPrefWidth(SIDE_WIDTH_PX * scale);
    }

    private ChartStyle style() {
        return new ChartStyle(model.fontScaleProperty().get());
    }

    private JFreeChart coordinateChart() {
        return CoordinateCheckChart.create(model.sweep().results(), model.resultsVerdict(),
                model.quantityProperty().get(), model.stepProperty().get(), style());
    }

    private JFreeChart phaseChart() {
        PhaseSlice slice = model.phaseSliceProperty().get();
        if (slice == null) {
            boolean invalid = model.parametrization().verdictProperty().get() == null;
            // with axes, so that its last text is not in the title's font: FXGraphics2D skips setting a font
            // equal to the last one it set, while ChartCanvas restores the canvas font after every draw
            XYPlot empty = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
            return style().apply(new JFreeChart(invalid ? "Phase diagram: fix the highlighted field"
                    : "Phase diagram: classifying…", empty));
        }
        return PhaseDiagramChart.create(slice, style());
    }

    private void refreshResults() {
        coordinate.refresh();
        feature.refresh();
        training.refresh();
    }

    /** The phase diagram is recomputed only while it shows; otherwise when its tab is next chosen. */
    private void phaseChanged() {
        phaseStale = true;
        if (tabs.getSelectionModel().getSelectedItem() == phaseTab) {
            refreshPhase();
        }
    }

    private void refreshPhase() {
        phaseStale = false;
        model.requestPhaseSlice();
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Controls above a chart; they wrap onto a second line on a narrow window. */
    private static FlowPane controlRow(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(10, 6, nodes);
        row.getStyleClass().add("chart-controls");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private FlowPane coordinateControls() {
        ComboBox<Quantity> quantity = new ComboBox<>();
        quantity.setId("quantityChoice");
        quantity.getItems().setAll(Quantity.H, Quantity.X, Quantity.DELTA_H, Quantity.OWN_UPDATE,
                Quantity.FEATURE_KERNEL_CHANGE, Quantity.F, Quantity.DELTA_F, Quantity.NTK_CHANGE);
        quantity.setCellFactory(list -> new QuantityCell());
        quantity.setButtonCell(new QuantityCell());
        quantity.valueProperty().bindBidirectional(model.quantityProperty());
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

        return controlRow(label("Quantity"), quantity, label("Step"), step, stepLabel);
    }

    private FlowPane phaseControls() {
        ComboBox<ExponentAxis> x = axisChoice("phaseXChoice", model.phaseXProperty());
        ComboBox<ExponentAxis> y = axisChoice("phaseYChoice", model.phaseYProperty());
        return controlRow(label("Horizontal"), x, label("Vertical"), y);
    }

    private ComboBox<ExponentAxis> axisChoice(String id, javafx.beans.property.ObjectProperty<ExponentAxis> axis) {
        ComboBox<ExponentAxis> choice = new ComboBox<>(model.phaseAxes());
        choice.setId(id);
        choice.valueProperty().bindBidirectional(axis);
        choice.setTooltip(new Tooltip("The exponent on this axis; the others stay as in the panel"));
        return choice;
    }

    private HBox actionBar() {
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
        Label width = new Label();
        width.setId("currentWidth");
        width.textProperty().bind(model.sweep().currentWidthProperty());
        width.setMinWidth(Region.USE_PREF_SIZE);
        Label eta = new Label();
        eta.setId("eta");
        eta.textProperty().bind(model.sweep().etaProperty());
        eta.setMinWidth(Region.USE_PREF_SIZE);
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

        HBox bar = new HBox(12, run, cancel, progress, width, eta, status, regime);
        bar.getStyleClass().add("action-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private static void showRegime(Label label, Verdict v) {
        label.getStyleClass().removeIf(s -> s.startsWith("regime-") && !s.equals("regime-summary"));
        label.setText(v == null ? "invalid" : v.regime().displayName());
        label.getStyleClass().add(v == null ? "regime-invalid" : "regime-" + v.regime().id());
    }

    private MenuBar menuBar() {
        MenuItem open = item("openItem", "Open experiment…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        Menu recent = new Menu("Open recent");
        recent.setId("recentMenu");
        model.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem save = item("saveItem", "Save experiment", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    Path current = model.currentFileProperty().get();
                    if (current == null) {
                        chooseAndSave();
                    } else {
                        model.save(current);
                    }
                });
        MenuItem saveAs = item("saveAsItem", "Save experiment as…", new KeyCodeCombination(KeyCode.S,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseAndSave);
        MenuItem csv = item("exportCsvItem", "Export results as CSV…", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN), this::chooseAndExportCsv);
        MenuItem chart = item("exportChartItem", "Export this chart as PNG or SVG…", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseAndExportChart);
        MenuItem quit = item("quitItem", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                Platform::exit);
        Menu file = new Menu("File", null, open, recent, save, saveAs, new SeparatorMenuItem(), csv, chart,
                new SeparatorMenuItem(), quit);

        MenuItem run = item("runItem", "Run", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), model::run);
        run.disableProperty().bind(model.runDisabled());
        MenuItem cancel = item("cancelItem", "Cancel", new KeyCodeCombination(KeyCode.ESCAPE), model::cancel);
        cancel.disableProperty().bind(model.sweep().runningProperty().not());
        Menu sweep = new Menu("Sweep", null, run, cancel);

        MenuItem larger = item("largerItem", "Larger text", new KeyCodeCombination(KeyCode.EQUALS,
                KeyCombination.SHORTCUT_DOWN), () -> model.scaleFont(1.15));
        MenuItem largerPlus = item("largerPlusItem", "Larger text (+)", new KeyCodeCombination(KeyCode.ADD,
                KeyCombination.SHORTCUT_DOWN), () -> model.scaleFont(1.15));
        largerPlus.setVisible(false);
        MenuItem smaller = item("smallerItem", "Smaller text", new KeyCodeCombination(KeyCode.MINUS,
                KeyCombination.SHORTCUT_DOWN), () -> model.scaleFont(1 / 1.15));
        MenuItem smallerNumpad = item("smallerNumpadItem", "Smaller text (−)", new KeyCodeCombination(KeyCode.SUBTRACT,
                KeyCombination.SHORTCUT_DOWN), () -> model.scaleFont(1 / 1.15));
        smallerNumpad.setVisible(false);
        MenuItem reset = item("resetTextItem", "Normal text size", new KeyCodeCombination(KeyCode.DIGIT0,
                KeyCombination.SHORTCUT_DOWN), () -> model.fontScaleProperty().set(1));
        Menu view = new Menu("View", null, larger, largerPlus, smaller, smallerNumpad, reset);

        MenuBar bar = new MenuBar(file, sweep, view);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String id, String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent(Menu recent) {
        List<Path> files = model.recentFiles();
        recent.getItems().setAll(files.stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setOnAction(e -> model.open(path));
            return item;
        }).toList());
        recent.setDisable(files.isEmpty());
    }

    private FileChooser chooser(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        Path current = model.currentFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private void chooseAndOpen() {
        File file = chooser("Open an experiment", "WidthLab experiments (*.json)", "*.json")
                .showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    private void chooseAndSave() {
        File file = chooser("Save the experiment", "WidthLab experiments (*.json)", "*.json")
                .showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.save(withExtension(file.toPath(), ".json"));
        }
    }

    private void chooseAndExportCsv() {
        File file = chooser("Export the results", "CSV tables (*.csv)", "*.csv").showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportResults(withExtension(file.toPath(), ".csv"));
        }
    }

    private void chooseAndExportChart() {
        ChartPane shown = shownChart();
        if (shown == null) {
            model.report("Choose a chart tab first.");
            return;
        }
        FileChooser chooser = chooser("Export the chart", "PNG images (*.png)", "*.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG drawings (*.svg)", "*.svg"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            boolean svg = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().contains("*.svg");
            exportChart(shown, withExtension(file.toPath(), svg ? ".svg" : ".png"));
        }
    }

    /** Writes the chart of the selected tab to {@code file} (PNG, or SVG by extension). */
    void exportChart(ChartPane pane, Path file) {
        try {
            ChartExport.write(pane.chart(), file);
            model.report("Saved the chart as " + file.getFileName() + ".");
        } catch (IOException e) {
            model.report("Could not save the chart: " + e.getMessage());
        }
    }

    /** The chart of the selected tab, or null on the verdict tab. */
    ChartPane shownChart() {
        var content = tabs.getSelectionModel().getSelectedItem().getContent();
        return content instanceof ChartPane pane ? pane : null;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? file
                : file.resolveSibling(name + extension);
    }

    /** A click on the phase diagram: from canvas pixels to exponent values, then to the view model. */
    private final class PhaseClicks implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (!(event.getChart().getPlot() instanceof XYPlot plot)
                    || phase.viewer().getCanvas().getRenderingInfo() == null) {
                return;
            }
            var area = phase.viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            double px = event.getTrigger().getX();
            double py = event.getTrigger().getY();
            if (!area.contains(px, py)) {
                return;
            }
            double x = plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().java2DToValue(py, area, plot.getRangeAxisEdge());
            model.pickPhasePoint(x, y);
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
        }
    }

    private static final class QuantityCell extends ListCell<Quantity> {
        @Override
        protected void updateItem(Quantity item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : QuantityNames.choice(item));
        }
    }

    ExplorerViewModel model() {
        return model;
    }

    TabPane tabs() {
        return tabs;
    }
}
