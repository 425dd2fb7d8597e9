package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window comes back where it was if that can still be reached, else centered on the main screen. */
class WindowPlaceTest {

    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void aPlaceOnAScreenIsKept() {
        WindowPlace onRight = new WindowPlace(2000, 50, 1000, 700, false);
        assertEquals(onRight, onRight.fittedTo(List.of(LEFT, RIGHT), LEFT));
        WindowPlace maximized = new WindowPlace(10, 10, 900, 600, true);
        assertEquals(maximized, maximized.fittedTo(List.of(LEFT), LEFT));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsCenteredOnTheMainOne() {
        WindowPlace wasOnRight = new WindowPlace(2000, 50, 1000, 700, false);
        assertEquals(new WindowPlace(460, 190, 1000, 700, false), wasOnRight.fittedTo(List.of(LEFT), LEFT));
    }

    @Test
    void aTitleBarOutOfReachOrTooLargeAWindowIsFitted() {
        WindowPlace aboveTheTop = new WindowPlace(100, -300, 800, 600, false);
        assertEquals(new WindowPlace(560, 240, 800, 600, false), aboveTheTop.fittedTo(List.of(LEFT), LEFT));
        WindowPlace onlyAnEdgeVisible = new WindowPlace(1900, 100, 800, 600, false);
        assertEquals(560, onlyAnEdgeVisible.fittedTo(List.of(LEFT), LEFT).x());
        WindowPlace huge = new WindowPlace(0, 0, 5000, 4000, false);
        assertEquals(new WindowPlace(0, 0, 1920, 1080, false), huge.fittedTo(List.of(LEFT), LEFT));
    }

    @Test
    void nonsenseIsNoPlace() {
        assertTrue(new WindowPlace(0, 0, 800, 600, false).isUsable());
        assertFalse(new WindowPlace(Double.NaN, 0, 800, 600, false).isUsable());
        assertFalse(new WindowPlace(0, 0, 800, Double.POSITIVE_INFINITY, false).isUsable());
        assertFalse(new WindowPlace(0, 0, 5, 600, false).isUsable());
    }
}
