package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.lessons.Lesson;
import org.widthlab.lessons.Lessons;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;

/**
 * The experiment panel leaves the window while a full page (the sweeps) is on show; an experiment put on show
 * meanwhile (a grid's base) is there when it is back: the rows of its depth, its exponents, and its verdict (typeset
 * when its tab is selected).
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class OutOfWindowPanelsTest {

    private MainWindow window;
    private ExplorerViewModel model;

    @Start
    void start(Stage stage) {
        model = new ExplorerViewModel(new SyntheticSweep(0), LimitSource.none(), UiThread.fx(),
                ForkJoinPool.commonPool(), new RecentFiles(Path.of("target", "recent-files-panels-test.txt")));
        window = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool(),
                Path.of("target", "out-of-window-panels-test.sqlite")));
        // the headless screen is 1280 wide: the verdict is a tab here (docked, it would step aside like the panel)
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Test
    void anExperimentSetWhileAFullPageIsOnShowIsThereWhenThePanelsComeBack(FxRobot robot) {
        robot.interact(() -> window.showPage("sweeps"));
        assertTrue(robot.lookup("#a2").tryQuery().isEmpty(), "the experiment panel is out of the window");

        // NTP at depth 4 (the window starts at depth 3, μP): five layers, the kernel regime
        robot.interact(() -> model.experiment().set(new Experiment(Preset.NTP.at(4, Activation.TANH),
                DataSetKind.TEACHER, 4, 8, 3, 0.1, List.of(16, 32), 1, 0, false)));
        robot.interact(() -> window.showPage("training"));

        assertEquals("1/2", robot.lookup("#a5").queryAs(TextField.class).getText());
        assertEquals("0", robot.lookup("#b5").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#a6").tryQuery().isEmpty(), "no row beyond the readout");
        assertEquals("feature learning", robot.lookup("#regimeBadge").queryAs(Label.class).getText(),
                "the verdict's tab is not selected: it has not been typeset again yet");
        robot.interact(() -> window.showPage("verdict"));
        assertEquals("kernel regime", robot.lookup("#regimeBadge").queryAs(Label.class).getText());
    }

    @Test
    void aLessonsHighlightedExponentIsStillHighlightedWhenItsRowsAreBuiltOnReturn(FxRobot robot) {
        robot.interact(() -> window.showPage("sweeps"));
        robot.interact(() -> model.experiment().set(new Experiment(Preset.NTP.at(4, Activation.TANH),
                DataSetKind.TEACHER, 4, 8, 3, 0.1, List.of(16, 32), 1, 0, false)));
        // a lesson whose first step points at an exponent of a net of another depth: the rows are rebuilt when the
        // step's page brings the panel back, after the step has set the highlight
        Lesson lesson = Lessons.builtIn().stream().filter(l -> l.step(1).highlight().filter(id -> id.startsWith("a"))
                .isPresent() && l.step(1).experiment().parametrization().depth() != 4).findFirst().orElseThrow();
        String id = lesson.step(1).highlight().orElseThrow();
        robot.interact(() -> model.lessons().open(lesson));

        assertTrue(robot.lookup("#" + id).query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("lesson-highlight")), id + " highlighted");
    }
}
