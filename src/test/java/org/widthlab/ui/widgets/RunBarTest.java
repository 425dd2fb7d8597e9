package org.widthlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.ui.FxThreadExceptions;

/**
 * While work runs, the run bar shows its progress and status at a readable pace, not at every change (each change
 * shown is a frame to paint), and always ends on the newest; the end, and every change while nothing runs, shows
 * at once.
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class RunBarTest {

    /** Far longer than {@link RunBar#SHOWN_EVERY}: the newest change must have shown by then. */
    private static final long SHOWN_WITHIN_SECONDS = 5;
    /** Changes made one by one, a few milliseconds apart, as a grid's cells finish. */
    private static final int CHANGES = 40;
    private static final long MILLIS_BETWEEN_CHANGES = 10;

    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleDoubleProperty fraction = new SimpleDoubleProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("ready");

    @Start
    void start(Stage stage) {
        RunBar bar = new RunBar("test").runs("Run", "runs", () -> { }, running)
                .cancels("cancels", () -> { }, running).shows(fraction, status);
        stage.setScene(new Scene(bar, 900, 120));
        stage.show();
    }

    private static String shownStatus(FxRobot robot) {
        return robot.lookup("#testStatus").queryAs(Label.class).getText();
    }

    private static double shownFraction(FxRobot robot) {
        return robot.lookup("#testProgress").queryAs(ProgressBar.class).getProgress();
    }

    @Test
    void whileRunningChangesShowAtMostOncePerIntervalAndTheNewestLast(FxRobot robot) throws Exception {
        assertEquals("ready", shownStatus(robot));
        AtomicInteger shown = new AtomicInteger();
        robot.lookup("#testStatus").queryAs(Label.class).textProperty().addListener(o -> shown.incrementAndGet());
        robot.interact(() -> running.set(true));

        long start = System.nanoTime();
        for (int i = 1; i <= CHANGES; i++) {
            int cell = i;
            robot.interact(() -> {
                fraction.set(cell / (double) CHANGES);
                status.set(cell + " of " + CHANGES + " cells");
            });
            Thread.sleep(MILLIS_BETWEEN_CHANGES);
        }
        double elapsedMillis = (System.nanoTime() - start) / 1e6;
        WaitForAsyncUtils.waitFor(SHOWN_WITHIN_SECONDS, TimeUnit.SECONDS,
                () -> (CHANGES + " of " + CHANGES + " cells").equals(shownStatus(robot)));
        assertEquals(1, shownFraction(robot), 1e-12, "the progress shows the newest change, with its status");
        // one change shown at the start, one per interval, and the newest at the end
        double allowed = 2 + elapsedMillis / RunBar.SHOWN_EVERY.toMillis();
        assertTrue(shown.get() <= allowed, shown.get() + " of " + CHANGES + " changes shown in " + elapsedMillis
                + " ms; at most " + allowed + " expected");

        robot.interact(() -> {
            status.set("40 cells: done");
            running.set(false);
        });
        assertEquals("40 cells: done", shownStatus(robot), "the end shows at once");
    }

    @Test
    void everyChangeShowsAtOnceWhenNothingRuns(FxRobot robot) {
        robot.interact(() -> status.set("1000 cells, about 54 s"));
        assertEquals("1000 cells, about 54 s", shownStatus(robot));
        robot.interact(() -> fraction.set(0.25));
        assertEquals(0.25, shownFraction(robot), 1e-12);
    }
}
