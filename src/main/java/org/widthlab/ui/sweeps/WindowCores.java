package org.widthlab.ui.sweeps;

import java.util.Locale;
import org.widthlab.linalg.MatrixKernels;

/**
 * How many of the machine's cores a grid run from the window uses: all but one, which is left to the window
 * itself (its JavaFX thread, the thread that renders its frames, and the garbage collector), so that frames
 * keep coming while cells compute. A grid run here therefore takes longer than the command line's
 * {@code grid}, which uses every core (the README gives the figures for two cores); with one core the grid
 * shares it.
 *
 * @param cores the cores the JVM may use
 */
record WindowCores(int cores) {

    WindowCores {
        if (cores < 1) {
            throw new IllegalArgumentException("need at least one core, got " + cores);
        }
    }

    static WindowCores ofThisMachine() {
        return new WindowCores(MatrixKernels.cores());
    }

    /** How many cells run at once. */
    int workers() {
        return Math.max(1, cores - 1);
    }

    /** "1 of 2 cores; the other keeps the window responsive", for the grid's size and progress lines. */
    String describe() {
        if (cores == 1) {
            return "1 core";
        }
        return String.format(Locale.ROOT, "%d of %d cores; the %s keeps the window responsive", workers(), cores,
                cores == 2 ? "other" : "one left");
    }
}
