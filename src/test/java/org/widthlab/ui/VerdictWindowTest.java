package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.ParametrizationViewModel;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;

/** The verdict panel of the explorer, headless: choose a preset or type an exponent, see the verdict change at once. */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class VerdictWindowTest {

    private MainWindow pane;

    @Start
    void start(Stage stage) {
        ExplorerViewModel model = new ExplorerViewModel(new SyntheticSweep(0), LimitSource.none(), UiThread.fx(),
                ForkJoinPool.commonPool(), new RecentFiles(java.nio.file.Path.of("target", "recent-files-test.txt")));
        pane = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool()));
        stage.setScene(new Scene(pane, 1024, 700));
        stage.show();
    }

    @Test
    void choosingMuPShowsFeatureLearning(FxRobot robot) {
        // given the window, when μP is chosen from the preset list
        robot.interact(() -> robot.lookup("#presetChoice").queryAs(ComboBox.class)
                .getSelectionModel().select(new ParametrizationViewModel.PresetChoice(Preset.NTP)));
        robot.interact(() -> robot.lookup("#presetChoice").queryAs(ComboBox.class)
                .getSelectionModel().select(new ParametrizationViewModel.PresetChoice(Preset.MUP)));

        // then the badge says feature learning and r = 0
        assertEquals("feature learning", robot.lookup("#regimeBadge").queryAs(Label.class).getText());
        assertEquals("0", robot.lookup("#rValue").queryAs(Label.class).getText());
    }

    @Test
    void typingAnExponentUpdatesTheVerdictAndLeavesThePreset(FxRobot robot) {
        // given μP (the default), when c is changed to 1
        robot.clickOn("#c").eraseText(1).write("1");
        WaitForAsyncUtils.waitForFxEvents();

        // then the verdict is trivial at once and the preset is "custom"
        assertEquals("trivial", robot.lookup("#regimeBadge").queryAs(Label.class).getText());
        assertEquals(ParametrizationViewModel.PresetChoice.CUSTOM, pane.model().parametrization().presetProperty().get());
    }

    @Test
    void anInvalidExponentIsNamedAndTheVerdictWithdrawn(FxRobot robot) {
        robot.clickOn("#a2").eraseText(1).write("1/x");
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(pane.model().parametrization().verdictProperty().get());
        String message = robot.lookup("#fieldError").queryAs(Label.class).getText();
        assertTrue(message.startsWith("a2: '1/x' is not an exponent"), message);
        assertTrue(robot.lookup("#a2").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid")));
        // nothing of the last verdict stays on screen beside the half-typed value
        assertEquals("—", robot.lookup("#rValue").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#conditions").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        assertEquals("The verdict appears when every exponent is valid.",
                robot.lookup("#explanation").queryAs(org.widthlab.ui.widgets.MathFlow.class).plainText());

        robot.clickOn("#a2").eraseText(3).write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pane.model().parametrization().verdictProperty().get() == null);
        assertEquals("", robot.lookup("#fieldError").queryAs(Label.class).getText());
    }
}
