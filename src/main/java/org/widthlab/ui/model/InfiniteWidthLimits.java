package org.widthlab.ui.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.limits.ExperimentLimits;

/**
 * The limits package ({@link ExperimentLimits}, as the command line's {@code limit} uses it) as the window's
 * {@link LimitSource}: the exact n = ∞ loss curve averaged over the seeds, or, once a sweep completed, the
 * extrapolation of its seed-averaged loss curves where features are learned without an exact limit.
 */
public final class InfiniteWidthLimits implements LimitSource {

    @Override
    public Optional<LimitCurve> limitOf(Experiment e) {
        ExperimentLimits limits = ExperimentLimits.of(e);
        return limits.seedMeanLoss().map(loss -> curve(limits.firstSeed().label(), loss, true));
    }

    @Override
    public Optional<LimitCurve> fromCompletedSweep(Experiment e, List<Measurement> results) {
        return ExperimentLimits.of(e).extrapolation(results)
                .map(extrapolated -> curve(extrapolated.label(), extrapolated.lossCurve().orElseThrow(), false));
    }

    private static LimitCurve curve(String label, double[] loss, boolean exact) {
        return new LimitCurve(label, Arrays.stream(loss).boxed().toList(), exact);
    }
}
