package org.widthlab.ui.model;

import java.util.Optional;
import org.widthlab.engine.Experiment;

/**
 * The n = ∞ curve of an experiment, where an exact limit exists. Called off the UI thread when a
 * sweep starts (a limit can take a moment to compute); {@link DesktopApp} passes the limits package.
 */
@FunctionalInterface
public interface LimitSource {

    /** The training-loss curve at infinite width, or empty when the theory gives none for {@code e}. */
    Optional<LimitCurve> limitOf(Experiment e);

    static LimitSource none() {
        return e -> Optional.empty();
    }
}
