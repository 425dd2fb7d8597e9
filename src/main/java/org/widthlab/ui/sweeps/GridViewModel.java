package org.widthlab.ui.sweeps;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.MemoryEstimate;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridCsv;
import org.widthlab.grid.GridFile;
import org.widthlab.grid.GridHandle;
import org.widthlab.grid.GridOutcome;
import org.widthlab.grid.GridPlan;
import org.widthlab.grid.GridProgress;
import org.widthlab.grid.GridResults;
import org.widthlab.grid.GridRunner;
import org.widthlab.grid.ResultsImport;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import org.widthlab.io.Failures;
import org.widthlab.io.ProgramLog;
import org.widthlab.store.ResultStore;
import org.widthlab.store.SavedGrid;
import org.widthlab.store.StoredCell;
import org.widthlab.ui.model.UiThread;

/**
 * The sweep workspace's state: the grid being defined (one or two axes of the experiment on show, widths,
 * seeds), the grid on show and its results as they arrive, the grids the store remembers, and what the charts
 * are set to. Reads grid files, plans grids (every cell's key and cost), runs them and reads the store off the
 * UI thread, so that starting a grid of thousands of cells never holds up the window; everything here is read and
 * changed on the UI thread only. Views only bind to it.
 */
final class GridViewModel {

    /** The axis of "none" in the second axis choice. */
    static final Axis NONE = null;
    /** The status line when a grid is asked to start while one runs. */
    static final String BUSY = "A grid is running: let it finish or cancel it first.";

    private final ReadOnlyObjectProperty<Experiment> experiment;
    private final java.util.function.Consumer<Experiment> showExperiment;
    private final Path storeFile;
    private final UiThread uiThread;
    private final Executor background;
    private final WindowCores cores = WindowCores.ofThisMachine();

    private final ObjectProperty<Axis> firstAxis = new SimpleObjectProperty<>(Axis.LEARNING_RATE);
    private final StringProperty firstValues = new SimpleStringProperty(defaultValues(Axis.LEARNING_RATE));
    private final ObjectProperty<Axis> secondAxis = new SimpleObjectProperty<>(Axis.PRESET);
    private final StringProperty secondValues = new SimpleStringProperty(defaultValues(Axis.PRESET));
    private final StringProperty widths = new SimpleStringProperty("128..1024");
    private final StringProperty seeds = new SimpleStringProperty("1");
    private final ObservableList<Axis> axes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper definitionValid = new ReadOnlyBooleanWrapper();

    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>();
    private GridResults results;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ObservableList<SavedGrid> saved = FXCollections.observableArrayList();
    private final ObservableList<QuantityChoice> quantities = FXCollections.observableArrayList();
    private final ObjectProperty<QuantityChoice> quantity = new SimpleObjectProperty<>(QuantityChoice.LOSS);
    private final IntegerProperty heatmapX = new SimpleIntegerProperty(0);
    private final IntegerProperty heatmapY = new SimpleIntegerProperty(HeatmapView.WIDTHS);
    private final BooleanProperty heatmapSlope = new SimpleBooleanProperty();

    /** Counts requests to describe the fields; a plan that comes back for an older one is dropped. */
    private final AtomicInteger describeRequests = new AtomicInteger();
    private boolean describeQueued;
    /** The id of the grid last planned for the size line and that line, so the same grid is not planned twice. */
    private String describedId;
    private String described;
    /** The id of the grid on show ({@link GridFile#id}), to tell whether the fields describe it. */
    private String shownId;

    private ResultStore store;
    private boolean storeRequested;
    private final List<Runnable> waitingForStore = new ArrayList<>();
    private GridHandle handle;
    /** Cancel was pressed while the grid was still being planned or waiting for the store. */
    private boolean cancelledBeforeStart;

    /**
     * @param experiment     the experiment on show, the base of every grid defined here
     * @param showExperiment puts an experiment on show (when an earlier grid is reopened, its base)
     */
    GridViewModel(ReadOnlyObjectProperty<Experiment> experiment, java.util.function.Consumer<Experiment> showExperiment,
            Path storeFile, UiThread uiThread, Executor background) {
        this.experiment = experiment;
        this.showExperiment = showExperiment;
        this.storeFile = storeFile;
        this.uiThread = uiThread;
        this.background = background;
        for (javafx.beans.Observable o : List.of(experiment, firstAxis, firstValues, secondAxis, secondValues, widths,
                seeds)) {
            o.addListener(x -> describe());
        }
        firstAxis.addListener((obs, old, axis) -> {
            if (axis != null) {
                firstValues.set(defaultValues(axis));
            }
        });
        secondAxis.addListener((obs, old, axis) -> secondValues.set(axis == null ? "" : defaultValues(axis)));
        experiment.addListener(o -> offerAxes());
        offerAxes();
        describe();
    }

    /** Values to start from when an axis is chosen. */
    static String defaultValues(Axis axis) {
        return switch (axis.kind()) {
            case LEARNING_RATE -> "2^-8..2^4";
            case PRESET -> "sp, mup";
            case ACTIVATION -> "relu, tanh";
            case DEPTH -> "1..4 step 1";
            case DATA -> "teacher, gaussian";
            case INPUT_DIM -> "4..32";
            case BATCH -> "16..128";
            case STEPS -> "5..40";
            case A, B, C -> "-1/2..1 step 1/4";
        };
    }

    /** The axes a grid can vary for the experiment on show (a_l, b_l for its layers). */
    private void offerAxes() {
        Experiment e = experiment.get();
        int layers = e == null ? 4 : e.parametrization().depth() + 1;
        List<Axis> offered = new ArrayList<>(List.of(Axis.LEARNING_RATE, Axis.PRESET, Axis.of(Axis.Kind.C)));
        for (int l = 1; l <= layers; l++) {
            offered.add(new Axis(Axis.Kind.A, l));
        }
        for (int l = 1; l <= layers; l++) {
            offered.add(new Axis(Axis.Kind.B, l));
        }
        offered.addAll(List.of(Axis.of(Axis.Kind.ACTIVATION), Axis.of(Axis.Kind.DEPTH), Axis.of(Axis.Kind.DATA),
                Axis.of(Axis.Kind.INPUT_DIM), Axis.of(Axis.Kind.BATCH), Axis.of(Axis.Kind.STEPS)));
        if (!offered.equals(axes)) {
            axes.setAll(offered);
        }
    }

    /**
     * The grid the fields describe: the experiment on show with the chosen axes, widths and seeds.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    Grid definedGrid() {
        Experiment e = experiment.get();
        if (e == null) {
            throw new IllegalArgumentException("fix the experiment on the Explorer first");
        }
        if (firstAxis.get() == null) {
            throw new IllegalArgumentException("choose what to vary");
        }
        List<AxisValues> chosen = new ArrayList<>();
        chosen.add(AxisValues.parse(firstAxis.get(), firstValues.get()));
        if (secondAxis.get() != null) {
            if (secondAxis.get().equals(firstAxis.get())) {
                throw new IllegalArgumentException("choose two different axes");
            }
            chosen.add(AxisValues.parse(secondAxis.get(), secondValues.get()));
        }
        List<Integer> n;
        try {
            n = Grammar.list(Values.SIZE, widths.get());
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("widths: " + ex.getMessage());
        }
        int s;
        try {
            s = Integer.parseInt(seeds.get().strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("seeds: '" + seeds.get().strip() + "' is not a whole number");
        }
        Experiment base = new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                e.learningRate(), n, s, e.seed(), e.measureNtk());
        String name = chosen.stream().map(a -> a.axis().label()).reduce((x, y) -> x + " × " + y).orElse("")
                + ", " + Describe.experiment(base);
        return new Grid(name, base, chosen);
    }

    /**
     * Updates the size line (or the error) for the fields as they are, and whether the grid on show is theirs. A
     * burst of changes (a grid taken into the fields sets six of them) is described once, after it; the plan
     * behind the size line is made in the background, and the line changes when it arrives.
     */
    private void describe() {
        if (!describeQueued) {
            describeQueued = true;
            uiThread.execute(this::describeNow);
        }
    }

    private void describeNow() {
        describeQueued = false;
        int request = describeRequests.incrementAndGet();
        Grid defined;
        try {
            defined = definedGrid();
        } catch (IllegalArgumentException e) {
            definition.set(e.getMessage());
            definitionValid.set(false);
            stale.set(grid.get() != null);
            return;
        }
        String id = GridFile.id(defined);
        stale.set(shownId != null && !id.equals(shownId));
        if (id.equals(describedId)) {
            showDescription(described, true);
            return;
        }
        background.execute(() -> {
            if (request != describeRequests.get()) {
                return;
            }
            String line;
            boolean valid;
            try {
                line = sizeLine(plan(defined));
                valid = true;
            } catch (IllegalArgumentException e) {
                line = e.getMessage();
                valid = false;
            }
            String text = line;
            boolean ok = valid;
            uiThread.execute(() -> {
                if (request == describeRequests.get()) {
                    if (ok) {
                        describedId = id;
                        described = text;
                    }
                    showDescription(text, ok);
                }
            });
        });
    }

    private void showDescription(String text, boolean valid) {
        definition.set(text);
        definitionValid.set(valid);
    }

    /** "1000 cells, about 3 min on 1 of 2 cores; …": the size line of a grid that fits. */
    private String sizeLine(GridPlan plan) {
        return String.format(Locale.ROOT, "%d cells, about %s on %s", plan.cells().size(),
                GridPlan.duration(plan.estimatedSeconds(plan.cells())), cores.describe());
    }

    /** Plans a grid for this machine: slow for large grids (every cell's key), so never on the UI thread. */
    private GridPlan plan(Grid defined) {
        return GridPlan.of(defined, cores.workers(), MemoryEstimate.directMemoryLimit());
    }

    /** Opens the store (once, in the background) and shows the grid run most recently, if any. */
    void loadStore() {
        if (storeRequested) {
            return;
        }
        storeRequested = true;
        status.set("Opening the results store…");
        background.execute(() -> {
            try {
                ResultStore opened = ResultStore.open(storeFile);
                List<SavedGrid> grids = opened.grids();
                uiThread.execute(() -> {
                    store = opened;
                    saved.setAll(grids);
                    status.set(grids.isEmpty() ? "No grids yet: choose what to vary and press Run grid." : "");
                    List<Runnable> waiting = List.copyOf(waitingForStore);
                    waitingForStore.clear();
                    if (waiting.isEmpty() && !grids.isEmpty() && grid.get() == null) {
                        show(grids.get(0));
                    }
                    waiting.forEach(Runnable::run);
                });
            } catch (RuntimeException e) {
                uiThread.execute(() -> {
                    waitingForStore.clear();
                    running.set(false);
                    status.set("The results store could not be opened: " + e.getMessage());
                });
            }
        });
    }

    /** Shows a remembered grid with whatever the store holds of it; its settings fill the fields. */
    void show(SavedGrid remembered) {
        show(remembered, "");
    }

    /** As {@link #show(SavedGrid)}, the status line starting with {@code news}. */
    private void show(SavedGrid remembered, String news) {
        try {
            Grid shown = GridFile.parse(remembered.definition(), remembered.name());
            takeDefinition(shown);
            showStored(shown, news);
        } catch (IllegalArgumentException e) {
            status.set("That grid cannot be read any more: " + e.getMessage());
        }
    }

    /**
     * Imports results computed elsewhere into the store in the background (a cluster's output folder or another
     * store file, as {@code store import} reads them) and shows the first grid imported.
     */
    void importResults(Path source) {
        if (running.get()) {
            status.set("A grid is running: let it finish or cancel it, then import.");
            return;
        }
        whenStoreOpen(() -> {
            ResultStore opened = store;
            running.set(true);
            status.set("Importing " + source.getFileName() + "…");
            background.execute(() -> {
                try {
                    ResultsImport.Summary summary = ResultsImport.into(opened, source);
                    List<SavedGrid> grids = opened.grids();
                    uiThread.execute(() -> {
                        running.set(false);
                        saved.setAll(grids);
                        String news = String.format(Locale.ROOT, "Imported %d cells (%d new) from the %s.",
                                summary.cells(), summary.added(), summary.kind());
                        grids.stream().filter(g -> summary.grids().contains(g.name())).findFirst().ifPresentOrElse(
                                g -> show(g, news + " "), () -> status.set(news + " It names no grid: its cells"
                                        + " are used when a grid that has them is run."));
                    });
                } catch (IOException | RuntimeException e) {
                    uiThread.execute(() -> {
                        running.set(false);
                        status.set("Nothing more was imported: " + e.getMessage());
                    });
                }
            });
        });
    }

    /** Opens a grid file (read in the background): shows it with the cells the store holds; Run computes the rest. */
    /**
     * Opens a grid file (Open…): the fields take it and what the store holds of it shows. {@code opened} hears on
     * the UI thread whether it could be read (if not, the status line says why).
     */
    void openFile(Path file, java.util.function.Consumer<Boolean> opened) {
        background.execute(() -> {
            try {
                Grid read = GridFile.read(file);
                uiThread.execute(() -> {
                    takeDefinition(read);
                    showStored(read, "");
                    opened.accept(true);
                });
            } catch (IOException | RuntimeException | Error e) {
                String problem = Failures.describe(e, "Opening the grid " + file, ProgramLog.ofThisUser());
                uiThread.execute(() -> {
                    status.set(problem);
                    opened.accept(false);
                });
            }
        });
    }

    boolean saveFile(Path file) {
        Grid shown = grid.get();
        if (shown == null) {
            status.set("There is no grid to save yet.");
            return false;
        }
        try {
            GridFile.write(file, shown);
            status.set("Saved the grid as " + file.getFileName() + ".");
            return true;
        } catch (IOException e) {
            status.set("Could not save the grid: " + e.getMessage());
            return false;
        }
    }

    boolean exportCsv(Path file) {
        if (results == null || results.size() == 0) {
            status.set("There are no results to export yet.");
            return false;
        }
        try {
            GridCsv.write(file, results);
            status.set("Exported " + results.size() + " cells to " + file.getFileName() + ".");
            return true;
        } catch (IOException e) {
            status.set("Could not export: " + e.getMessage());
            return false;
        }
    }

    /**
     * The experiment on show becomes {@code shown}'s base and the fields take its axes (the first two), widths
     * and seeds, so that Run grid runs it again (computing only what the store lacks).
     */
    private void takeDefinition(Grid shown) {
        if (!shown.base().equals(experiment.get())) {
            showExperiment.accept(shown.base());
        }
        if (!shown.axes().isEmpty()) {
            firstAxis.set(shown.axes().get(0).axis());
            firstValues.set(valuesText(shown.axes().get(0)));
        }
        secondAxis.set(shown.axes().size() > 1 ? shown.axes().get(1).axis() : NONE);
        secondValues.set(shown.axes().size() > 1 ? valuesText(shown.axes().get(1)) : "");
        widths.set(Values.SIZE.formatList(shown.base().widths()));
        seeds.set(String.valueOf(shown.base().seeds()));
    }

    private static String valuesText(AxisValues values) {
        return values.axis().kind() == Axis.Kind.LEARNING_RATE
                ? Values.NUMBER.formatList(values.values().stream().map(Double::valueOf).toList())
                : String.join(", ", values.values());
    }

    /** Shows {@code shown} with the cells the store holds; the status line then starts with {@code news}. */
    private void showStored(Grid shown, String news) {
        whenStoreOpen(() -> {
            ResultStore opened = store;
            setGrid(shown);
            status.set("Reading " + shown.name() + " from the store…");
            background.execute(() -> {
                try {
                    List<GridCell> cells = shown.cells();
                    Map<String, StoredCell> stored = opened.get(cells.stream().map(GridCell::key).distinct().toList());
                    uiThread.execute(() -> {
                        if (grid.get() != shown) {
                            return;
                        }
                        int found = 0;
                        for (GridCell cell : cells) {
                            StoredCell result = stored.get(cell.key());
                            if (result != null) {
                                results.add(cell, result);
                                found++;
                            }
                        }
                        progress.set(cells.isEmpty() ? 0 : found / (double) cells.size());
                        status.set(news + found + " of " + cells.size() + " cells from the store"
                                + (found < cells.size() ? "; Run grid computes the rest." : "."));
                        revision.set(revision.get() + 1);
                    });
                } catch (RuntimeException e) {
                    uiThread.execute(() -> status.set(e.getMessage()));
                }
            });
        });
    }

    /** Runs {@code action} on the UI thread once the store is open (at once if it is). */
    private void whenStoreOpen(Runnable action) {
        if (store != null) {
            action.run();
        } else {
            waitingForStore.add(action);
            loadStore();
        }
    }

    private void setGrid(Grid shown) {
        shownId = GridFile.id(shown);
        grid.set(shown);
        results = new GridResults(shown);
        int depth = shown.base().parametrization().depth();
        List<QuantityChoice> offered = QuantityChoice.all(depth);
        if (!offered.equals(quantities)) {
            QuantityChoice previous = quantity.get();
            quantities.setAll(offered);
            quantity.set(offered.contains(previous) ? previous : QuantityChoice.LOSS);
        }
        heatmapX.set(0);
        heatmapY.set(shown.axes().size() > 1 ? 1 : HeatmapView.WIDTHS);
        heatmapSlope.set(false);
        describe();
        revision.set(revision.get() + 1);
    }

    /** Runs the grid the fields describe: shows what the store has at once, computes the rest. */
    void run() {
        try {
            run(definedGrid());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }

    /**
     * Opens a grid file and runs it (all its axes, whatever the fields can show): the file is read and the grid
     * planned in the background, then the fields take it and it starts. A file that cannot be read or a grid
     * that does not fit ends it with the status line saying why.
     *
     * @return false if it did not start because a grid is running (the status line says so)
     */
    boolean openAndRun(Path file) {
        if (running.get()) {
            status.set(BUSY);
            return false;
        }
        begin();
        background.execute(() -> {
            Grid opened;
            try {
                opened = GridFile.read(file);
            } catch (IOException | RuntimeException | Error e) {
                String problem = Failures.describe(e, "Opening the grid " + file, ProgramLog.ofThisUser());
                uiThread.execute(() -> refused(problem));
                return;
            }
            planThen(opened, plan -> {
                takeDefinition(opened);
                start(plan);
            }, problem -> {
                takeDefinition(opened);
                refused(problem);
            });
        });
        return true;
    }

    /** Puts {@code defined} in the fields and runs it (a lesson's grid): stored cells show at once. */
    void takeAndRun(Grid defined) {
        takeDefinition(defined);
        run(defined);
    }

    private void run(Grid defined) {
        if (running.get()) {
            return;
        }
        begin();
        background.execute(() -> planThen(defined, this::start, this::refused));
    }

    /** A grid is on its way: planned in the background, then started, unless cancelled or refused first. */
    private void begin() {
        GridWarmUp.stopForRun();
        cancelledBeforeStart = false;
        running.set(true);
    }

    /** On a background thread: plans {@code defined}, then hands the plan, or why it does not fit, to the UI thread. */
    private void planThen(Grid defined, java.util.function.Consumer<GridPlan> planned,
            java.util.function.Consumer<String> refused) {
        try {
            GridPlan plan = plan(defined);
            uiThread.execute(() -> planned.accept(plan));
        } catch (IllegalArgumentException e) {
            uiThread.execute(() -> refused.accept(e.getMessage()));
        } catch (RuntimeException | Error e) {
            String problem = Failures.describe(e, "Planning the grid " + defined.name(), ProgramLog.ofThisUser());
            uiThread.execute(() -> refused.accept(problem));
        }
    }

    /** A grid asked to run did not start: why. */
    private void refused(String problem) {
        running.set(false);
        status.set(problem);
    }

    /** Starts a planned grid (the store opening first if it is not yet): stored cells show at once. */
    private void start(GridPlan plan) {
        Grid defined = plan.grid();
        progress.set(0);
        whenStoreOpen(() -> {
            if (cancelledBeforeStart) {
                refused("Cancelled before it started: nothing was computed.");
                return;
            }
            setGrid(defined);
            status.set("Running " + plan.cells().size() + " cells on " + cores.describe() + "…");
            ResultStore opened = store;
            GridBridge bridge = new GridBridge(uiThread, new GridBridge.Sink() {
                @Override
                public void deliver(List<Map.Entry<GridCell, StoredCell>> cells, GridProgress latest) {
                    if (grid.get() != defined) {
                        return;
                    }
                    cells.forEach(c -> results.add(c.getKey(), c.getValue()));
                    if (latest != null) {
                        progress.set(latest.fractionDone());
                        double left = latest.remainingSecondsEstimate();
                        status.set(String.format(Locale.ROOT, "%d of %d cells%s (%s)", latest.cellsDone(),
                                latest.cells(), Double.isFinite(left) && latest.cellsDone() < latest.cells()
                                        ? ", about " + GridPlan.duration(left) + " left" : "", cores.describe()));
                    }
                    revision.set(revision.get() + 1);
                }

                @Override
                public void finished(GridOutcome outcome) {
                    handle = null;
                    status.set(switch (outcome.status()) {
                        case COMPLETED -> String.format(Locale.ROOT, "%d cells: %d computed, %d from the store, %d"
                                + " diverged (%.1f s).", outcome.cells(), outcome.computed(), outcome.reused(),
                                outcome.diverged(), outcome.seconds());
                        case CANCELLED -> "Cancelled: the " + (outcome.computed() + outcome.reused())
                                + " cells finished are kept; Run grid goes on from there.";
                        case FAILED -> "The grid failed: " + outcome.message();
                    });
                    progress.set(outcome.status() == GridOutcome.Status.COMPLETED ? 1 : progress.get());
                    running.set(false);
                }
            });
            handle = new GridRunner(opened).start(plan, bridge);
            // the store may be busy (another window or command writing it): never wait for it on this thread
            background.execute(() -> {
                try {
                    opened.rememberGrid(new SavedGrid(GridFile.id(defined), defined.name(), GridFile.text(defined),
                            Instant.now()));
                    List<SavedGrid> grids = opened.grids();
                    uiThread.execute(() -> saved.setAll(grids));
                } catch (RuntimeException e) {
                    uiThread.execute(() -> status.set("The grid could not be listed in the store: " + e.getMessage()));
                }
            });
        });
    }

    /** Cancels the grid running, or the one being planned (it then does not start). */
    void cancel() {
        if (handle != null) {
            handle.cancel();
        } else if (running.get()) {
            cancelledBeforeStart = true;
        }
    }

    /** What the heatmap shows, as the choices stand. */
    HeatmapView heatmapView() {
        Grid shown = grid.get();
        int x = shown == null || heatmapX.get() >= shown.axes().size() ? 0 : heatmapX.get();
        int y = shown == null || heatmapY.get() >= shown.axes().size() || heatmapY.get() == x ? HeatmapView.WIDTHS
                : heatmapY.get();
        return new HeatmapView(x, y, heatmapSlope.get() && y != HeatmapView.WIDTHS);
    }

    ObjectProperty<Axis> firstAxisProperty() {
        return firstAxis;
    }

    StringProperty firstValuesProperty() {
        return firstValues;
    }

    ObjectProperty<Axis> secondAxisProperty() {
        return secondAxis;
    }

    StringProperty secondValuesProperty() {
        return secondValues;
    }

    StringProperty widthsProperty() {
        return widths;
    }

    StringProperty seedsProperty() {
        return seeds;
    }

    ObservableList<Axis> axes() {
        return axes;
    }

    /** "208 cells, about 40 s on 1 of 2 cores; the other keeps the window responsive", or what is wrong with the fields. */
    ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty definitionValidProperty() {
        return definitionValid.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The results of the grid on show (null before any); read on the UI thread. */
    GridResults results() {
        return results;
    }

    /** Bumped whenever the grid on show or its results change. */
    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the fields describe another grid than the one on show (its results are then not theirs). */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    ObservableList<SavedGrid> saved() {
        return saved;
    }

    ObservableList<QuantityChoice> quantities() {
        return quantities;
    }

    ObjectProperty<QuantityChoice> quantityProperty() {
        return quantity;
    }

    IntegerProperty heatmapXProperty() {
        return heatmapX;
    }

    IntegerProperty heatmapYProperty() {
        return heatmapY;
    }

    BooleanProperty heatmapSlopeProperty() {
        return heatmapSlope;
    }
}
