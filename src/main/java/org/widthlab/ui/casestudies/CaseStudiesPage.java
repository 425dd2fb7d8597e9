package org.widthlab.ui.casestudies;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.widthlab.casestudies.MamlSettings;
import org.widthlab.casestudies.MamlStudy;
import org.widthlab.casestudies.PlantedAnalogyCorpus;
import org.widthlab.casestudies.SubspaceFewShot;
import org.widthlab.casestudies.Word2VecSettings;
import org.widthlab.casestudies.Word2VecStudy;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.FieldMarks;
import org.widthlab.ui.widgets.Forms;
import org.widthlab.ui.widgets.RunBar;
import org.widthlab.ui.widgets.SidePanel;

/**
 * The paper's own experiments in small (theory.md §9): word embeddings and few-shot learning at finite μP widths,
 * in the μP limit and in the kernel limits. The page brings its own settings (the study, its size, widths, seed,
 * the user's data) and its own Run and Cancel; the models' scores stream onto the chart as each finishes, and a few
 * sentences below tie the picture to the dichotomy. Binds to its {@link CaseStudyViewModel}.
 */
public final class CaseStudiesPage implements Page {

    private static final String ANALOGIES = Word2VecStudy.ANALOGY_ACCURACY;
    private static final String HELD_OUT = Word2VecStudy.HELD_OUT_LOSS;

    private final CaseStudyViewModel model;
    private final ExplorerViewModel explorer;
    private final ComboBox<String> metric = new ComboBox<>();
    private final ChartPane pane;
    private final BorderPane view = new BorderPane();
    private final Label explanation = new Label();

    public CaseStudiesPage(WindowContext context) {
        this(context, new CaseStudyViewModel(context.uiThread()));
    }

    CaseStudiesPage(WindowContext context, CaseStudyViewModel model) {
        this.model = model;
        this.explorer = context.explorer();
        metric.setId("caseStudyMetric");
        metric.getItems().setAll(ANALOGIES, HELD_OUT);
        metric.setValue(ANALOGIES);
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return ANALOGIES.equals(id) ? "analogy accuracy" : HELD_OUT.equals(id) ? "held-out loss" : "";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Label metricLabel = Forms.label("Show");
        pane = new ChartPane("caseStudyChart", this::chart, Forms.controlRow(metricLabel, metric));
        pane.getTop().visibleProperty().bind(model.resultStudyProperty().isEqualTo(CaseStudyViewModel.Study.WORD2VEC));
        pane.getTop().managedProperty().bind(pane.getTop().visibleProperty());

        explanation.setId("caseStudyExplanation");
        explanation.getStyleClass().add("explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.textProperty().bind(Bindings.createStringBinding(() -> explanationText(
                model.resultStudyProperty().get()), model.resultStudyProperty()));

        VBox center = new VBox(runBar(), pane);
        VBox.setVgrow(pane, Priority.ALWAYS);
        view.setLeft(SidePanel.of("caseStudySettings", settings(), explorer.fontScaleProperty(), view));
        view.setCenter(center);

        model.results().addListener((ListChangeListener<Object>) c -> pane.refresh());
        model.staleProperty().addListener(o -> pane.refresh());
        model.resultStudyProperty().addListener(o -> pane.refresh());
        metric.valueProperty().addListener(o -> pane.refresh());
        explorer.fontScaleProperty().addListener(o -> pane.refresh());
        explorer.lessons().stepNumberProperty().addListener(o -> showLessonStudy());
    }

    /** A lesson's step with a case study: that study at its classroom size, run unless its results are on show. */
    private void showLessonStudy() {
        explorer.lessons().currentStep().flatMap(step -> step.caseStudy()).ifPresent(id -> {
            model.studyProperty().set(id.equals("word2vec") ? CaseStudyViewModel.Study.WORD2VEC
                    : CaseStudyViewModel.Study.MAML);
            model.sizeProperty().set(CaseStudyViewModel.Size.CLASSROOM);
            if (model.results().isEmpty() || model.staleProperty().get()) {
                model.run();
            }
        });
    }

    private Node runBar() {
        return new RunBar("caseStudy")
                .runs("▶  Run", "Train every model of this study: the finite widths, the μP limit, the kernel limits",
                        model::run, model.runDisabled())
                .cancels("Stop; the models that finished stay on the chart", model::cancel, model.runningProperty())
                .shows(model.progressProperty(), model.statusProperty());
    }

    private Node settings() {
        ComboBox<CaseStudyViewModel.Study> study = new ComboBox<>();
        study.setId("caseStudyChoice");
        study.getItems().setAll(CaseStudyViewModel.Study.values());
        study.valueProperty().bindBidirectional(model.studyProperty());
        study.setMaxWidth(Double.MAX_VALUE);
        ComboBox<CaseStudyViewModel.Size> size = new ComboBox<>();
        size.setId("caseStudySize");
        size.getItems().setAll(CaseStudyViewModel.Size.values());
        size.valueProperty().bindBidirectional(model.sizeProperty());
        size.setMaxWidth(Double.MAX_VALUE);
        size.setTooltip(new Tooltip("classroom: a third of the work (few-shot: about a minute on two cores);"
                + " full: the README's table"));
        TextField widths = new TextField();
        widths.setId("caseStudyWidths");
        widths.setPrefColumnCount(8);
        widths.textProperty().bindBidirectional(model.widthsProperty());
        TextField seed = new TextField();
        seed.setId("caseStudySeed");
        seed.setPrefColumnCount(6);
        seed.textProperty().bindBidirectional(model.seedProperty());
        Label error = new Label();
        error.setId("caseStudyError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        model.errorProperty().addListener(o -> markFields(widths, seed));
        markFields(widths, seed);

        GridPane grid = Forms.labelledGrid();
        grid.add(study, 0, 0, 2, 1);
        grid.addRow(1, Forms.label("Size"), size);
        grid.addRow(2, Forms.label("Widths n"), widths);
        grid.addRow(3, Forms.label("Seed"), seed);

        Label data = new Label();
        data.setId("caseStudyData");
        data.setWrapText(true);
        data.textProperty().bind(Bindings.createStringBinding(this::dataText, model.studyProperty(),
                model.corpusProperty(), model.questionsProperty(), model.fewShotCsvProperty()));
        Button openText = fileButton("caseStudyOpenText", "Open text…", model.corpusProperty(),
                "A plain-text corpus (UTF-8, words separated by blanks; text8 works)", "*.txt", "*");
        Button openQuestions = fileButton("caseStudyOpenQuestions", "Open analogies…", model.questionsProperty(),
                "Analogy questions in the format of Google's questions-words.txt", "*.txt", "*");
        Button openCsv = fileButton("caseStudyOpenCsv", "Open CSV…", model.fewShotCsvProperty(),
                "Labelled examples: the features, then the class, on each line", "*.csv", "*");
        Button synthetic = new Button("Synthetic data");
        synthetic.setId("caseStudySynthetic");
        synthetic.setOnAction(e -> {
            model.corpusProperty().set(null);
            model.questionsProperty().set(null);
            model.fewShotCsvProperty().set(null);
        });
        var isWord2Vec = model.studyProperty().isEqualTo(CaseStudyViewModel.Study.WORD2VEC);
        for (Button b : List.of(openText, openQuestions)) {
            b.visibleProperty().bind(isWord2Vec);
            b.managedProperty().bind(isWord2Vec);
        }
        openCsv.visibleProperty().bind(isWord2Vec.not());
        openCsv.managedProperty().bind(isWord2Vec.not());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, openText, openQuestions, openCsv,
                synthetic);

        VBox box = new VBox(10, Forms.heading("Case study"), grid, error, Forms.heading("Data"), data, buttons,
                Forms.heading("What it shows"), explanation);
        box.setPadding(new Insets(12));
        return box;
    }

    private void markFields(TextField widths, TextField seed) {
        FieldMarks.mark(widths, problem(model.widthsErrorProperty().get()),
                "The finite μP widths: a list like 16, 64, 256 or a doubling range like 2..2048");
        FieldMarks.mark(seed, problem(model.seedErrorProperty().get()),
                "Everything random (the data, the tasks, the initializations) derives from the seed");
    }

    private static Optional<String> problem(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private Button fileButton(String id, String text, ObjectProperty<Path> target, String help, String... patterns) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(help);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
            File file = chooser.showOpenDialog(view.getScene() == null ? null : view.getScene().getWindow());
            if (file != null) {
                target.set(file.toPath());
            }
        });
        return button;
    }

    private String dataText() {
        if (model.studyProperty().get() == CaseStudyViewModel.Study.WORD2VEC) {
            if (model.corpusProperty().get() == null && model.questionsProperty().get() == null) {
                PlantedAnalogyCorpus c = ((Word2VecSettings.Synthetic) Word2VecSettings.classroom().data()).corpus();
                return String.format(Locale.ROOT, "Synthetic text with planted analogies: %,d words (%,d stems in %d"
                        + " forms) that differ along shared directions; a latent-topic model, see the README. Not real"
                        + " language.", c.vocabularySize(), c.stems(), c.forms());
            }
            return String.format(Locale.ROOT, "Your text: %s%nYour analogies: %s%n(the %,d most frequent words are"
                    + " kept)", name(model.corpusProperty().get()), name(model.questionsProperty().get()),
                    Word2VecSettings.Files.DEFAULT_MAX_VOCABULARY);
        }
        if (model.fewShotCsvProperty().get() == null) {
            SubspaceFewShot c = ((MamlSettings.Synthetic) MamlSettings.classroom().data()).classes();
            return String.format(Locale.ROOT, "Synthetic classes in R^%d that differ only within a hidden"
                    + " %d-dimensional subspace, with noise everywhere else; %,d classes to meta-train on, %,d unseen"
                    + " ones to test on.", c.dimension(), c.subspaceDimension(), c.metaTrainClasses(),
                    c.metaTestClasses());
        }
        return String.format(Locale.ROOT, "Your data: %s%n(%.0f%% of the classes to meta-train on, the rest to test"
                + " on)", name(model.fewShotCsvProperty().get()), 100 * MamlSettings.Csv.DEFAULT_META_TRAIN_SHARE);
    }

    private static String name(Path p) {
        return p == null ? "(none yet)" : String.valueOf(p.getFileName());
    }

    /** @param fit the largest font scale the chart's room allows ({@link ChartPane}) */
    private JFreeChart chart(double fit) {
        CaseStudyViewModel.Study study = model.resultStudyProperty().get();
        Object settings = model.resultSettingsProperty().get();
        List<Integer> widths = settings instanceof Word2VecSettings w ? w.widths()
                : settings instanceof MamlSettings m ? m.widths() : MamlSettings.classroom().widths();
        String shownMetric = study == CaseStudyViewModel.Study.WORD2VEC ? metric.getValue() : MamlStudy.ACCURACY;
        String title = study == CaseStudyViewModel.Study.WORD2VEC
                ? "Word embeddings (CBOW)" : "Few-shot learning (MAML)";
        String note = model.staleProperty().get() ? "Results of other settings than those on screen: press Run to"
                + " redo them" : synthetic(settings) ? "synthetic data; 95% intervals" : "your data; 95% intervals";
        return CaseStudyChart.create(List.copyOf(model.results()), shownMetric, widths, title, note,
                new ChartStyle(Math.min(explorer.fontScaleProperty().get(), fit)));
    }

    private static boolean synthetic(Object settings) {
        return settings == null || (settings instanceof Word2VecSettings w
                ? w.data() instanceof Word2VecSettings.Synthetic
                : ((MamlSettings) settings).data() instanceof MamlSettings.Synthetic);
    }

    private static String explanationText(CaseStudyViewModel.Study study) {
        return study == CaseStudyViewModel.Study.WORD2VEC
                ? "In the kernel limits (GP, NTK) a word's embedding never moves from its random start, so every analogy"
                        + " is a guess: they score chance, one in the size of the vocabulary. The μP networks learn"
                        + " their embeddings and, as they widen, approach the μP limit, the infinitely wide network"
                        + " computed exactly as a width-V network: analogy accuracy rises and held-out loss falls with"
                        + " width to the limit's. Only in feature learning are features learned."
                : "A kernel limit compares a new example with each class's single example through a kernel fixed"
                        + " before training, so the noise in directions that do not matter drowns the classes. The μP"
                        + " networks learn, across thousands of tasks, where classes differ — wider ones better — and"
                        + " the μP limit (a network of width d + 6, exact) learns it best: feature learning is what"
                        + " few-shot learning needs.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Optional<JFreeChart> exportableChart() {
        return Optional.of(pane.chart());
    }

    /** The screenshot shows results: runs the study on screen first, unless results are there. */
    @Override
    public CompletionStage<Void> prepareForScreenshot() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!model.results().isEmpty() && !model.runningProperty().get()) {
            done.complete(null);
            return done;
        }
        model.runningProperty().addListener((obs, old, running) -> {
            if (!running) {
                done.complete(null);
            }
        });
        model.run();
        return done;
    }
}
