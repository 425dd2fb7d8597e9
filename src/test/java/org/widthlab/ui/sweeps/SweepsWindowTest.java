package org.widthlab.ui.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.ui.FxThreadExceptions;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.store.ResultStore;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.ui.MainWindow;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;

/**
 * The sweep workspace in a real (headless) window: define a grid of learning rate × preset from the
 * experiment on show, run it with the real engine into a fresh store, read it as curves, heatmap and best
 * rate, refuse a bad value, and find it again in a new window on the same store.
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class SweepsWindowTest {

    @TempDir
    static Path folder;

    private static final Experiment SMALL = new Experiment(Preset.MUP.at(2, Activation.TANH), DataSetKind.TEACHER, 4,
            8, 3, 0.1, List.of(16, 32), 2, 0, false);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow openWindow(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            ExplorerViewModel model = new ExplorerViewModel(new SyntheticSweep(0), LimitSource.none(), UiThread.fx(),
                    ForkJoinPool.commonPool(), new RecentFiles(Path.of("target", "recent-files-sweeps-test.txt")));
            model.experiment().set(SMALL);
            window[0] = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool(),
                    folder.resolve("store.sqlite")));
            stage.setScene(new Scene(window[0], 1280, 800));
            stage.show();
            window[0].showPage("sweeps");
        });
        return window[0];
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#gridStatus").queryAs(Label.class).getText();
    }

    private static String sizeLine(FxRobot robot) {
        return robot.lookup("#gridSizeLabel").queryAs(Label.class).getText();
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart();
    }

    /** Points of the n = 32 line in a panel of the curves chart (0 while the chart has no such line yet). */
    private static int pointsOfTheWidestLine(FxRobot robot, int panel) {
        JFreeChart chart = chart(robot, "#transferChart");
        if (!(chart.getPlot() instanceof CombinedRangeXYPlot combined) || combined.getSubplots().size() <= panel) {
            return 0;
        }
        XYDataset lines = ((XYPlot) combined.getSubplots().get(panel)).getDataset(1);
        return lines == null || lines.getSeriesCount() < 2 ? 0 : lines.getItemCount(1);
    }

    @Test
    void aGridIsDefinedRunDrawnAndFoundAgain(FxRobot robot) throws Exception {
        openWindow(robot);
        // given: learning rate × preset (the defaults) over two widths and two seeds
        set(robot, "#firstValuesField", "2^-2..2^0");
        set(robot, "#secondValuesField", "sp, mup");
        set(robot, "#gridWidthsField", "16..32");
        set(robot, "#gridSeedsField", "2");
        // the size line follows when the grid's plan arrives from the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sizeLine(robot).startsWith("24 cells"));

        // a bad value is refused at the field, and Run is off until it is fixed
        set(robot, "#firstValuesField", "0.1..1");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sizeLine(robot).contains("give a step"));
        assertTrue(robot.lookup("#gridRun").queryAs(Button.class).isDisabled());
        set(robot, "#firstValuesField", "2^-2..2^0");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sizeLine(robot).startsWith("24 cells"));
        assertFalse(robot.lookup("#gridRun").queryAs(Button.class).isDisabled());

        // when it runs
        robot.clickOn("#gridRun");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> status(robot).startsWith("24 cells: 24 computed"));

        // then: the curves, one panel per preset sharing the loss axis, one line per width
        // charts are redrawn at most once a second (SweepsPage.REDRAW_INTERVAL): the last results may reach them
        // just after the status line
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pointsOfTheWidestLine(robot, 1) == 3);
        JFreeChart curves = chart(robot, "#transferChart");
        CombinedRangeXYPlot combined = (CombinedRangeXYPlot) curves.getPlot();
        assertEquals(2, combined.getSubplots().size());
        XYDataset lines = ((XYPlot) combined.getSubplots().get(1)).getDataset(1);
        assertEquals(2, lines.getSeriesCount(), "n = 16 and n = 32");
        assertEquals(3, lines.getItemCount(0), "three learning rates");

        // the heatmap of learning rate × preset beside the theory's classes: SP unstable, μP feature learning
        robot.interact(() -> robot.lookup("#sweepCharts").queryAs(TabPane.class).getSelectionModel().select(1));
        assertEquals(1, robot.lookup("#heatYChoice").queryAs(ComboBox.class).getValue(), "down: the preset, as drawn");
        assertEquals(0, robot.lookup("#heatXChoice").queryAs(ComboBox.class).getValue(), "across: the learning rate");
        XYZDataset classes = (XYZDataset) ((XYPlot) chart(robot, "#theoryChart").getPlot()).getDataset();
        assertEquals(6, classes.getItemCount(0));
        for (int k = 0; k < 6; k++) {
            Regime expected = classes.getYValue(0, k) == 0 ? Regime.UNSTABLE_IN_TRAINING : Regime.FEATURE_LEARNING;
            assertEquals(expected.ordinal(), classes.getZValue(0, k), 0, "cell " + k);
        }
        XYZDataset measured = (XYZDataset) ((XYPlot) chart(robot, "#heatmapChart").getPlot()).getDataset();
        assertEquals(6, measured.getItemCount(0));

        // the best rate against width, with the theory's slope for each preset
        robot.interact(() -> robot.lookup("#sweepCharts").queryAs(TabPane.class).getSelectionModel().select(2));
        XYDataset best = ((XYPlot) chart(robot, "#bestChart").getPlot()).getDataset();
        List<String> keys = java.util.stream.IntStream.range(0, best.getSeriesCount())
                .mapToObj(i -> best.getSeriesKey(i).toString()).toList();
        assertTrue(keys.containsAll(List.of("SP", "SP theory", "μP", "μP theory")), keys.toString());

        try (ResultStore store = ResultStore.open(folder.resolve("store.sqlite"))) {
            assertEquals(24, store.cellCount(), "every cell is in the store");
        }

        // a new window on the same store shows the grid at once, from the store
        openWindow(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("24 of 24 cells from the store"));
        assertEquals("2^-2..2^0", robot.lookup("#firstValuesField").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#gridStaleLabel").queryAs(Label.class).isVisible(),
                "the fields describe the grid on show");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pointsOfTheWidestLine(robot, 0) == 3);
    }
}
