package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridFile;
import org.widthlab.grid.GridOutcome;
import org.widthlab.grid.GridPlan;
import org.widthlab.grid.GridRunner;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.ResultStore;
import org.widthlab.store.SavedGrid;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;

/**
 * File ▸ Import results: a store computed elsewhere (a shard's, a colleague's) comes into the window's store, the
 * sweep workspace comes on screen with the imported grid, and a source that is not results says why, adding nothing.
 * (The import of a cluster's output folder itself is checked in ResultsImportTest and, from a real Spark run, in
 * SparkGridRunnerTest; the window hands a folder and a store file to the same import.)
 */
@ExtendWith(ApplicationExtension.class)
class ImportResultsWindowTest {

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** 2 presets × 2 learning rates × 2 widths, one seed: 8 cheap cells. */
    private static Grid elsewhere() {
        Experiment base = new Experiment(Preset.SP.at(2, Activation.TANH), DataSetKind.TEACHER, 4, 8, 3, 0.1,
                List.of(16, 32), 1, 5, false);
        return new Grid("computed elsewhere", base, List.of(AxisValues.parse(Axis.PRESET, "sp,mup"),
                AxisValues.parse(Axis.LEARNING_RATE, "2^-1..2^0")));
    }

    @Test
    void anotherStoreIsImportedAndItsGridShown(FxRobot robot) throws Exception {
        Path colleague = folder.resolve("colleague.sqlite");
        try (ResultStore store = ResultStore.open(colleague)) {
            Grid grid = elsewhere();
            store.rememberGrid(new SavedGrid(GridFile.id(grid), grid.name(), GridFile.text(grid), Instant.now()));
            GridPlan plan = GridPlan.of(grid, 2, Long.MAX_VALUE);
            GridOutcome outcome = new GridRunner(store, () -> MatrixKernels.withThreads(1)).run(plan,
                    (cell, result, reused) -> { });
            assertEquals(GridOutcome.Status.COMPLETED, outcome.status());
        }
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            ExplorerViewModel model = new ExplorerViewModel(new SyntheticSweep(0), LimitSource.none(), UiThread.fx(),
                    ForkJoinPool.commonPool(), new RecentFiles(folder.resolve("recent.txt")));
            window[0] = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool(),
                    folder.resolve("home.sqlite")));
            stage.setScene(new Scene(window[0], 1280, 800));
            stage.show();
        });

        robot.interact(() -> window[0].importResults(folder.resolve("no such folder")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Nothing more was imported"));
        assertEquals("sweeps", window[0].model().shownPageProperty().get(), "the workspace that takes results is shown");

        robot.interact(() -> window[0].importResults(colleague));
        String expected = "Imported 8 cells (8 new) from the results store. 8 of 8 cells from the store.";
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status(robot).equals(expected));
        } finally {
            assertEquals(expected, status(robot));
        }
        assertEquals("sp, mup", robot.lookup("#firstValuesField").queryAs(TextField.class).getText(),
                "the imported grid's axes fill the fields");
        assertEquals("0.5, 1", robot.lookup("#secondValuesField").queryAs(TextField.class).getText());
        try (ResultStore home = ResultStore.open(folder.resolve("home.sqlite"))) {
            assertEquals(8, home.cellCount());
            assertTrue(home.grids().stream().anyMatch(g -> g.name().equals("computed elsewhere")));
        }
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#gridStatus").queryAs(Label.class).getText();
    }
}
