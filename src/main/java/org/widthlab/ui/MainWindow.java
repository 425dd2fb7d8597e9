package org.widthlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.widthlab.ui.explorer.ParameterPanel;
import org.widthlab.ui.explorer.SettingsPanel;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.PageSpec;
import org.widthlab.ui.page.Placement;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.Resources;
import org.widthlab.ui.widgets.RunBar;

/**
 * The window's content, laid out: the menus and the run bar on top, the experiment on the left, the
 * registered pages ({@link Pages}) in the middle, and a message bar for anything that went wrong.
 * Pages placed {@link Placement#FULL} hide the experiment panel and the run bar. Binds to the
 * {@link ExplorerViewModel}; keeps no state of its own beyond layout.
 */
public final class MainWindow extends BorderPane {

    static final double BASE_FONT_PX = 15;
    static final double SIDE_WIDTH_PX = 345;
    /** The experiment panel never takes more than this share of the window: the charts keep the rest. */
    static final double MAX_PANEL_SHARE = 0.38;
    static final double MIN_PANEL_PX = 240;
    /**
     * Below this window width per unit of font scale the experiment panel folds away by itself (☰ or F9 brings
     * it back), so that the charts keep their room; it comes back when the window is wide enough again.
     */
    static final double PANEL_FOLDS_BELOW_PX = 760;
    /** Below this window height per unit of font scale, during a lesson, the chart controls fold away. */
    static final double CONTROLS_FOLD_BELOW_PX = 560;

    private final ExplorerViewModel model;
    private final ScrollPane experimentPanel;
    private final RunBar actionBar;
    private final PageTabs pages;
    private final FileActions files;
    private final VBox normalTop;
    private final LessonBar lessonBar;
    private final Presenter presenter;
    /** Whether the window had room for the experiment panel at the last layout (null before the first). */
    private Boolean roomForPanel;
    /** The font scale before presenter mode raised it. */
    private double scaleBeforePresenting = 1;

    /** The window with every page of {@link Pages#ALL}. */
    public MainWindow(WindowContext context) {
        this(context, Pages.ALL);
    }

    MainWindow(WindowContext context, List<PageSpec> specs) {
        this.model = context.explorer();
        getStylesheets().add(Resources.url("widthlab.css"));
        getStyleClass().add("explorer");

        ParameterPanel parameters = new ParameterPanel(model.parametrization());
        experimentPanel = new ScrollPane(new VBox(parameters, new SettingsPanel(model.experiment())));
        // a lesson's highlighted exponent field is a new node when the rows are rebuilt (the depth changed)
        parameters.setOnRowsRebuilt(() -> highlight(null, model.lessons().highlightProperty().get()));
        experimentPanel.setId("settingsScroll");
        experimentPanel.setFitToWidth(true);
        experimentPanel.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        experimentPanel.getStyleClass().add("side");

        pages = new PageTabs(specs, context);
        NotificationPane notifications = new NotificationPane(pages.node());
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

        actionBar = ActionBar.of(model);
        files = new FileActions(model, this, () -> pages.shown().flatMap(Page::exportableChart),
                pages::showResultsImporter);
        normalTop = new VBox(WindowMenus.create(model, files, specs, this::showHelp), actionBar);
        lessonBar = new LessonBar(model.lessons());
        // the lesson's words never take more than a third of the window from the chart
        lessonBar.maxHeightProperty().bind(heightProperty().multiply(0.3));
        heightProperty().addListener(o -> foldChartControlsWhenCramped());
        model.lessons().lessonProperty().addListener(o -> foldChartControlsWhenCramped());
        presenter = new Presenter(model);
        setTop(normalTop);
        setCenter(notifications);
        setBottom(lessonBar);
        arrangeFor(pages.shownPlacement());
        model.lessons().presentingProperty().addListener((obs, old, on) -> present(on));
        model.lessons().blankedProperty().addListener((obs, old, on) -> blank(on));
        model.lessons().highlightProperty().addListener((obs, old, id) -> highlight(old, id));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::key);
            }
        });

        model.shownPageProperty().addListener((obs, old, id) -> arrangeFor(pages.shownPlacement()));
        model.experimentPanelShownProperty().addListener((obs, old, id) -> arrangeFor(pages.shownPlacement()));
        model.fontScaleProperty().addListener((obs, old, value) -> applyFontScale());
        model.sweep().runningProperty().addListener((obs, old, running) -> {
            if (running) {
                pages.showResults();
            }
        });
        widthProperty().addListener((obs, old, width) -> {
            foldPanelWhenCramped();
            sizePanel();
            pages.layoutFor(width.doubleValue(), model.fontScaleProperty().get());
        });
        applyFontScale();
    }

    /** Presenter mode's text size: readable from the back of a classroom. */
    static final double PRESENTER_FONT_SCALE = 2;

    /**
     * Presenter mode: full screen, no menus, panels or tabs; the page on show, the regime badge above it and
     * the step's caption below, text scaled for the back row.
     */
    private void present(boolean on) {
        getStyleClass().remove("presenting");
        if (on) {
            getStyleClass().add("presenting");
            scaleBeforePresenting = model.fontScaleProperty().get();
            model.fontScaleProperty().set(Math.max(scaleBeforePresenting, PRESENTER_FONT_SCALE));
            setTop(presenter.header());
            setBottom(presenter.caption());
        } else {
            model.fontScaleProperty().set(scaleBeforePresenting);
            setTop(normalTop);
            setBottom(lessonBar);
        }
        pages.presenting(on, getWidth(), model.fontScaleProperty().get());
        arrangeFor(pages.shownPlacement());
        if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(on);
            if (on) {
                stage.fullScreenProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                        if (!now) {
                            stage.fullScreenProperty().removeListener(this);
                            model.lessons().presentingProperty().set(false);
                        }
                    }
                });
            }
        }
    }

    /** B in presenter mode: a black screen, and back. */
    private void blank(boolean on) {
        for (javafx.scene.Node child : getChildren()) {
            child.setVisible(!on);
        }
        if (!on) {
            // what waited while hidden (the verdict's typesetting) catches up
            shownPage().ifPresent(Page::shown);
        }
        setStyle(getStyle().replaceAll("-fx-background-color: [^;]*;", "") + (on ? "-fx-background-color: black;" : ""));
    }

    /** Points at the panel's field a lesson step names. */
    private void highlight(String old, String id) {
        for (String name : new String[] {old, id}) {
            if (name != null && !name.isEmpty() && experimentPanel.getContent().lookup("#" + name) != null) {
                experimentPanel.getContent().lookup("#" + name).pseudoClassStateChanged(HIGHLIGHT, name.equals(id));
            }
        }
    }

    private static final javafx.css.PseudoClass HIGHLIGHT = javafx.css.PseudoClass.getPseudoClass("lesson-highlight");

    /** F5 presents, F1 helps; in presenter mode a clicker's keys move through the lesson, B blanks, Esc leaves. */
    private void key(javafx.scene.input.KeyEvent e) {
        var lessons = model.lessons();
        switch (e.getCode()) {
            case F5 -> lessons.presentingProperty().set(true);
            case F1 -> showHelp();
            default -> {
                if (!lessons.presentingProperty().get()) {
                    return;
                }
                switch (e.getCode()) {
                    case RIGHT, SPACE, PAGE_DOWN, DOWN, ENTER -> lessons.next();
                    case LEFT, PAGE_UP, UP, BACK_SPACE -> lessons.previous();
                    case B, PERIOD -> lessons.blankedProperty().set(!lessons.blankedProperty().get());
                    case ESCAPE -> lessons.presentingProperty().set(false);
                    default -> {
                        return;
                    }
                }
            }
        }
        e.consume();
    }

    /** Help ▸ Theory (F1): the theory in the program's own words. */
    void showHelp() {
        HelpWindow.show(getScene() == null ? null : getScene().getWindow(), model.fontScaleProperty().get());
    }

    /** A full page brings its own controls: no experiment panel, no run bar. */
    private void arrangeFor(Optional<Placement> placement) {
        boolean presenting = model.lessons().presentingProperty().get();
        boolean full = presenting || placement.orElse(Placement.WITH_EXPERIMENT) == Placement.FULL;
        setLeft(full || !model.experimentPanelShownProperty().get() ? null : experimentPanel);
        actionBar.setVisible(!full);
        actionBar.setManaged(!full);
    }

    /** Text, and the panel that holds the fields, grow with the font scale. */
    private void applyFontScale() {
        double scale = model.fontScaleProperty().get();
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
        foldPanelWhenCramped();
        foldChartControlsWhenCramped();
        sizePanel();
        pages.layoutFor(getWidth(), scale);
    }

    /**
     * With a lesson's words below the chart on a window too low for both, the chart's own controls fold away
     * (the lesson sets what they would), so that the chart keeps a usable height.
     */
    private void foldChartControlsWhenCramped() {
        boolean cramped = model.lessons().lessonProperty().get() != null && getHeight() > 0
                && getHeight() / model.fontScaleProperty().get() < CONTROLS_FOLD_BELOW_PX;
        if (cramped != getStyleClass().contains("cramped")) {
            if (cramped) {
                getStyleClass().add("cramped");
            } else {
                getStyleClass().remove("cramped");
            }
        }
    }

    /** Folds the experiment panel away when the window becomes too narrow for it, and back when it has room. */
    private void foldPanelWhenCramped() {
        if (getWidth() <= 0) {
            return;
        }
        boolean room = getWidth() / model.fontScaleProperty().get() >= PANEL_FOLDS_BELOW_PX;
        if (roomForPanel == null || roomForPanel != room) {
            roomForPanel = room;
            model.experimentPanelShownProperty().set(room);
        }
    }

    /** As wide as its fields need at this font scale, but never more than {@link #MAX_PANEL_SHARE} of the window. */
    private void sizePanel() {
        double window = getWidth() > 0 ? getWidth() : 1280;
        double width = Math.max(MIN_PANEL_PX, Math.min(SIDE_WIDTH_PX * model.fontScaleProperty().get(),
                MAX_PANEL_SHARE * window));
        experimentPanel.setPrefWidth(width);
        experimentPanel.setMinWidth(Math.min(width, MIN_PANEL_PX));
        experimentPanel.setMaxWidth(width);
    }

    public ExplorerViewModel model() {
        return model;
    }

    /** What File ▸ Import results does once a folder or file is chosen (a cluster output, its grid.json, a store). */
    void importResults(Path source) {
        files.importResults(source);
    }

    /** Brings the registered page with this id on screen. */
    public void showPage(String id) {
        model.shownPageProperty().set(id);
    }

    /** The page of the selected tab. */
    public Optional<Page> shownPage() {
        return pages.shown();
    }
}
