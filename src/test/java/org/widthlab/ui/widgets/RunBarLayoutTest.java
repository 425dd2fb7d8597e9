package org.widthlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.ui.FxThreadExceptions;

/**
 * The status keeps its line while a detail's text comes with a run and goes at its end, at every width: a status
 * that changed lines would move everything below the bar (the Explorer's charts) as runs start and end.
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class RunBarLayoutTest {

    /** What the time-left detail says while a run goes on; empty before and after. */
    private static final String TIME_LEFT = "about 1 min 20 s left";
    private static final double TIME_LEFT_ROOM_EM = 11;

    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleStringProperty timeLeft = new SimpleStringProperty("");
    private Stage stage;
    private RunBar bar;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        bar = new RunBar("test").runs("Run", "runs", () -> { }, running).cancels("cancels", () -> { }, running)
                .detail("testTimeLeft", timeLeft, TIME_LEFT_ROOM_EM)
                .shows(new SimpleDoubleProperty(), new SimpleStringProperty("Press Run to train the networks."));
        stage.setScene(new Scene(new BorderPane(null, bar, null, null, null), 400, 200));
        stage.show();
    }

    @Test
    void theStatusKeepsItsLineAsADetailComesAndGoes(FxRobot robot) {
        for (int width = 400; width <= 1000; width += 40) {
            int sceneWidth = width;
            robot.interact(() -> stage.setWidth(sceneWidth));
            String idle = line(robot);
            robot.interact(() -> timeLeft.set(TIME_LEFT));
            String busy = line(robot);
            robot.interact(() -> timeLeft.set(""));
            assertEquals(idle, busy, "at " + width + " px");
            assertEquals(idle, line(robot), "at " + width + " px, after the run");
        }
    }

    /** Where the status stands and how tall the bar is, once the window has settled. */
    private String line(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#testStatus").queryAs(Label.class);
        double y = status.localToScene(status.getBoundsInLocal()).getMinY();
        return "status at y = " + Math.round(y) + ", bar " + Math.round(bar.getHeight()) + " px tall";
    }
}
