package org.widthlab.ui.casestudies;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.widthlab.casestudies.CaseStudyListener;
import org.widthlab.casestudies.MamlSettings;
import org.widthlab.casestudies.MamlStudy;
import org.widthlab.casestudies.ModelResult;
import org.widthlab.casestudies.Word2VecSettings;
import org.widthlab.casestudies.Word2VecStudy;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import org.widthlab.ui.model.UiThread;

/**
 * The state of the case-studies page: which study, its few settings (size, widths, seed, the user's data files),
 * the run (progress, status, cancel) and the results, which stream in as each model finishes. Results computed
 * with other settings than those on screen are marked {@link #staleProperty() stale}. Only the UI thread touches
 * it; the study's threads hand their results over through the {@link UiThread}. No scene-graph nodes.
 */
public final class CaseStudyViewModel {

    /** The two studies of theory.md §9. */
    public enum Study {
        WORD2VEC("Word embeddings (CBOW)"),
        MAML("Few-shot (MAML)");

        private final String title;

        Study(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /** How big a run: the classroom's (a third of the work) or the README's table. */
    public enum Size {
        CLASSROOM("classroom"),
        FULL("full");

        private final String title;

        Size(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final UiThread uiThread;
    private final Function<Object, Starter> starters;
    private final ObjectProperty<Study> study = new SimpleObjectProperty<>(Study.MAML);
    private final ObjectProperty<Size> size = new SimpleObjectProperty<>(Size.CLASSROOM);
    private final StringProperty widths = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty("1");
    private final ObjectProperty<Path> corpus = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> questions = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> fewShotCsv = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty widthsError = new SimpleStringProperty("");
    private final StringProperty seedError = new SimpleStringProperty("");
    private final ObjectProperty<Object> settings = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<ModelResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<Object> resultSettings = new SimpleObjectProperty<>();
    private final ObjectProperty<Study> resultStudy = new SimpleObjectProperty<>(Study.MAML);
    private final BooleanBinding stale;
    private SweepHandle handle;

    /** Starts a study with the given settings; the window's starts it on its own thread. */
    @FunctionalInterface
    public interface Starter {
        SweepHandle start(CaseStudyListener listener);
    }

    /** A view model whose studies run on their own threads. */
    public CaseStudyViewModel(UiThread uiThread) {
        this(uiThread, settings -> settings instanceof Word2VecSettings w
                ? listener -> Word2VecStudy.start(w, SweepExecutor.newThread(), listener)
                : listener -> MamlStudy.start((MamlSettings) settings, SweepExecutor.newThread(), listener));
    }

    /** @param starters how a study of given settings is started (tests: on the calling thread) */
    CaseStudyViewModel(UiThread uiThread, Function<Object, Starter> starters) {
        this.uiThread = uiThread;
        this.starters = starters;
        widths.set(widthsText(defaults(Study.MAML, Size.CLASSROOM)));
        study.addListener((obs, old, s) -> widths.set(widthsText(defaults(s, size.get()))));
        size.addListener((obs, old, s) -> widths.set(widthsText(defaults(study.get(), s))));
        for (javafx.beans.Observable p : new javafx.beans.Observable[] {study, size, widths, seed, corpus, questions,
            fewShotCsv}) {
            p.addListener(o -> validate());
        }
        stale = Bindings.createBooleanBinding(() -> !results.isEmpty() && !running.get()
                && !Objects.equals(resultSettings.get(), settings.get()), results, resultSettings, settings, running);
        validate();
    }

    /** The preset of a study and size, with the seed on screen. */
    private Object defaults(Study s, Size z) {
        if (s == Study.WORD2VEC) {
            return z == Size.FULL ? Word2VecSettings.defaults() : Word2VecSettings.classroom();
        }
        return z == Size.FULL ? MamlSettings.defaults() : MamlSettings.classroom();
    }

    private static String widthsText(Object settings) {
        List<Integer> w = settings instanceof Word2VecSettings s ? s.widths() : ((MamlSettings) settings).widths();
        return w.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Reads the fields into settings, or says what is wrong and in which field. */
    private void validate() {
        settings.set(null);
        widthsError.set("");
        seedError.set("");
        error.set("");
        List<Integer> w;
        long s;
        try {
            w = Grammar.list(Values.SIZE, widths.get());
            requireIncreasing(w);
        } catch (IllegalArgumentException e) {
            widthsError.set(e.getMessage());
            error.set("Widths: " + e.getMessage());
            return;
        }
        try {
            s = Grammar.one(Values.SEED, seed.get());
        } catch (IllegalArgumentException e) {
            seedError.set(e.getMessage());
            error.set("Seed: " + e.getMessage());
            return;
        }
        try {
            settings.set(study.get() == Study.WORD2VEC ? word2vec(w, s) : maml(w, s));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private static void requireIncreasing(List<Integer> w) {
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i) <= w.get(i - 1)) {
                throw new IllegalArgumentException("give increasing widths, e.g. 16, 64, 256");
            }
        }
    }

    private Word2VecSettings word2vec(List<Integer> w, long s) {
        Word2VecSettings base = size.get() == Size.FULL ? Word2VecSettings.defaults() : Word2VecSettings.classroom();
        Word2VecSettings.Data data = corpus.get() != null || questions.get() != null
                ? new Word2VecSettings.Files(requireFile(corpus.get(), "a corpus (Open text…)"),
                        requireFile(questions.get(), "an analogy file (Open analogies…)"),
                        Word2VecSettings.Files.DEFAULT_MAX_VOCABULARY, Word2VecSettings.Files.DEFAULT_MIN_COUNT)
                : new Word2VecSettings.Synthetic(((Word2VecSettings.Synthetic) base.data()).corpus().withSeed(s));
        return new Word2VecSettings(data, base.training().withSeed(s), w, base.heldOutFraction(),
                base.heldOutPositions(), base.threads());
    }

    private MamlSettings maml(List<Integer> w, long s) {
        MamlSettings base = size.get() == Size.FULL ? MamlSettings.defaults() : MamlSettings.classroom();
        MamlSettings.Data data = fewShotCsv.get() != null
                ? new MamlSettings.Csv(fewShotCsv.get(), MamlSettings.Csv.DEFAULT_META_TRAIN_SHARE)
                : new MamlSettings.Synthetic(((MamlSettings.Synthetic) base.data()).classes().withSeed(s));
        return new MamlSettings(data, base.training().withSeed(s), w, base.testTasks(), base.kernelTasks(),
                base.threads());
    }

    private static Path requireFile(Path file, String what) {
        if (file == null) {
            throw new IllegalArgumentException("your own text needs " + what + " too");
        }
        return file;
    }

    /** Starts the study on screen; results of the last run are cleared. */
    public void run() {
        Object current = settings.get();
        if (current == null || running.get()) {
            return;
        }
        results.clear();
        resultSettings.set(current);
        resultStudy.set(study.get());
        running.set(true);
        progress.set(0);
        status.set("starting…");
        AtomicReference<double[]> pendingProgress = new AtomicReference<>();
        AtomicReference<String> pendingRunning = new AtomicReference<>("");
        AtomicBoolean posted = new AtomicBoolean();
        handle = starters.apply(current).start(new CaseStudyListener() {
            @Override
            public void onResults(List<ModelResult> finished) {
                uiThread.execute(() -> results.addAll(finished));
            }

            @Override
            public void onProgress(double fraction, String now, double elapsed) {
                pendingProgress.set(new double[] {fraction, elapsed});
                pendingRunning.set(now);
                if (posted.compareAndSet(false, true)) {
                    uiThread.execute(() -> {
                        posted.set(false);
                        double[] p = pendingProgress.get();
                        if (running.get()) {
                            progress.set(p[0]);
                            status.set(progressText(p[0], pendingRunning.get(), p[1]));
                        }
                    });
                }
            }

            @Override
            public void onFinished(SweepOutcome outcome) {
                uiThread.execute(() -> {
                    running.set(false);
                    progress.set(outcome.status() == SweepOutcome.Status.COMPLETED ? 1 : progress.get());
                    status.set(switch (outcome.status()) {
                        case COMPLETED -> String.format(Locale.ROOT, "done in %.0f s", outcome.sweepSeconds());
                        case CANCELLED -> "cancelled: the models that finished stay on the chart";
                        case FAILED -> "failed: " + outcome.message();
                    });
                });
            }
        });
    }

    private static String progressText(double fraction, String now, double elapsed) {
        String eta = fraction > 0.02 ? String.format(Locale.ROOT, ", about %.0f s left",
                elapsed * (1 - fraction) / fraction) : "";
        return String.format(Locale.ROOT, "%.0f%%%s%s", 100 * fraction, eta, now.isEmpty() ? "" : " — " + now);
    }

    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
            status.set("cancelling…");
        }
    }

    public ObjectProperty<Study> studyProperty() {
        return study;
    }

    public ObjectProperty<Size> sizeProperty() {
        return size;
    }

    public StringProperty widthsProperty() {
        return widths;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The user's plain-text corpus (null: the synthetic one). */
    public ObjectProperty<Path> corpusProperty() {
        return corpus;
    }

    /** The user's analogy questions (with {@link #corpusProperty()}). */
    public ObjectProperty<Path> questionsProperty() {
        return questions;
    }

    /** The user's labelled CSV for few-shot learning (null: the synthetic classes). */
    public ObjectProperty<Path> fewShotCsvProperty() {
        return fewShotCsv;
    }

    /** What is wrong with the settings on screen, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** What is wrong with the widths field, or empty. */
    public ReadOnlyStringProperty widthsErrorProperty() {
        return widthsError;
    }

    /** What is wrong with the seed field, or empty. */
    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Whether Run can start: valid settings and nothing running. */
    public BooleanBinding runDisabled() {
        return settings.isNull().or(running);
    }

    /** The results so far, in the order the models finished. */
    public ObservableList<ModelResult> results() {
        return results;
    }

    /** The study the results are of. */
    public ReadOnlyObjectProperty<Study> resultStudyProperty() {
        return resultStudy;
    }

    /** The settings the results were computed with (Word2VecSettings or MamlSettings), or null. */
    public ReadOnlyObjectProperty<Object> resultSettingsProperty() {
        return resultSettings;
    }

    /** True when the results on show were computed with other settings than those on screen. */
    public BooleanBinding staleProperty() {
        return stale;
    }
}
