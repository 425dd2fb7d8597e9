package org.widthlab.ui.model;

import org.widthlab.engine.Experiment;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepListener;

/**
 * Starts a width sweep on a background thread and returns at once: the window's one door to the
 * engine. Tests pass a hand-made one; {@link DesktopApp} passes the engine's sweep runner.
 */
@FunctionalInterface
public interface SweepStarter {

    /** Starts the sweep; {@code listener} is called on the sweep's own thread. */
    SweepHandle start(Experiment experiment, SweepListener listener);
}
