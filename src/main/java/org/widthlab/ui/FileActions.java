package org.widthlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.widthlab.grid.ResultsFolder;
import org.widthlab.ui.charts.ChartExport;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.page.ResultsImporter;
import org.widthlab.io.ExperimentFile;

/**
 * The File menu's dialogs: open and save experiments, export the results and the chart on show, import results
 * computed elsewhere.
 */
final class FileActions {

    private final ExplorerViewModel model;
    private final Node owner;
    private final Supplier<java.util.Optional<JFreeChart>> shownChart;
    private final Supplier<java.util.Optional<ResultsImporter>> importer;

    /**
     * @param owner      a node of the window the dialogs belong to
     * @param shownChart the chart of the page on show, if it has one
     * @param importer   brings the page that takes in results on screen and gives its importer
     */
    FileActions(ExplorerViewModel model, Node owner, Supplier<java.util.Optional<JFreeChart>> shownChart,
            Supplier<java.util.Optional<ResultsImporter>> importer) {
        this.model = model;
        this.owner = owner;
        this.shownChart = shownChart;
        this.importer = importer;
    }

    void open() {
        File file = chooser("Open an experiment", "WidthLab experiments (*" + ExperimentFile.EXTENSION + ", *.json)",
                "*" + ExperimentFile.EXTENSION, "*.json").showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    /** Opens a lesson file from anywhere; a broken file is named in the message line with its step and reason. */
    void openLesson() {
        File file = chooser("Open a lesson", "WidthLab lessons (*.json)", "*.json").showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            try {
                model.lessons().open(org.widthlab.lessons.LessonFile.read(file.toPath()));
            } catch (IOException e) {
                model.report("Could not open the lesson: " + e.getMessage());
            }
        }
    }

    /** Saves to the file last opened or saved, or asks for one. */
    void save() {
        Path current = model.currentFileProperty().get();
        if (current == null) {
            saveAs();
        } else {
            model.save(current);
        }
    }

    void saveAs() {
        File file = chooser("Save the experiment", "WidthLab experiments (*" + ExperimentFile.EXTENSION + ")",
                "*" + ExperimentFile.EXTENSION).showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            // a .widthlab file (what a double-click opens), or .json if the name says so
            Path path = file.toPath();
            model.save(path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? path
                    : withExtension(path, ExperimentFile.EXTENSION));
        }
    }

    void exportResults() {
        File file = chooser("Export the results", "CSV tables (*.csv)", "*.csv").showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            model.exportResults(withExtension(file.toPath(), ".csv"));
        }
    }

    void exportChart() {
        java.util.Optional<JFreeChart> chart = shownChart.get();
        if (chart.isEmpty()) {
            model.report("Choose a chart tab first.");
            return;
        }
        FileChooser chooser = chooser("Export the chart", "PNG images (*.png)", "*.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG drawings (*.svg)", "*.svg"));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            boolean svg = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().contains("*.svg");
            writeChart(chart.get(), chartFile(file.toPath(), svg));
        }
    }

    /**
     * Imports results computed elsewhere: the {@value ResultsFolder#GRID_FILE} of a cluster's output folder
     * (the folder is imported) or a results store file.
     */
    void importResults() {
        FileChooser chooser = chooser("Import results", "A cluster's output (" + ResultsFolder.GRID_FILE + ")",
                ResultsFolder.GRID_FILE);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Results stores (*.sqlite)", "*.sqlite"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            importResults(file.toPath());
        }
    }

    /** Hands {@code chosen} (a cluster output's grid file, its folder, or a store file) to the importing page. */
    void importResults(Path chosen) {
        Path source = chosen.getFileName() != null && chosen.getFileName().toString().equals(ResultsFolder.GRID_FILE)
                && chosen.toAbsolutePath().getParent() != null ? chosen.toAbsolutePath().getParent() : chosen;
        importer.get().ifPresentOrElse(page -> page.importResults(source),
                () -> model.report("No page of this window takes in results."));
    }

    /** Writes {@code chart} to {@code file} (PNG, or SVG by extension) and says how it went. */
    void writeChart(JFreeChart chart, Path file) {
        try {
            ChartExport.write(chart, file);
            model.report("Saved the chart as " + file.getFileName() + ".");
        } catch (IOException e) {
            model.report("Could not save the chart: " + e.getMessage());
        }
    }

    private FileChooser chooser(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        Path current = model.currentFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** The file a chart goes to: the name as typed when it ends in .png or .svg, else with the chosen filter's. */
    static Path chartFile(Path file, boolean svgChosen) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg") ? file : withExtension(file, svgChosen ? ".svg" : ".png");
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
