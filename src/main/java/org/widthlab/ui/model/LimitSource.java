package org.widthlab.ui.model;

import java.util.List;
import java.util.Optional;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;

/**
 * The n = ∞ curve of an experiment. Called off the UI thread (a limit can take a moment to compute):
 * {@link #limitOf} when a sweep starts, {@link #fromCompletedSweep} when it completes; {@code DesktopApp}
 * passes the limits package ({@link InfiniteWidthLimits}). A failure is reported to the user.
 */
@FunctionalInterface
public interface LimitSource {

    /** The exact training-loss curve at infinite width, or empty when the theory gives none for {@code e}. */
    Optional<LimitCurve> limitOf(Experiment e);

    /**
     * What stands in for a missing exact limit once a sweep of {@code e} completed with {@code results} (an
     * extrapolation of the finite widths, labelled as such), or empty.
     */
    default Optional<LimitCurve> fromCompletedSweep(Experiment e, List<Measurement> results) {
        return Optional.empty();
    }

    static LimitSource none() {
        return e -> Optional.empty();
    }
}
