package org.widthlab.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.ResultsCsv;
import org.widthlab.theory.Verdict;

/**
 * The window's state: the experiment being edited, the sweep on show, what is on screen (the page,
 * the coordinate check's quantity and step, the phase diagram, the font scale), the files, and a
 * message line for anything that went wrong at a boundary (a bad file). Views only bind to it.
 */
public final class ExplorerViewModel {

    public static final double MIN_FONT_SCALE = 0.7;
    public static final double MAX_FONT_SCALE = 2.5;

    private final ParametrizationViewModel parametrization = new ParametrizationViewModel();
    private final ExperimentViewModel experiment = new ExperimentViewModel(parametrization);
    private final SweepViewModel sweep;
    private final LessonViewModel lessons = new LessonViewModel(this);
    private final PhaseDiagramViewModel phase;
    private final RecentFiles recentStore;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<Quantity> quantity = new SimpleObjectProperty<>(Quantity.DELTA_H);
    private final IntegerProperty step = new SimpleIntegerProperty(1);
    private final StringProperty shownPage = new SimpleStringProperty();
    private final BooleanProperty experimentPanelShown = new javafx.beans.property.SimpleBooleanProperty(true);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>();

    /**
     * @param starter     the engine's door
     * @param limits      the n = ∞ curves
     * @param uiThread    where results are handed over to
     * @param background  where the limit and the phase diagram are computed
     * @param recentStore the list of recent files
     */
    public ExplorerViewModel(SweepStarter starter, LimitSource limits, UiThread uiThread, Executor background,
            RecentFiles recentStore) {
        this.sweep = new SweepViewModel(starter, limits, uiThread, background);
        this.phase = new PhaseDiagramViewModel(parametrization, uiThread, background);
        this.recentStore = recentStore;
        recentFiles.setAll(recentStore.list());
        // failures of the background computations are said in the message line
        sweep.limitProblemProperty().addListener((obs, old, problem) -> reportIfAny(problem));
        phase.problemProperty().addListener((obs, old, problem) -> reportIfAny(problem));
        sweep.experimentProperty().addListener((obs, old, e) -> {
            if (e != null) {
                step.set(e.steps());
            }
        });
    }

    /** Starts a sweep of the experiment on show; does nothing while it is invalid or one runs. */
    public void run() {
        Experiment e = experiment.experimentProperty().get();
        if (e != null && !sweep.runningProperty().get()) {
            message.set("");
            sweep.start(e);
        }
    }

    public void cancel() {
        sweep.cancel();
    }

    /** Run is offered only for a valid experiment and while nothing runs. */
    public BooleanBinding runDisabled() {
        return Bindings.createBooleanBinding(
                () -> experiment.experimentProperty().get() == null || sweep.runningProperty().get(),
                experiment.experimentProperty(), sweep.runningProperty());
    }

    /** The verdict of the parametrization the results on show were measured with (for their predictions). */
    public Verdict resultsVerdict() {
        Experiment e = sweep.experimentProperty().get();
        return e == null ? null : Verdict.of(e.parametrization());
    }

    /**
     * Opens an experiment file; a bad file leaves everything as it was and says everything that is wrong in
     * it; keys the file has that WidthLab does not know are named in the message.
     */
    public boolean open(Path file) {
        try {
            ExperimentFile.Contents contents = ExperimentFile.readContents(file);
            Experiment e;
            try {
                e = contents.complete();
            } catch (IllegalArgumentException missing) {
                throw new IOException(file + ": " + missing.getMessage(), missing);
            }
            experiment.set(e);
            currentFile.set(file);
            recentFiles.setAll(recentStore.add(file));
            message.set(contents.warnings().isEmpty() ? ""
                    : "Opened " + file.getFileName() + "; " + String.join("; ", contents.warnings()) + ".");
            return true;
        } catch (IOException e) {
            message.set("Could not open " + e.getMessage());
            return false;
        }
    }

    /**
     * Shows an experiment remembered from the last session, without touching the recent files; {@code file}
     * (null: none), if it still exists, becomes the file that Save writes.
     */
    public void restore(Experiment e, Path file) {
        experiment.set(e);
        currentFile.set(file != null && Files.isRegularFile(file) ? file : null);
    }

    /** Saves the experiment on show (atomically); refuses while a field is invalid. */
    public boolean save(Path file) {
        Experiment e = experiment.experimentProperty().get();
        if (e == null) {
            message.set("Fix the highlighted fields before saving.");
            return false;
        }
        try {
            ExperimentFile.write(file, e);
            currentFile.set(file);
            recentFiles.setAll(recentStore.add(file));
            message.set("Saved " + file.getFileName() + ".");
            return true;
        } catch (IOException failure) {
            message.set("Could not save " + file + ": " + failure.getMessage());
            return false;
        }
    }

    /** Writes the results on show as a tidy CSV table (one row per measurement). */
    public boolean exportResults(Path file) {
        List<Measurement> results = sweep.results();
        if (results.isEmpty()) {
            message.set("Nothing to export yet: press Run first.");
            return false;
        }
        try (ResultsCsv csv = ResultsCsv.create(file)) {
            csv.write(results);
            csv.commit();
            message.set("Exported " + results.size() + " measurements to " + file.getFileName() + ".");
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            message.set("Could not export to " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Shows a one-line message to the user (the outcome of an export, a failure in the background). */
    public void report(String text) {
        message.set(text);
    }

    private void reportIfAny(String problem) {
        if (problem != null && !problem.isEmpty()) {
            message.set(problem);
        }
    }

    public void scaleFont(double factor) {
        fontScale.set(Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, fontScale.get() * factor)));
    }

    public ParametrizationViewModel parametrization() {
        return parametrization;
    }

    public ExperimentViewModel experiment() {
        return experiment;
    }

    /**
     * When the results on show were measured with other settings than those on screen: what they are results
     * for, e.g. "Results for μP (maximal update) — press Run to see SP (standard, constant LR)". Empty while they
     * match, while a sweep runs, or before any.
     */
    public java.util.Optional<String> staleResults() {
        Experiment shown = sweep.experimentProperty().get();
        Experiment onScreen = experiment.experimentProperty().get();
        if (shown == null || sweep.runningProperty().get() || shown.equals(onScreen)) {
            return java.util.Optional.empty();
        }
        String results = describe(shown);
        String now = onScreen == null ? "fix the highlighted field, then press Run" : "press Run for " + describe(onScreen);
        return java.util.Optional.of("Results for " + (results.equals(onScreen == null ? "" : describe(onScreen))
                ? "other training settings" : results) + " — " + now);
    }

    private static String describe(Experiment e) {
        return org.widthlab.theory.Preset.matching(e.parametrization()).map(org.widthlab.theory.Preset::displayName)
                .orElse("custom exponents") + ", L = " + e.parametrization().depth();
    }

    /** The lesson on show and presenter mode. */
    public LessonViewModel lessons() {
        return lessons;
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ObjectProperty<Quantity> quantityProperty() {
        return quantity;
    }

    /** The step the coordinate check shows. */
    public IntegerProperty stepProperty() {
        return step;
    }

    public PhaseDiagramViewModel phase() {
        return phase;
    }

    /**
     * The id of the page on show ({@code org.widthlab.ui.Pages}); setting it brings that page on screen,
     * and choosing a tab sets it.
     */
    public StringProperty shownPageProperty() {
        return shownPage;
    }

    /** Whether the experiment panel (parametrization and training settings) is on screen; hidden, the pages get its room. */
    public BooleanProperty experimentPanelShownProperty() {
        return experimentPanelShown;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** The last message for the user (a file that could not be read, a save); empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }
}
