package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.PageSpec;
import org.widthlab.ui.page.Placement;
import org.widthlab.ui.page.WindowContext;

/**
 * The page registry drives the window: every registered page gets a tab and a View-menu item, and
 * a page added to the list (here a full-window test page) needs nothing else.
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class PageRegistryWindowTest {

    /** A page that fills the window, registered only in this test. */
    static final class WorkspacePage implements Page {
        private final Label view = new Label("a workspace");
        private int shown;
        private int hidden;

        WorkspacePage(WindowContext context) {
            view.setId("workspaceLabel");
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public void shown() {
            shown++;
        }

        @Override
        public void hidden() {
            hidden++;
        }
    }

    private final List<WorkspacePage> made = new ArrayList<>();
    private MainWindow window;
    private ExplorerViewModel model;

    @Start
    void start(Stage stage) {
        model = new ExplorerViewModel(new SyntheticSweep(0), LimitSource.none(), UiThread.fx(), ForkJoinPool.commonPool(),
                new RecentFiles(java.nio.file.Path.of("target", "recent-files-registry-test.txt")));
        List<PageSpec> specs = new ArrayList<>(Pages.ALL);
        specs.add(new PageSpec("workspace", "Workspace", Placement.FULL, context -> {
            WorkspacePage page = new WorkspacePage(context);
            made.add(page);
            return page;
        }));
        window = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool()), specs);
        stage.setScene(new Scene(window, 1024, 700));
        stage.show();
    }

    @Test
    void everyPageHasATabAndAViewMenuItem(FxRobot robot) {
        TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> items = menus.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getId).toList();
        for (PageSpec spec : Pages.ALL) {
            assertTrue(tabs.getTabs().stream().anyMatch(t -> (spec.id() + "Tab").equals(t.getId())), spec.id());
            assertTrue(items.contains(spec.id() + "PageItem"), spec.id());
        }
        assertTrue(items.contains("workspacePageItem"));
        assertEquals(1, made.size(), "a page is made once");
    }

    @Test
    void aFullPageHidesTheExperimentAndTheRunBarAndIsToldWhenItShows(FxRobot robot) {
        assertNotNull(window.getLeft());
        robot.interact(() -> window.showPage("workspace"));

        WorkspacePage page = made.get(0);
        assertSame(page, window.shownPage().orElseThrow());
        assertEquals("workspace", model.shownPageProperty().get());
        assertEquals(1, page.shown);
        assertNull(window.getLeft(), "no experiment panel beside a full page");
        assertFalse(robot.lookup("#actionBar").query().isVisible());

        robot.interact(() -> window.showPage("coordinate"));
        assertEquals(1, page.hidden);
        assertNotNull(window.getLeft());
        assertTrue(robot.lookup("#actionBar").query().isVisible());
        assertTrue(window.shownPage().orElseThrow().exportableChart().isPresent());
    }

    @Test
    void choosingATabSetsTheShownPage(FxRobot robot) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
            Tab training = tabs.getTabs().stream().filter(t -> "trainingTab".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(training);
        });
        assertEquals("training", model.shownPageProperty().get());
    }
}
