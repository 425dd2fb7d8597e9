package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The width exponents of the last-layer feature kernel change and of Δx (theory.md §6): the kernel change is
 * Θ(n^{−e}), {@code e = r + min(r, 1/2 + ω − m, 2a_{L+1} + c − m)}, not n^{−r}; Δx^L is Θ(n^{−r}). The expected
 * values are the (an audit against TP4 and measured slopes of −0.96…−1.05 and −2.02).
 */
class FeatureKernelChangeTest {

    @ParameterizedTest(name = "{0} at L = {1}: feature kernel change n^{2} (step 1: n^{3})")
    @CsvSource({
        "NTP, 1, -1, -1", "NTP, 2, -1, -1", "NTP, 3, -1, -1", "NTP, 4, -1, -1",
        "SP_LR_1_OVER_N, 1, -2, -2", "SP_LR_1_OVER_N, 2, -1, -1", "SP_LR_1_OVER_N, 3, -1, -1",
        "SP_LR_1_OVER_N, 4, -1, -1", "MUP, 1, 0, 0", "MUP, 3, 0, 0", "MFP, 1, 0, 0"})
    void featureKernelChangeFollowsTheCorrectedExponent(Preset preset, int depth, String later, String first) {
        Verdict v = Verdict.of(preset.at(depth, Activation.TANH));
        assertEquals(Scaling.power(Exponent.parse(later)), v.laterSteps().orElseThrow().featureKernelChange());
        assertEquals(Scaling.power(Exponent.parse(first)), v.firstStep().orElseThrow().featureKernelChange());
    }

    /**
     * The zero-mean part 2x_0·Δx/n decays like n^{−(r−m+ω)−1/2} (step 1: n^{−r−1/2}): in μP n^{−1/2} against a
     * Θ(1) change (fits at widths 64–2048 gave −0.15…−0.61 at step 1), in NTP and SP with LR ∝ 1/n it is one of
     * the leading terms itself.
     */
    @ParameterizedTest(name = "{0} at L = {1}: zero-mean part n^{2} (step 1: n^{3}), of lower order: {4}")
    @CsvSource({
        "MUP, 1, -1/2, -1/2, true", "MUP, 3, -1/2, -1/2, true", "MFP, 1, -1/2, -1/2, true",
        "NTP, 1, -1, -1, false", "NTP, 3, -1, -1, false",
        "SP_LR_1_OVER_N, 1, -2, -2, false", "SP_LR_1_OVER_N, 3, -1, -1, false"})
    void theZeroMeanPartOfTheKernelChangeIsOfLowerOrderOnlyWhenFeaturesMoveFully(Preset preset, int depth,
            String later, String first, boolean subleading) {
        Verdict v = Verdict.of(preset.at(depth, Activation.RELU));
        for (PredictedExponents e : List.of(v.laterSteps().orElseThrow(), v.firstStep().orElseThrow())) {
            assertEquals(subleading, e.featureKernelFluctuationSubleading());
        }
        assertEquals(Scaling.power(Exponent.parse(later)), v.laterSteps().orElseThrow().featureKernelFluctuation());
        assertEquals(Scaling.power(Exponent.parse(first)), v.firstStep().orElseThrow().featureKernelFluctuation());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void ntpWithAZeroReadoutIsMinusOneNotTwiceR(int depth) {
        Verdict v = Verdict.of(Preset.NTP.at(depth, Activation.RELU).withZeroReadout());
        assertEquals(Exponent.ONE, v.r());
        assertEquals(Scaling.power(Exponent.of(-1)), v.laterSteps().orElseThrow().featureKernelChange(),
                "e = r + min(r, ∞, 2a_{L+1} + c − m) = 1 + 0");
        assertTrue(v.firstStep().orElseThrow().featureKernelChange().isExactlyZero(), "nothing moves in step 1");
        assertTrue(v.laterSteps().orElseThrow().featureKernelFluctuation().isExactlyZero(), "no random readout");
    }

    @ParameterizedTest
    @CsvSource({"NTP, 3", "SP_LR_1_OVER_N, 1", "SP_LR_1_OVER_N, 3", "MUP, 2"})
    void activationChangeIsNToTheMinusRAtTheLastLayerAndFollowsDeltaHBelow(Preset preset, int depth) {
        Verdict v = Verdict.of(preset.at(depth, Activation.TANH));
        PredictedExponents later = v.laterSteps().orElseThrow();
        assertEquals(Scaling.decay(v.r()), later.deltaX().get(depth - 1), "TP4's own definition of r");
        assertEquals(later.deltaH(), later.deltaX(), "Δx^l = φ'(h^l) Δh^l: Θ(n^{−min(r_1..r_l)})");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void unstableInTrainingIsPredictedForStepOneOnly(int depth) {
        Verdict v = Verdict.of(Preset.SP.at(depth, Activation.TANH));
        assertEquals(Regime.UNSTABLE_IN_TRAINING, v.regime());
        assertTrue(v.laterSteps().isEmpty(), "from step 2 on the blow-up compounds");
        assertEquals(Verdict.COMPOUNDING, v.laterStepsNote());
        assertTrue(v.explanation().contains(Verdict.COMPOUNDING), v.explanation());
        // Step 1 is still predicted: r_l with ω in place of min(ω, 2a_{L+1} + c).
        PredictedExponents first = v.firstStep().orElseThrow();
        assertEquals(Exponent.HALF.negate(), first.deltaH().get(0).exponent(),
                "r_1 at step 1 = ω + c − 1 + 2a_1 + 1 = 1/2");
        assertTrue(v.atStep(2).isEmpty());
    }
}
