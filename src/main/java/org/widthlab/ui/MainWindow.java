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

    private final ExplorerViewModel model;
    private final ScrollPane experimentPanel;
    private final ActionBar actionBar;
    private final PageTabs pages;
    private final FileActions files;

    /** The window with every page of {@link Pages#ALL}. */
    public MainWindow(WindowContext context) {
        this(context, Pages.ALL);
    }

    MainWindow(WindowContext context, List<PageSpec> specs) {
        this.model = context.explorer();
        getStylesheets().add(Resources.url("widthlab.css"));
        getStyleClass().add("explorer");

        experimentPanel = new ScrollPane(new VBox(new ParameterPanel(model.parametrization()),
                new SettingsPanel(model.experiment())));
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

        actionBar = new ActionBar(model);
        files = new FileActions(model, this, () -> pages.shown().flatMap(Page::exportableChart),
                pages::showResultsImporter);
        setTop(new VBox(WindowMenus.create(model, files, specs), actionBar));
        setCenter(notifications);
        arrangeFor(pages.shownPlacement());

        model.shownPageProperty().addListener((obs, old, id) -> arrangeFor(pages.shownPlacement()));
        model.experimentPanelShownProperty().addListener((obs, old, id) -> arrangeFor(pages.shownPlacement()));
        model.fontScaleProperty().addListener((obs, old, value) -> applyFontScale());
        model.sweep().runningProperty().addListener((obs, old, running) -> {
            if (running) {
                pages.showResults();
            }
        });
        widthProperty().addListener((obs, old, width) -> {
            sizePanel();
            pages.layoutFor(width.doubleValue(), model.fontScaleProperty().get());
        });
        applyFontScale();
    }

    /** A full page brings its own controls: no experiment panel, no run bar. */
    private void arrangeFor(Optional<Placement> placement) {
        boolean full = placement.orElse(Placement.WITH_EXPERIMENT) == Placement.FULL;
        setLeft(full || !model.experimentPanelShownProperty().get() ? null : experimentPanel);
        actionBar.setVisible(!full);
        actionBar.setManaged(!full);
    }

    /** Text, and the panel that holds the fields, grow with the font scale. */
    private void applyFontScale() {
        double scale = model.fontScaleProperty().get();
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * scale));
        sizePanel();
        pages.layoutFor(getWidth(), scale);
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
