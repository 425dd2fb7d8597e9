package org.widthlab.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.ResultsImporter;
import org.widthlab.ui.page.PageSpec;
import org.widthlab.ui.page.Placement;
import org.widthlab.ui.page.WindowContext;

/**
 * The registered pages as tabs ({@code #chartTabs}); on a wide window the pages placed
 * {@link Placement#DOCKED_WHEN_WIDE} sit beside the tabs instead. The selected tab and the view
 * model's {@link ExplorerViewModel#shownPageProperty} follow each other.
 */
final class PageTabs {

    /** From this width on the docked pages sit beside the tabs instead of in them. */
    static final double WIDE = 1400;

    private final List<PageSpec> specs;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final TabPane tabPane = new TabPane();
    private final SplitPane center = new SplitPane();
    private final ExplorerViewModel model;
    private Page onScreen;
    private Boolean wideLayout;
    private List<Node> docked = List.of();

    PageTabs(List<PageSpec> specs, WindowContext context) {
        this.specs = List.copyOf(specs);
        this.model = context.explorer();
        tabPane.setId("chartTabs");
        for (PageSpec spec : specs) {
            Page page = spec.factory().apply(context);
            pages.put(spec.id(), page);
            Tab tab = new Tab(spec.title(), page.view());
            tab.setId(spec.id() + "Tab");
            tab.setClosable(false);
            tabs.put(spec.id(), tab);
        }
        tabPane.getTabs().setAll(tabs.values());
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> selected(tab));
        model.shownPageProperty().addListener((obs, old, id) -> show(id));
        layoutFor(0, 1);
        selected(tabPane.getSelectionModel().getSelectedItem());
    }

    /** The tabs, with the docked pages beside them on a wide window. */
    Node node() {
        return center;
    }

    /** A docked page's width, in pixels at font scale 1: readable, and never more than a third of the window. */
    static final double DOCKED_MIN_PX = 330;
    static final double DOCKED_MAX_PX = 640;
    static final double DOCKED_SHARE = 0.34;

    private boolean presenting;

    /** In presenter mode every page is a tab (no docked page beside the one on show), and the tab headers hide. */
    void presenting(boolean on, double width, double fontScale) {
        presenting = on;
        layoutFor(width, fontScale);
    }

    /**
     * Wide: docked pages | tabs side by side (the docked pages step aside for a full page). Narrow: the docked
     * pages are tabs in their registry place.
     */
    void layoutFor(double width, double fontScale) {
        boolean wide = !presenting && width >= WIDE * Math.max(1, fontScale * 0.8);
        for (PageSpec spec : specs) {
            if (spec.placement() == Placement.DOCKED_WHEN_WIDE && pages.get(spec.id()).view() instanceof Region view) {
                double share = DOCKED_SHARE * Math.max(width, 1);
                view.setMinWidth(wide ? Math.min(DOCKED_MIN_PX * fontScale, share) : Region.USE_COMPUTED_SIZE);
                view.setMaxWidth(wide ? Math.max(view.getMinWidth(), Math.min(DOCKED_MAX_PX * fontScale, 0.45 * width))
                        : Double.MAX_VALUE);
            }
        }
        if (wideLayout != null && wideLayout == wide) {
            return;
        }
        boolean first = wideLayout == null;
        wideLayout = wide;
        List<Node> docked = new ArrayList<>();
        List<Tab> inTabs = new ArrayList<>();
        for (PageSpec spec : specs) {
            Tab tab = tabs.get(spec.id());
            Node view = pages.get(spec.id()).view();
            if (wide && spec.placement() == Placement.DOCKED_WHEN_WIDE) {
                tab.setContent(null);
                docked.add(view);
                SplitPane.setResizableWithParent(view, false);
            } else {
                tab.setContent(view);
                inTabs.add(tab);
            }
        }
        Tab selected = tabPane.getSelectionModel().getSelectedItem();
        tabPane.getTabs().setAll(inTabs);
        if (!first && selected != null && inTabs.contains(selected)) {
            tabPane.getSelectionModel().select(selected);
        }
        this.docked = docked;
        arrangeDocked();
    }

    /** The docked pages beside the tabs, except while a full page (which brings its own layout) is on show. */
    private void arrangeDocked() {
        boolean full = shownPlacement().orElse(Placement.WITH_EXPERIMENT) == Placement.FULL;
        List<Node> items = new ArrayList<>(full ? List.of() : docked);
        items.add(tabPane);
        if (items.equals(center.getItems())) {
            return;
        }
        center.getItems().setAll(items);
        if (items.size() > 1) {
            center.setDividerPositions(0.36);
        }
    }

    /** Brings the page with this id on screen (a docked page on a wide window is already there). */
    void show(String id) {
        Tab tab = tabs.get(id);
        if (tab != null && tabPane.getTabs().contains(tab)) {
            tabPane.getSelectionModel().select(tab);
        }
    }

    /** The first page that takes in results (File ▸ Import results), brought on screen; empty when none does. */
    Optional<ResultsImporter> showResultsImporter() {
        for (Map.Entry<String, Page> entry : pages.entrySet()) {
            Optional<ResultsImporter> importer = entry.getValue().resultsImporter();
            if (importer.isPresent()) {
                model.shownPageProperty().set(entry.getKey());
                return importer;
            }
        }
        return Optional.empty();
    }

    /** The page of the selected tab. */
    Optional<Page> shown() {
        return Optional.ofNullable(onScreen);
    }

    Optional<Placement> shownPlacement() {
        String id = model.shownPageProperty().get();
        return specs.stream().filter(s -> s.id().equals(id)).map(PageSpec::placement).findFirst();
    }

    /** When a sweep starts while a page without results is on show (the verdict), the first chart takes its place. */
    void showResults() {
        if (onScreen != null && onScreen.exportableChart().isEmpty()) {
            specs.stream().filter(s -> s.placement() == Placement.WITH_EXPERIMENT)
                    .filter(s -> pages.get(s.id()).exportableChart().isPresent()).findFirst()
                    .ifPresent(s -> show(s.id()));
        }
    }

    private void selected(Tab tab) {
        if (onScreen != null) {
            onScreen.hidden();
        }
        String id = tab == null ? null : tabs.entrySet().stream().filter(e -> e.getValue() == tab)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        onScreen = id == null ? null : pages.get(id);
        model.shownPageProperty().set(id);
        arrangeDocked();
        if (onScreen != null) {
            onScreen.shown();
        }
    }
}
