package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Verdict;

/**
 * The science, on small sweeps: measured log-log slopes of the feature change {@code Δh^l_t} (t ≥ 2)
 * against the exponents of theory.md §6, and μP's width invariance (in the spirit of mup's own
 * coordinate-check test).
 *
 * <p>The data set is {@code clusters}: with cross-entropy the backward signal {@code σ(f_0) − y} is set
 * mostly by the labels, whereas with squared error {@code f_0 − y} carries the network's random initial
 * output (almost one random number per seed, the outputs on a batch being strongly correlated), which
 * makes 4-seed averages too noisy for a ±0.2 check at these widths.
 */
class ScalingTest {

    /** theory.md §6: slopes match "to within about ±0.1–0.2" at moderate widths. */
    private static final double SLOPE_TOLERANCE = 0.2;
    private static final List<Integer> WIDTHS = List.of(256, 512, 1024, 2048);
    private static final int SEEDS = 4;
    private static final int STEPS = 3;
    private static final int DEPTH = 3;

    private static List<FittedSlope> deltaH(Preset preset, double lr) {
        Parametrization p = preset.at(DEPTH, Activation.RELU);
        Experiment e = Sweeps.experiment(p, DataSetKind.CLUSTERS, 8, 32, STEPS, lr, WIDTHS, SEEDS);
        SweepRecorder recorder = Sweeps.run(e);
        assertEquals(SweepOutcome.Status.COMPLETED, recorder.outcome().status());
        return SlopeFits.fit(Verdict.of(p), recorder.measurements()).stream()
                .filter(f -> f.quantity() == Quantity.DELTA_H && f.step() >= 2).toList();
    }

    private static void assertSlope(List<FittedSlope> fits, int layer, double expected) {
        List<FittedSlope> atLayer = fits.stream().filter(f -> f.layer() == layer).toList();
        assertEquals(STEPS - 1, atLayer.size());
        for (FittedSlope f : atLayer) {
            assertEquals(expected, f.predicted().slope(), 0.0, "the theory core's prediction");
            assertEquals(expected, f.slopeAll(), SLOPE_TOLERANCE, "Δh^" + layer + " at step " + f.step() + ": " + f);
        }
    }

    @Test
    void muPFeatureChangeIsWidthIndependent() {
        // theory.md §5-6: μP has every r_l = 0, so Δh^l = Θ(1).
        List<FittedSlope> fits = deltaH(Preset.MUP, 0.05);
        for (int l = 1; l <= DEPTH; l++) {
            assertSlope(fits, l, 0.0);
        }
    }

    @Test
    void ntpFeatureChangeDecaysLikeInverseSquareRoot() {
        // theory.md §5: NTP has r = 1/2, so Δh^L = Θ(n^{-1/2}).
        assertSlope(deltaH(Preset.NTP, 0.5), DEPTH, -0.5);
    }

    @Test
    void spWithLrOneOverNHasHiddenAndInputExponents() {
        // theory.md §5 worked check: r_1 = 3/2, r_2 = r_3 = 1/2, so Δh^1 = Θ(n^{-3/2}) and Δh^{2,3} = Θ(n^{-1/2}).
        List<FittedSlope> fits = deltaH(Preset.SP_LR_1_OVER_N, 0.5);
        assertSlope(fits, 1, -1.5);
        assertSlope(fits, 2, -0.5);
        assertSlope(fits, DEPTH, -0.5);
    }

    @Test
    void muPValuesAgreeAcrossWidths() {
        // mup's coordinate check: in μP the curves are flat, so values at n and 4n agree to a ratio band.
        double band = 1.35;
        Parametrization p = Preset.MUP.at(DEPTH, Activation.RELU);
        Experiment e = Sweeps.experiment(p, DataSetKind.CLUSTERS, 8, 32, STEPS, 0.05, List.of(256, 1024), SEEDS);
        List<FittedSlope> fits = SlopeFits.fit(Verdict.of(p), Sweeps.run(e).measurements());
        for (Quantity q : List.of(Quantity.H, Quantity.DELTA_H, Quantity.OWN_UPDATE, Quantity.DELTA_F)) {
            List<FittedSlope> atLast = fits.stream().filter(f -> f.quantity() == q && f.step() == STEPS).toList();
            assertTrue(!atLast.isEmpty());
            for (FittedSlope f : atLast) {
                double ratio = f.means().get(1) / f.means().get(0);
                assertTrue(ratio > 1 / band && ratio < band, q.id() + " layer " + f.layer() + ": ratio " + ratio);
            }
        }
    }
}
