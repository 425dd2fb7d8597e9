package org.widthlab.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.widthlab.lessons.Lesson;
import org.widthlab.lessons.Lessons;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.PageSpec;

/** The menu bar: File, Sweep, and View (one item per registered page, then the text size). */
final class WindowMenus {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private WindowMenus() {
    }

    static MenuBar create(ExplorerViewModel model, FileActions files, List<PageSpec> pages, Runnable help) {
        MenuBar bar = new MenuBar(file(model, files), sweep(model), view(model, pages), lessons(model, files),
                help(help));
        bar.setId("menuBar");
        return bar;
    }

    private static Menu file(ExplorerViewModel model, FileActions files) {
        MenuItem open = item("openItem", "Open experiment…", shortcut(KeyCode.O), files::open);
        Menu recent = new Menu("Open recent");
        recent.setId("recentMenu");
        model.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, model));
        fillRecent(recent, model);
        MenuItem save = item("saveItem", "Save experiment", shortcut(KeyCode.S), files::save);
        MenuItem saveAs = item("saveAsItem", "Save experiment as…", new KeyCodeCombination(KeyCode.S,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::saveAs);
        MenuItem csv = item("exportCsvItem", "Export results as CSV…", shortcut(KeyCode.E), files::exportResults);
        MenuItem chart = item("exportChartItem", "Export this chart as PNG or SVG…", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::exportChart);
        MenuItem importResults = item("importResultsItem", "Import results (cluster output or store)…", shortcut(KeyCode.I),
                files::importResults);
        MenuItem quit = item("quitItem", "Quit", shortcut(KeyCode.Q), Platform::exit);
        return new Menu("File", null, open, recent, save, saveAs, new SeparatorMenuItem(), csv, chart,
                importResults, new SeparatorMenuItem(), quit);
    }

    private static Menu sweep(ExplorerViewModel model) {
        MenuItem run = item("runItem", "Run", shortcut(KeyCode.R), model::run);
        run.disableProperty().bind(model.runDisabled());
        MenuItem cancel = item("cancelItem", "Cancel", new KeyCodeCombination(KeyCode.ESCAPE), model::cancel);
        cancel.disableProperty().bind(model.sweep().runningProperty().not());
        return new Menu("Sweep", null, run, cancel);
    }

    /** One item per page (Ctrl+1, Ctrl+2, ... for the first nine), then the text size. */
    private static Menu view(ExplorerViewModel model, List<PageSpec> pages) {
        Menu view = new Menu("View");
        for (int i = 0; i < pages.size(); i++) {
            PageSpec page = pages.get(i);
            view.getItems().add(item(page.id() + "PageItem", page.title(), i < DIGITS.length ? shortcut(DIGITS[i]) : null,
                    () -> model.shownPageProperty().set(page.id())));
        }
        // Ctrl with the key that bears "+": "=" on most layouts, typed with or without Shift
        MenuItem larger = item("largerItem", "Larger text", new KeyCodeCombination(KeyCode.EQUALS,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), () -> model.scaleFont(1.15));
        MenuItem largerPlus = item("largerPlusItem", "Larger text (+)", shortcut(KeyCode.ADD), () -> model.scaleFont(1.15));
        largerPlus.setVisible(false);
        MenuItem smaller = item("smallerItem", "Smaller text", shortcut(KeyCode.MINUS), () -> model.scaleFont(1 / 1.15));
        MenuItem smallerNumpad = item("smallerNumpadItem", "Smaller text (−)", shortcut(KeyCode.SUBTRACT),
                () -> model.scaleFont(1 / 1.15));
        smallerNumpad.setVisible(false);
        MenuItem reset = item("resetTextItem", "Normal text size", shortcut(KeyCode.DIGIT0),
                () -> model.fontScaleProperty().set(1));
        javafx.scene.control.CheckMenuItem panel = new javafx.scene.control.CheckMenuItem("Experiment panel");
        panel.setId("experimentPanelItem");
        panel.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        panel.selectedProperty().bindBidirectional(model.experimentPanelShownProperty());
        view.getItems().addAll(new SeparatorMenuItem(), panel, new SeparatorMenuItem(), larger, largerPlus, smaller,
                smallerNumpad, reset);
        return view;
    }

    /** One item per lesson (built in, then the teacher's folder), opening a lesson file, and presenter mode. */
    private static Menu lessons(ExplorerViewModel model, FileActions files) {
        Menu menu = new Menu("Lessons");
        menu.setId("lessonsMenu");
        Lessons.Catalogue catalogue = Lessons.all(Lessons.userFolder());
        for (Lesson lesson : catalogue.lessons()) {
            MenuItem item = item("lesson-" + lesson.id(), lesson.title(), null, () -> model.lessons().open(lesson));
            menu.getItems().add(item);
        }
        for (String problem : catalogue.problems()) {
            MenuItem broken = new MenuItem("✘ " + problem);
            broken.setMnemonicParsing(false);
            broken.setDisable(true);
            menu.getItems().add(broken);
        }
        MenuItem open = item("openLessonItem", "Open lesson file…", null, files::openLesson);
        MenuItem folder = item("lessonFolderItem", "Your lessons folder: " + Lessons.userFolder(), null, () -> { });
        folder.setDisable(true);
        MenuItem present = item("presentItem", "Presenter mode", new KeyCodeCombination(KeyCode.F5),
                () -> model.lessons().presentingProperty().set(true));
        menu.getItems().addAll(new SeparatorMenuItem(), open, folder, new SeparatorMenuItem(), present);
        return menu;
    }

    private static Menu help(Runnable theory) {
        MenuItem help = item("helpItem", "The theory (WidthLab's own words)", new KeyCodeCombination(KeyCode.F1), theory);
        MenuItem about = item("aboutItem", "About WidthLab", null, HelpWindow::about);
        Menu menu = new Menu("Help", null, help, about);
        menu.setId("helpMenu");
        return menu;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String id, String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void fillRecent(Menu recent, ExplorerViewModel model) {
        List<Path> files = model.recentFiles();
        recent.getItems().setAll(files.stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            return item;
        }).toList());
        recent.setDisable(files.isEmpty());
    }
}
