package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.lessons.Lesson;
import org.widthlab.lessons.LessonStep;
import org.widthlab.lessons.Lessons;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitCurve;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.MathFlow;

/**
 * Every built-in lesson walked through headless, step by step, with the Next button: what is on screen is
 * what the step asks for (page, regime, chart settings, the field it points at, its text), the results are
 * current, and the badge and the lesson's heading are not cut short; then presenter mode with a clicker's
 * keys. The sweeps are synthetic (fast); a step's grid or case study is checked as started with the step's
 * settings, then cancelled (they are real computations; their pictures are looked at with {@code window --lesson}).
 */
@ExtendWith(ApplicationExtension.class)
class LessonWalkWindowTest {

    private static final long WAIT_SECONDS = 30;
    /** The least height a chart keeps at 1024×768 with the lesson's words below it, at any font scale. */
    private static final double MIN_CHART_PX = 250;
    private ExplorerViewModel model;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        LimitSource limit = e -> java.util.Optional.of(new LimitCurve("n = ∞ (test limit)",
                java.util.Collections.nCopies(e.steps() + 1, 0.5)));
        model = new ExplorerViewModel(new SyntheticSweep(0), limit, UiThread.fx(), ForkJoinPool.commonPool(),
                new RecentFiles(folder.resolve("recent.txt")));
        MainWindow view = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool(),
                folder.resolve("results.sqlite")));
        stage.setScene(new Scene(view, 1024, 768));
        stage.show();
    }

    @Test
    void everyBuiltInLessonShowsWhatEachStepAsksFor(FxRobot robot) throws Exception {
        for (double scale : new double[] {1, 2}) {
            robot.interact(() -> model.fontScaleProperty().set(scale));
            for (Lesson lesson : Lessons.builtIn()) {
                robot.interact(() -> model.lessons().open(lesson));
                for (int k = 1; k <= lesson.steps().size(); k++) {
                    if (k > 1) {
                        robot.clickOn("#lessonNext");
                    }
                    checkStep(robot, lesson, k, scale);
                    checkGridOrStudy(robot, lesson, k, scale);
                }
                assertTrue(robot.lookup("#lessonNext").query().isDisabled(), lesson.id() + ": Next after the last step");
            }
        }
    }

    private void checkStep(FxRobot robot, Lesson lesson, int k, double scale) throws Exception {
        LessonStep step = lesson.step(k);
        String where = lesson.id() + " step " + k + " at font scale " + scale;
        // On a loaded machine the click on Next may still be queued: wait for it (a step that never comes times out).
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.lessons().stepNumberProperty().get() == k);
        if (step.run()) {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> step.experiment().equals(
                    model.sweep().experimentProperty().get()) && model.sweep().outcomeProperty().get() != null);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(k, model.lessons().stepNumberProperty().get(), where);
        assertEquals(step.page(), model.shownPageProperty().get(), where);
        assertEquals(step.experiment(), model.experiment().experimentProperty().get(), where);
        assertEquals(Verdict.of(step.experiment().parametrization()).regime().displayName(),
                robot.lookup("#regimeSummary").queryAs(Label.class).getText(), where);
        assertTrue(robot.lookup("#lessonStepTitle").queryAs(Label.class).getText().contains(step.title()), where);
        assertTrue(robot.lookup("#lessonProgress").queryAs(Label.class).getText().endsWith("step " + k + " of "
                + lesson.steps().size()), where);
        assertEquals(step.notice(), robot.lookup("#lessonNotice").queryAs(MathFlow.class).source(), where);
        step.quantity().ifPresent(q -> assertEquals(q, model.quantityProperty().get(), where));
        step.step().ifPresent(t -> assertEquals(t, model.stepProperty().get(), where));
        step.phaseX().ifPresent(x -> assertEquals(x.replaceAll("(\\d)", "_$1"), model.phase().xProperty().get().symbol(), where));
        if (step.run()) {
            String stale = robot.lookup(".stale-note").queryAllAs(Label.class).stream().filter(Node::isVisible)
                    .map(Label::getText).findFirst().orElse("");
            assertEquals("", stale, where + ": results on show match the step");
        }
        // at 1024 px and font scale 2 the experiment panel folds away for the chart (and with it the field pointed at)
        boolean panelRoom = 1024 / scale >= MainWindow.PANEL_FOLDS_BELOW_PX
                && Pages.byId(step.page()).orElseThrow().placement() != org.widthlab.ui.page.Placement.FULL;
        assertEquals(panelRoom, robot.lookup("#settingsScroll").tryQuery().map(n -> n.getScene() != null).orElse(false),
                where + ": the experiment panel shown exactly when it has room");
        if (panelRoom) {
            step.highlight().ifPresent(id -> assertTrue(robot.lookup("#" + id).query().getPseudoClassStates().stream()
                    .anyMatch(p -> p.getPseudoClassName().equals("lesson-highlight")), where + ": " + id + " highlighted"));
        }
        if (scale == 1) {
            Node question = robot.lookup("#lessonQuestion").query();
            Node bar = robot.lookup("#lessonBar").query();
            assertTrue(question.localToScene(question.getBoundsInLocal()).getMaxY()
                    <= bar.localToScene(bar.getBoundsInLocal()).getMaxY() + 0.5, where + ": the question on screen without scrolling");
        }
        notCut(robot.lookup("#regimeSummary").queryAs(Label.class), where);
        notCut(robot.lookup("#lessonNext").queryAs(javafx.scene.control.Button.class), where);
        var charts = robot.lookup(".chart-pane").queryAllAs(ChartPane.class).stream().filter(Node::isVisible)
                .filter(n -> n.getScene() != null && n.localToScene(n.getBoundsInLocal()).getHeight() > 0).toList();
        if (!step.page().equals("verdict")) {
            double tallest = charts.stream().mapToDouble(c -> c.viewer().getHeight()).max().orElse(0);
            assertTrue(tallest >= MIN_CHART_PX, where + ": the chart itself (without its controls) keeps at least "
                    + MIN_CHART_PX + " px of height, has " + tallest);
        }
    }

    /**
     * A step with a grid shows it in the sweeps page's fields and on the step's chart, and runs it; a step with a
     * case study runs that study at its classroom size. Both are cancelled once seen started (real computations).
     */
    private static void checkGridOrStudy(FxRobot robot, Lesson lesson, int k, double scale) {
        LessonStep step = lesson.step(k);
        String where = lesson.id() + " step " + k + " at font scale " + scale;
        step.grid().ifPresent(grid -> {
            assertEquals(org.widthlab.input.Values.SIZE.formatList(grid.base().widths()), robot.lookup("#gridWidthsField")
                    .queryAs(javafx.scene.control.TextField.class).getText(), where + ": the grid's widths in the fields");
            String tab = robot.lookup("#sweepCharts").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                    .getSelectedItem().getId();
            assertEquals(step.chart().orElse("transfer") + "Tab", tab, where + ": the step's chart");
            assertFalse(robot.lookup("#gridStatus").queryAs(Label.class).getText().isBlank(), where + ": the grid runs");
        });
        step.caseStudy().ifPresent(study -> {
            assertEquals(study.equals("maml") ? "Few-shot (MAML)" : "Word embeddings (CBOW)",
                    String.valueOf(robot.lookup("#caseStudyChoice").queryAs(javafx.scene.control.ComboBox.class)
                            .getValue()), where + ": the step's study");
            assertFalse(robot.lookup("#caseStudyCancel").query().isDisabled(), where + ": the study runs");
            robot.clickOn("#caseStudyCancel");
        });
        if (k == lesson.steps().size() && lesson.steps().stream().anyMatch(s -> s.grid().isPresent())) {
            robot.interact(() -> robot.lookup("#gridCancel").queryAs(javafx.scene.control.Button.class).fire());
        }
    }

    /** A label that does not wrap is as wide as its text (else JavaFX cuts it with "…"). */
    private static void notCut(javafx.scene.control.Labeled label, String where) {
        assertTrue(label.getWidth() + 0.5 >= label.prefWidth(-1), where + ": '" + label.getText() + "' cut to "
                + label.getWidth() + " of " + label.prefWidth(-1) + " px");
        var bounds = label.localToScene(label.getBoundsInLocal());
        assertTrue(bounds.getMaxX() <= label.getScene().getWidth() + 0.5, where + ": '" + label.getText() + "' leaves the window");
    }

    @Test
    void presenterModeFollowsAClicker(FxRobot robot) throws Exception {
        Lesson lesson = Lessons.builtIn().get(0);
        robot.interact(() -> model.lessons().open(lesson));

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.lessons().presentingProperty().get());
        assertFalse(robot.lookup("#lessonBar").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#lessonBar").query().getScene() != null
                && robot.lookup("#lessonBar").query().getParent() != null, "the lesson bar leaves the screen");
        assertEquals(lesson.step(1).caption(), robot.lookup("#presenterCaption").queryAs(MathFlow.class).source());

        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.RIGHT);
        assertEquals(3, model.lessons().stepNumberProperty().get());
        assertEquals("3 / " + lesson.steps().size(), robot.lookup("#presenterCounter").queryAs(Label.class).getText());
        assertEquals(lesson.step(3).caption(), robot.lookup("#presenterCaption").queryAs(MathFlow.class).source());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(2, model.lessons().stepNumberProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var controls = robot.lookup(".chart-controls").queryAll().stream().filter(n -> n.getScene() != null).toList();
        assertFalse(controls.isEmpty());
        controls.forEach(n -> assertEquals(0, n.getLayoutBounds().getHeight(), 0.5,
                "the chart's controls give their room to the chart in presenter mode"));

        robot.type(KeyCode.B);
        assertTrue(model.lessons().blankedProperty().get());
        assertFalse(robot.lookup("#presenterHeader").query().isVisible());
        robot.type(KeyCode.B);
        assertTrue(robot.lookup("#presenterHeader").query().isVisible());

        robot.type(KeyCode.ESCAPE);
        assertFalse(model.lessons().presentingProperty().get());
        assertEquals(1.0, model.fontScaleProperty().get(), 1e-9);
        assertTrue(robot.lookup("#lessonBar").query().isVisible());
    }
}
