package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.WidthSweep;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitCurve;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.ParametrizationViewModel;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SweepStarter;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;

/** The explorer window, headless (TestFX + Monocle), with a hand-made sweep behind the executor seam. */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class ExplorerWindowTest {

    /** Generous: "the window responds", not a timing claim. */
    private static final long RESPONDS_SECONDS = 5;

    private final SyntheticSweep fast = new SyntheticSweep(0);
    private final SyntheticSweep slow = new SyntheticSweep(3_000);
    private SweepStarter engine = fast;
    private MainWindow view;
    private ExplorerViewModel model;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        LimitSource limit = e -> java.util.Optional.of(new LimitCurve("n = ∞ (test limit)", java.util.Collections.nCopies(
                e.steps() + 1, 0.5)));
        model = new ExplorerViewModel((e, l) -> engine.start(e, l), limit, UiThread.fx(), ForkJoinPool.commonPool(),
                new RecentFiles(folder.resolve("recent.txt")));
        view = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool()));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void runningMuPFillsEveryChartAndShowsTheFittedSlope(FxRobot robot) throws Exception {
        // given μP chosen
        choosePreset(robot, Preset.NTP);
        choosePreset(robot, Preset.MUP);

        // when a small sweep runs
        robot.clickOn("#explorerRun");
        waitUntilFinished();

        // then every chart has its data: one line per layer (+ its dashed prediction), one per width
        JFreeChart coordinate = chart(robot, "#coordinateChart");
        assertEquals(2 * 3, coordinate.getXYPlot().getDataset().getSeriesCount());
        int widths = model.experiment().experimentProperty().get().widths().size();
        assertEquals(widths, coordinate.getXYPlot().getDataset().getItemCount(0), "one point per width");
        WaitForAsyncUtils.waitFor(RESPONDS_SECONDS, TimeUnit.SECONDS, () -> model.sweep().limitProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        JFreeChart training = chart(robot, "#trainingChart");
        assertEquals(widths + 1, training.getXYPlot().getDataset().getSeriesCount(), "one line per width, and n = ∞");
        assertEquals("n = ∞ (test limit)", training.getXYPlot().getDataset().getSeriesKey(widths));
        // and the feature-movement chart says measured against predicted for each layer
        String slopes = subtitles(chart(robot, "#featureChart"));
        assertTrue(slopes.matches("(?s).*layer 3:  measured 0.00 ± \\d\\.\\d\\d, predicted 0.*"), slopes);
        assertTrue(robot.lookup("#explorerStatus").queryAs(Label.class).getText().startsWith("Done"));
    }

    @Test
    void theRealEngineStreamsASmallMuPSweepIntoTheCharts(FxRobot robot) throws Exception {
        // given μP with a tiny sweep, trained by the engine itself
        engine = new WidthSweep(MatrixKernels.defaultKernel(), SweepExecutor.newThread())::start;
        choosePreset(robot, Preset.MUP);
        robot.interact(() -> {
            robot.lookup("#widths").queryAs(TextField.class).setText("32..256");
            robot.lookup("#steps").queryAs(TextField.class).setText("3");
            robot.lookup("#batch").queryAs(TextField.class).setText("16");
            robot.lookup("#inputDim").queryAs(TextField.class).setText("8");
        });

        // when it runs
        robot.clickOn("#explorerRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.sweep().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // then it completed, every width is on the charts and a slope was fitted for every layer
        assertEquals(SweepOutcome.Status.COMPLETED, model.sweep().outcomeProperty().get().status());
        var training = chart(robot, "#trainingChart").getXYPlot().getDataset();
        assertEquals("n = 32", training.getSeriesKey(0));
        assertEquals("n = 256", training.getSeriesKey(3));
        assertEquals(4, chart(robot, "#coordinateChart").getXYPlot().getDataset().getItemCount(0));
        String slopes = subtitles(chart(robot, "#featureChart"));
        for (int layer = 1; layer <= 3; layer++) {
            assertTrue(slopes.matches("(?s).*layer " + layer + ":  measured −?\\d\\.\\d\\d( ± \\d\\.\\d\\d[^,]*| \\(1 seed\\)),"
                    + " predicted 0.*"), slopes);
        }
    }

    @Test
    void choosingNtpChangesTheVerdictBeforeAnyRun(FxRobot robot) {
        choosePreset(robot, Preset.MUP);
        assertEquals("feature learning", robot.lookup("#regimeBadge").queryAs(Label.class).getText());

        choosePreset(robot, Preset.NTP);

        assertEquals("kernel regime", robot.lookup("#regimeBadge").queryAs(Label.class).getText());
        assertEquals("kernel regime", robot.lookup("#regimeSummary").queryAs(Label.class).getText());
        assertEquals("1/2", robot.lookup("#rValue").queryAs(Label.class).getText());
        assertEquals(0, fast.started());
    }

    @Test
    void anInvalidExponentDisablesRunUntilFixed(FxRobot robot) {
        assertFalse(robot.lookup("#explorerRun").queryAs(Button.class).isDisabled());

        robot.clickOn("#b2").eraseText(3).write("1/");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#explorerRun").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#fieldError").queryAs(Label.class).getText().startsWith("b2: '1/'"));
        // the field itself carries its reason, above what the exponent scales
        String tip = robot.lookup("#b2").queryAs(TextField.class).getTooltip().getText();
        assertTrue(tip.startsWith("'1/' is not an exponent"), tip);
        assertTrue(tip.contains("initialization of layer 2"), tip);

        robot.write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#explorerRun").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#b2").queryAs(TextField.class).getTooltip().getText().startsWith("b_2: the initialization"));
    }

    @Test
    void anInvalidTrainingSettingIsNamedAndDisablesRun(FxRobot robot) {
        robot.interact(() -> robot.lookup("#batch").queryAs(TextField.class).setText("0"));

        assertTrue(robot.lookup("#explorerRun").queryAs(Button.class).isDisabled());
        String message = robot.lookup("#settingsError").queryAs(Label.class).getText();
        assertTrue(message.startsWith("batch: must be at least 1"), message);
        assertTrue(robot.lookup("#batch").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid")), "the field itself is marked");

        robot.interact(() -> robot.lookup("#widths").queryAs(TextField.class).setText("64..x"));
        robot.interact(() -> robot.lookup("#batch").queryAs(TextField.class).setText("8"));
        assertTrue(robot.lookup("#settingsError").queryAs(Label.class).getText().startsWith("widths: 'x'"));
        assertTrue(robot.lookup("#explorerRun").queryAs(Button.class).isDisabled());
    }

    @Test
    void clickingThePhaseDiagramMovesTheParametrization(FxRobot robot) throws Exception {
        Parametrization before = model.parametrization().verdictProperty().get().parametrization();
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
            Tab phase = tabs.getTabs().stream().filter(t -> "phaseTab".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(phase);
        });
        WaitForAsyncUtils.waitFor(RESPONDS_SECONDS, TimeUnit.SECONDS, () -> model.phase().sliceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // a point up and to the left of the centre of the plot: c larger, a_{L+1} smaller than μP's
        robot.moveTo("#phaseChart").moveBy(-120, -100).clickOn();
        WaitForAsyncUtils.waitForFxEvents();

        Parametrization after = model.parametrization().verdictProperty().get().parametrization();
        assertNotEquals(before, after);
        assertTrue(after.c().isGreaterThan(before.c()), after.toString());
        assertEquals(before.a(1), after.a(1));
        assertEquals(ParametrizationViewModel.PresetChoice.CUSTOM, model.parametrization().presetProperty().get());
    }

    @Test
    void cancellingARunningSweepGivesTheWindowBack(FxRobot robot) throws Exception {
        engine = slow;
        robot.clickOn("#explorerRun");
        WaitForAsyncUtils.waitFor(RESPONDS_SECONDS, TimeUnit.SECONDS, () -> model.sweep().runningProperty().get());

        robot.clickOn("#explorerCancel");

        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> !model.sweep().runningProperty().get());
        assertFalse(robot.lookup("#explorerRun").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#explorerStatus").queryAs(Label.class).getText().startsWith("Cancelled"));
    }

    @Test
    void deeperAndShallowerNetworksEachGetARowPerLayer(FxRobot robot) {
        // growing the depth once threw on the FX thread for every added layer (FxThreadExceptions fails that)
        for (int depth : new int[] {5, 2, 7, 1}) {
            robot.interact(() -> model.parametrization().depthProperty().set(depth));
            for (int l = 1; l <= depth + 1; l++) {
                assertTrue(robot.lookup("#a" + l).tryQuery().isPresent(), "a_" + l + " at depth " + depth);
                assertTrue(robot.lookup("#b" + l).tryQuery().isPresent(), "b_" + l + " at depth " + depth);
            }
            assertTrue(robot.lookup("#a" + (depth + 2)).tryQuery().isEmpty(), "no row beyond the readout");
            assertEquals(depth, model.parametrization().verdictProperty().get().parametrization().depth());
        }
    }

    @Test
    void savingAndReopeningGivesTheSameSettings(FxRobot robot) throws Exception {
        // given an edited experiment
        choosePreset(robot, Preset.NTP);
        robot.interact(() -> {
            model.parametrization().depthProperty().set(2);
            robot.lookup("#widths").queryAs(TextField.class).setText("32, 48, 100");
            robot.lookup("#learningRate").queryAs(TextField.class).setText("0.125");
            robot.lookup("#seed").queryAs(TextField.class).setText("7");
        });
        var saved = model.experiment().experimentProperty().get();
        Path file = folder.resolve("ntp.json");

        // when it is saved, changed, and the file opened again
        robot.interact(() -> assertTrue(model.save(file)));
        choosePreset(robot, Preset.MUP);
        robot.interact(() -> robot.lookup("#widths").queryAs(TextField.class).setText("64..512"));
        robot.interact(() -> assertTrue(model.open(file)));

        // then everything is as saved, and the file is first among the recent ones
        assertEquals(saved, model.experiment().experimentProperty().get());
        assertEquals("32, 48, 100", robot.lookup("#widths").queryAs(TextField.class).getText());
        assertEquals("NTP (neural tangent)", robot.lookup("#presetChoice").queryAs(ComboBox.class).getValue().toString());
        assertEquals(file.toAbsolutePath(), model.recentFiles().get(0));
    }

    @Test
    void aBadFileIsNamedAndNothingChanges(FxRobot robot) throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"widthlab-experiment/1\", \"widths\": [64] ");
        var before = model.experiment().experimentProperty().get();

        robot.interact(() -> assertFalse(model.open(bad)));

        assertEquals(before, model.experiment().experimentProperty().get());
        assertTrue(model.messageProperty().get().contains("bad.json"), model.messageProperty().get());
        assertTrue(model.recentFiles().isEmpty());
    }

    @Test
    void shortcutsRunTheSweepAndScaleTheText(FxRobot robot) throws Exception {
        String before = view.getStyle();

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.fontScaleProperty().get() > 1);
        assertNotEquals(before, view.getStyle());

        // Ctrl with "+" typed as Shift and "=", as the README says "Ctrl +"
        double once = model.fontScaleProperty().get();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.fontScaleProperty().get() > once, "Ctrl+Shift+= scales the text up too");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.CONTROL);
        waitUntilFinished();
        assertEquals(1, fast.started());
    }

    @Test
    void aChartKeepsTheExtensionTypedWhateverTheFilter() {
        assertEquals(Path.of("chart.svg"), FileActions.chartFile(Path.of("chart.svg"), false));
        assertEquals(Path.of("chart.png"), FileActions.chartFile(Path.of("chart.png"), true));
        assertEquals(Path.of("chart.svg"), FileActions.chartFile(Path.of("chart"), true));
        assertEquals(Path.of("chart.v2.png"), FileActions.chartFile(Path.of("chart.v2"), false));
    }

    private void waitUntilFinished() throws Exception {
        WaitForAsyncUtils.waitFor(RESPONDS_SECONDS, TimeUnit.SECONDS, () -> model.sweep().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void choosePreset(FxRobot robot, Preset preset) {
        robot.interact(() -> robot.lookup("#presetChoice").queryAs(ComboBox.class).getSelectionModel()
                .select(new ParametrizationViewModel.PresetChoice(preset)));
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart();
    }

    private static String subtitles(JFreeChart chart) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
