package org.widthlab.ui.model;

import java.util.Arrays;
import java.util.Optional;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.TrainingData;
import org.widthlab.limits.LimitCalculator;
import org.widthlab.limits.LimitResult;

/**
 * The limits package as the window's {@link LimitSource}: the n = ∞ loss curve on each seed's own
 * training data, averaged over the seeds as the training chart averages the finite widths. Empty when
 * the theory gives no exact limit of the seed-averaged loss for the experiment.
 */
public final class InfiniteWidthLimits implements LimitSource {

    @Override
    public Optional<LimitCurve> limitOf(Experiment e) {
        double[] sum = null;
        String label = null;
        for (int s = 0; s < e.seeds(); s++) {
            TrainingData data = TrainingData.of(e, s);
            LimitResult limit = LimitCalculator.compute(e, data.inputs(), data.targets());
            Optional<double[]> loss = limit.lossCurve();
            if (loss.isEmpty()) {
                return Optional.empty();
            }
            if (sum == null) {
                sum = new double[loss.get().length];
                label = limit.label();
            }
            for (int t = 0; t < sum.length; t++) {
                sum[t] += loss.get()[t];
            }
        }
        double seeds = e.seeds();
        return Optional.of(new LimitCurve(label, Arrays.stream(sum).map(x -> x / seeds).boxed().toList()));
    }
}
