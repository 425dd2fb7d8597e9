package org.widthlab.ui.sweeps;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.widthlab.grid.Axis;
import org.widthlab.grid.Grid;
import org.widthlab.store.SavedGrid;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.ResultsImporter;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.Forms;
import org.widthlab.ui.widgets.RunBar;
import org.widthlab.ui.widgets.SidePanel;

/**
 * The sweep workspace: define a grid from the experiment on the Explorer by choosing one or two axes and their
 * values, run it (cells already in the results store appear at once), and read it as μTransfer curves, as a
 * heatmap beside the theory's classes, and as the best learning rate against width. Earlier grids are listed
 * and the most recent one is shown when the page first opens.
 */
public final class SweepsPage implements Page {

    /**
     * Charts are redrawn at most this often while results stream in, so the window stays responsive: after each
     * redraw the thread that renders the window's frames rasterizes the whole chart again, which is slow where it
     * draws in software (no graphics card, a remote or virtual display), and the next frames wait for it. While
     * a grid runs, the charts are therefore drawn off the JavaFX thread and shown as images.
     */
    static final Duration REDRAW_INTERVAL = Duration.millis(1000);

    /**
     * Room between the settings column and the charts. Where both change in one frame and their regions touch,
     * JavaFX repaints the smallest rectangle holding both: the column's height times the page's width.
     */
    static final double SIDE_GAP_PX = 4;

    private final ExplorerViewModel explorer;
    private final GridViewModel model;
    private final BorderPane view = new BorderPane();
    private final ChartPane curves;
    private final ChartPane heatmap;
    private final ChartPane theory;
    private final ChartPane best;
    private final TabPane charts = new TabPane();
    private final PauseTransition redraw = new PauseTransition(REDRAW_INTERVAL);
    private boolean redrawPending;
    private boolean theoryStale = true;

    public SweepsPage(WindowContext context) {
        explorer = context.explorer();
        model = new GridViewModel(explorer.experiment().experimentProperty(), explorer.experiment()::set,
                context.store(), context.uiThread(), context.background());
        curves = new ChartPane("transferChart", fit -> chartOr(fit, r -> TransferCurvesChart.create(r,
                model.quantityProperty().get(), style(fit))), Forms.controlRow(Forms.label("Show"),
                quantityChoice("curveQuantityChoice")));
        heatmap = new ChartPane("heatmapChart", fit -> chartOr(fit, r -> HeatmapChart.measured(r, model.heatmapView(),
                model.quantityProperty().get(), style(fit))), null);
        theory = new ChartPane("theoryChart", fit -> chartOr(fit, r -> HeatmapChart.theory(r, model.heatmapView(),
                style(fit))), null);
        best = new ChartPane("bestChart", fit -> chartOr(fit, r -> BestWidthChart.create(r, style(fit))), null);

        Tab curvesTab = tab("transferTab", "μTransfer curves", curves);
        SplitPane pair = new SplitPane(heatmap, theory);
        pair.setDividerPositions(0.58);
        BorderPane heatmapPage = new BorderPane(pair);
        heatmapPage.setTop(heatmapControls());
        Tab heatmapTab = tab("heatmapTab", "Heatmap", heatmapPage);
        Tab bestTab = tab("bestTab", "Best vs width", best);
        charts.getTabs().setAll(curvesTab, heatmapTab, bestTab);
        charts.setId("sweepCharts");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.getSelectionModel().selectedItemProperty().addListener(o -> redrawNow());

        Node side = SidePanel.of("sweepsSidebar", sidebar(), explorer.fontScaleProperty(), view);
        BorderPane.setMargin(side, new Insets(0, SIDE_GAP_PX, 0, 0));
        view.setLeft(side);
        VBox center = new VBox(runBar(), charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        view.setCenter(center);

        redraw.setOnFinished(e -> {
            if (redrawPending) {
                redrawPending = false;
                redrawNow();
            }
        });
        model.runningProperty().addListener((obs, old, running) -> List.of(curves, heatmap, theory, best)
                .forEach(pane -> pane.setDrawnOffThread(running)));
        model.revisionProperty().addListener(o -> requestRedraw());
        model.gridProperty().addListener(o -> theoryStale = true);
        model.quantityProperty().addListener(o -> redrawNow());
        model.heatmapXProperty().addListener(o -> heatmapChanged());
        model.heatmapYProperty().addListener(o -> heatmapChanged());
        model.heatmapSlopeProperty().addListener(o -> redrawNow());
        explorer.fontScaleProperty().addListener(o -> {
            theoryStale = true;
            redrawNow();
        });
        explorer.lessons().stepNumberProperty().addListener(o -> showLessonGrid());
    }

    /** A lesson's step with a grid: the fields take it, it runs (stored cells at once), the step's chart shows. */
    private void showLessonGrid() {
        explorer.lessons().currentStep().filter(step -> step.grid().isPresent()).ifPresent(step -> {
            String tab = switch (step.chart().orElse("transfer")) {
                case "heatmap" -> "heatmapTab";
                case "best" -> "bestTab";
                default -> "transferTab";
            };
            charts.getTabs().stream().filter(t -> t.getId().equals(tab)).findFirst()
                    .ifPresent(t -> charts.getSelectionModel().select(t));
            model.takeAndRun(step.grid().get());
        });
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Optional<JFreeChart> exportableChart() {
        Tab selected = charts.getSelectionModel().getSelectedItem();
        ChartPane pane = selected == null || selected.getId().equals("transferTab") ? curves
                : selected.getId().equals("heatmapTab") ? heatmap : best;
        return Optional.of(pane.chart());
    }

    @Override
    public Optional<ResultsImporter> resultsImporter() {
        return Optional.of(model::importResults);
    }

    @Override
    public void shown() {
        model.loadStore();
    }

    /** The screenshot waits for the grid being run, if one is. */
    @Override
    public CompletionStage<Void> prepareForScreenshot() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!model.runningProperty().get()) {
            done.complete(null);
            return done;
        }
        model.runningProperty().addListener((obs, old, running) -> {
            if (!running) {
                done.complete(null);
            }
        });
        return done;
    }

    GridViewModel model() {
        return model;
    }

    /**
     * Opens a grid file as Open… does; {@code opened} hears whether it could be read (for {@code window --grid
     * FILE}, which then runs it).
     */
    public void open(Path file, java.util.function.Consumer<Boolean> opened) {
        model.openFile(file, opened);
    }

    /**
     * Runs a grid file (all its axes, whatever the fields can show) and tells {@code finished} the status line once
     * it has ended (for {@code window --grid FILE}).
     */
    public void openAndRun(Path file, java.util.function.Consumer<String> finished) {
        javafx.beans.value.ChangeListener<Boolean> ended = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    model.runningProperty().removeListener(this);
                    finished.accept(model.statusProperty().get());
                }
            }
        };
        model.runningProperty().addListener(ended);
        if (!model.openAndRun(file)) {
            model.runningProperty().removeListener(ended);
            finished.accept(model.statusProperty().get());
        }
    }

    private RunBar runBar() {
        return new RunBar("grid")
                .runs("▶  Run grid", "Compute every cell of the grid defined on the left (stored cells appear at once)",
                        model::run, model.runningProperty().or(model.definitionValidProperty().not()))
                .cancels("Stop the grid; the cells that finished stay, stored", model::cancel, model.runningProperty())
                .shows(model.progressProperty(), model.statusProperty());
    }

    private Node sidebar() {
        Label base = new Label();
        base.setId("gridBaseLabel");
        base.setWrapText(true);
        base.textProperty().bind(Bindings.createStringBinding(() -> explorer.experiment().experimentProperty().get()
                == null ? "The experiment on the Explorer has an invalid field: fix it there first."
                : "Every cell: " + Describe.experiment(explorer.experiment().experimentProperty().get())
                        + " (as on the Explorer).", explorer.experiment().experimentProperty()));

        ComboBox<Axis> first = axisChoice("firstAxisChoice", false);
        first.valueProperty().bindBidirectional(model.firstAxisProperty());
        TextField firstValues = field("firstValuesField", model.firstValuesProperty(),
                "Values: a list (0.01, 0.1), powers 2^-8..2^4, or a range -1/2..1 step 1/4");
        ComboBox<Axis> second = axisChoice("secondAxisChoice", true);
        second.valueProperty().bindBidirectional(model.secondAxisProperty());
        TextField secondValues = field("secondValuesField", model.secondValuesProperty(), "Values of the second axis");
        secondValues.disableProperty().bind(model.secondAxisProperty().isNull());
        TextField widths = field("gridWidthsField", model.widthsProperty(), "Widths: 128..1024 doubles; or a list");
        TextField seeds = field("gridSeedsField", model.seedsProperty(), "Seeds per cell (each its own data and start)");

        GridPane form = Forms.labelledGrid();
        form.addRow(0, Forms.label("Vary"), first);
        form.addRow(1, Forms.label("values"), firstValues);
        form.addRow(2, Forms.label("and"), second);
        form.addRow(3, Forms.label("values"), secondValues);
        form.addRow(4, Forms.label("Widths"), widths);
        form.addRow(5, Forms.label("Seeds"), seeds);

        Label size = new Label();
        size.setId("gridSizeLabel");
        size.setWrapText(true);
        size.textProperty().bind(model.definitionProperty());
        model.definitionValidProperty().addListener((obs, old, valid) -> size.getStyleClass().setAll(
                valid ? List.of("label") : List.of("label", "field-error")));

        Label stale = new Label("The fields describe another grid than the one on show: Run grid to compute it.");
        stale.setId("gridStaleLabel");
        stale.setWrapText(true);
        stale.getStyleClass().add("caveat");
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(model.staleProperty());

        ListView<SavedGrid> saved = new ListView<>(model.saved());
        saved.setId("savedGridsList");
        saved.setPrefHeight(160);
        saved.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SavedGrid grid, boolean empty) {
                super.updateItem(grid, empty);
                setText(empty || grid == null ? null : grid.name());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        saved.getSelectionModel().selectedItemProperty().addListener((obs, old, grid) -> {
            if (grid != null && !model.runningProperty().get()) {
                model.show(grid);
            }
        });
        model.saved().addListener((ListChangeListener<SavedGrid>) c -> saved.getSelectionModel().clearSelection());

        Button open = button("openGridButton", "Open…", this::openFile);
        Button save = button("saveGridButton", "Save…", this::saveFile);
        Button export = button("exportGridCsvButton", "Export CSV…", this::exportCsv);
        save.disableProperty().bind(model.gridProperty().isNull());
        export.disableProperty().bind(model.gridProperty().isNull());
        HBox files = new HBox(8, open, save, export);

        VBox box = new VBox(10, Forms.heading("Grid"), base, form, size, stale, Forms.heading("Earlier grids"), saved,
                files);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node heatmapControls() {
        ComboBox<Integer> across = indexChoice("heatXChoice", false);
        across.valueProperty().addListener((obs, old, i) -> {
            if (i != null) {
                model.heatmapXProperty().set(i);
            }
        });
        ComboBox<Integer> down = indexChoice("heatYChoice", true);
        down.valueProperty().addListener((obs, old, i) -> {
            if (i != null) {
                model.heatmapYProperty().set(i);
            }
        });
        CheckBox slope = new CheckBox("width-slope");
        slope.setId("heatSlopeCheck");
        slope.setTooltip(new Tooltip("Colour by the log-log slope of the quantity against width (needs two axes)"));
        slope.selectedProperty().bindBidirectional(model.heatmapSlopeProperty());
        model.gridProperty().addListener((obs, old, grid) -> {
            fillIndexChoice(across, grid, false);
            fillIndexChoice(down, grid, true);
            across.setValue(model.heatmapXProperty().get());
            down.setValue(model.heatmapYProperty().get());
        });
        // a new grid resets the choices after the grid itself has changed: the boxes follow
        model.heatmapXProperty().addListener((obs, old, i) -> across.setValue(i.intValue()));
        model.heatmapYProperty().addListener((obs, old, i) -> down.setValue(i.intValue()));
        return Forms.controlRow(Forms.label("Show"), quantityChoice("heatQuantityChoice"), Forms.label("across"),
                across, Forms.label("down"), down, slope);
    }

    private ComboBox<Integer> indexChoice(String id, boolean withWidths) {
        ComboBox<Integer> choice = new ComboBox<>();
        choice.setId(id);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                Grid grid = model.gridProperty().get();
                if (index == null) {
                    return "";
                }
                return index == HeatmapView.WIDTHS || grid == null || index >= grid.axes().size() ? "width n"
                        : grid.axes().get(index).axis().label();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        return choice;
    }

    private static void fillIndexChoice(ComboBox<Integer> choice, Grid grid, boolean withWidths) {
        java.util.List<Integer> items = new java.util.ArrayList<>();
        if (withWidths) {
            items.add(HeatmapView.WIDTHS);
        }
        for (int i = 0; grid != null && i < grid.axes().size(); i++) {
            items.add(i);
        }
        choice.getItems().setAll(items);
    }

    private ComboBox<QuantityChoice> quantityChoice(String id) {
        ComboBox<QuantityChoice> choice = new ComboBox<>(model.quantities());
        choice.setId(id);
        choice.valueProperty().bindBidirectional(model.quantityProperty());
        return choice;
    }

    private ComboBox<Axis> axisChoice(String id, boolean withNone) {
        ComboBox<Axis> choice = new ComboBox<>();
        choice.setId(id);
        Runnable fill = () -> {
            java.util.List<Axis> items = new java.util.ArrayList<>();
            if (withNone) {
                items.add(GridViewModel.NONE);
            }
            items.addAll(model.axes());
            Axis kept = choice.getValue();
            choice.getItems().setAll(items);
            choice.setValue(kept);
        };
        model.axes().addListener((ListChangeListener<Axis>) c -> fill.run());
        fill.run();
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Axis axis) {
                return axis == null ? "nothing else" : axis.label();
            }

            @Override
            public Axis fromString(String text) {
                return null;
            }
        });
        choice.setMaxWidth(Double.MAX_VALUE);
        return choice;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setTooltip(new Tooltip(tip));
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** The font scale, but no larger than the chart's room allows ({@code fit}, from its {@link ChartPane}). */
    private ChartStyle style(double fit) {
        return new ChartStyle(Math.min(explorer.fontScaleProperty().get(), fit));
    }

    private JFreeChart chartOr(double fit, java.util.function.Function<org.widthlab.grid.GridResults, JFreeChart> chart) {
        return model.results() == null
                ? Charts.empty("Run a grid, or pick an earlier one on the left", style(fit)) : chart.apply(model.results());
    }

    /** Redraws the charts now, or when {@link #REDRAW_INTERVAL} has passed since the last redraw. */
    private void requestRedraw() {
        if (redraw.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            redrawPending = true;
            return;
        }
        redrawNow();
    }

    private void heatmapChanged() {
        theoryStale = true;
        redrawNow();
    }

    /** Redraws the chart(s) of the tab on show. */
    private void redrawNow() {
        redraw.playFromStart();
        Tab selected = charts.getSelectionModel().getSelectedItem();
        String id = selected == null ? "transferTab" : selected.getId();
        switch (id) {
            case "heatmapTab" -> {
                heatmap.refresh();
                if (theoryStale) {
                    theory.refresh();
                    theoryStale = false;
                }
            }
            case "bestTab" -> best.refresh();
            default -> curves.refresh();
        }
    }

    private void openFile() {
        File file = chooser("Open a grid").showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            model.openFile(file.toPath(), opened -> { });
        }
    }

    private void saveFile() {
        File file = chooser("Save the grid").showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            model.saveFile(withExtension(file.toPath(), ".json"));
        }
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the grid's results");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV tables (*.csv)", "*.csv"));
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            model.exportCsv(withExtension(file.toPath(), ".csv"));
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("WidthLab grids (*.json)", "*.json"));
        return chooser;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
