package org.widthlab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.phase.ExponentAxis;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.TrainingData;
import org.widthlab.limits.LimitCalculator;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/** The n = ∞ curve the training chart draws, from the limits package. */
class InfiniteWidthLimitsTest {

    private static final double SAME = 1e-12;

    private static Experiment experiment(Parametrization p, int seeds) {
        return new Experiment(p, DataSetKind.GAUSSIAN, 4, 8, 3, 0.05, List.of(64, 128), seeds, 5, false);
    }

    private static Parametrization ntpWithZeroReadout() {
        return ExponentAxis.b(3).with(Preset.NTP.at(2, Activation.RELU), Exponent.INFINITY);
    }

    @Test
    void aKernelRegimeLimitIsTheMeanOverSeedsOfEachSeedsOwnLimit() {
        Experiment e = experiment(ntpWithZeroReadout(), 2);

        Optional<LimitCurve> curve = new InfiniteWidthLimits().limitOf(e);

        assertTrue(curve.isPresent());
        assertEquals("n = ∞ (exact kernel limit)", curve.get().label());
        assertEquals(e.steps() + 1, curve.get().lossByStep().size());
        double[] first = LimitCalculator.compute(e, TrainingData.of(e, 0))
                .lossCurve().orElseThrow();
        double[] second = LimitCalculator.compute(e, TrainingData.of(e, 1))
                .lossCurve().orElseThrow();
        for (int t = 0; t <= e.steps(); t++) {
            assertEquals((first[t] + second[t]) / 2, curve.get().lossByStep().get(t), SAME);
        }
    }

    @Test
    void noCurveWithoutAnExactLimit() {
        // deep μP: no exact limit (theory.md §7)
        assertTrue(new InfiniteWidthLimits().limitOf(experiment(Preset.MUP.at(2, Activation.RELU), 1)).isEmpty());
    }

    @Test
    void withAnInitialOutputThatStaysTheCurveIsTheExpectedLoss() {
        // NTP with a Gaussian readout: f_0 ~ N(0, Σ^{L+1}), so the limit of the mean loss exceeds that of the mean output
        Experiment e = experiment(Preset.NTP.at(2, Activation.RELU), 1);
        LimitCurve curve = new InfiniteWidthLimits().limitOf(e).orElseThrow();
        // the mean output starts at 0, so its loss is Σ y²/(2B); the expected loss adds tr Σ^{L+1}/(2B) > 0
        double[] targets = TrainingData.of(e, 0).targets();
        double meanOutputLoss = java.util.Arrays.stream(targets).map(y -> y * y).sum() / (2.0 * targets.length);
        assertTrue(curve.lossByStep().get(0) > meanOutputLoss, curve.lossByStep() + " vs " + meanOutputLoss);
    }
}
