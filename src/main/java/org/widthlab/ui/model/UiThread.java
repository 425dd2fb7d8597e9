package org.widthlab.ui.model;

import javafx.application.Platform;

/**
 * Where results computed on a background thread are handed over to (JabRef's executor seam): the
 * JavaFX Application Thread in the window, the calling thread in unit tests. Only code running on it
 * may touch view models, the scene graph and chart datasets.
 */
@FunctionalInterface
public interface UiThread {

    /** Runs {@code action} on the UI thread, later. */
    void execute(Runnable action);

    /** The JavaFX Application Thread. */
    static UiThread fx() {
        return Platform::runLater;
    }

    /** Runs every action at once on the calling thread (unit tests of view models). */
    static UiThread direct() {
        return Runnable::run;
    }
}
