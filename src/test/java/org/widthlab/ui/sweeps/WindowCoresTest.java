package org.widthlab.ui.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A grid run from the window leaves one core to the window, and says so. */
class WindowCoresTest {

    @Test
    void leavesOneCoreToTheWindow() {
        assertEquals(1, new WindowCores(2).workers());
        assertEquals(7, new WindowCores(8).workers());
    }

    @Test
    void oneCoreIsShared() {
        assertEquals(1, new WindowCores(1).workers());
        assertEquals("1 core", new WindowCores(1).describe());
    }

    @Test
    void saysWhatTheSpareCoreIsFor() {
        assertEquals("1 of 2 cores; the other keeps the window responsive", new WindowCores(2).describe());
        assertEquals("7 of 8 cores; the one left keeps the window responsive", new WindowCores(8).describe());
    }

    @Test
    void refusesNoCores() {
        assertThrows(IllegalArgumentException.class, () -> new WindowCores(0));
    }
}
