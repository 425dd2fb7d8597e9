package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The presets table of theory.md §5 for L = 1..4. The expected r_l are written out by hand from that
 * table and from TP4 §3 (not computed with the formula under test):
 * SP: r_1 = 0, r_{l≥2} = −1 (unstable in training: 2a_{L+1}+c = 0 < 1);
 * SP with LR ∝ 1/n: r_1 = 3/2, r_{l≥2} = 1/2 (kernel);
 * NTP: every r_l = 1/2 (kernel); MFP (L = 1): r_1 = 0 (feature learning);
 * μP: every r_l = 0 (feature learning).
 */
class PresetClassificationTest {

    private static final Exponent MINUS_ONE = Exponent.of(-1);
    private static final Exponent THREE_HALVES = Exponent.of(3, 2);

    static Stream<Arguments> presetsAtDepths1To4() {
        List<Arguments> cases = new ArrayList<>();
        for (int depth = 1; depth <= 4; depth++) {
            cases.add(Arguments.of(Preset.SP, depth, Regime.UNSTABLE_IN_TRAINING,
                    firstThenRest(Exponent.ZERO, MINUS_ONE, depth)));
            cases.add(Arguments.of(Preset.SP_LR_1_OVER_N, depth, Regime.KERNEL,
                    firstThenRest(THREE_HALVES, Exponent.HALF, depth)));
            cases.add(Arguments.of(Preset.NTP, depth, Regime.KERNEL, Collections.nCopies(depth, Exponent.HALF)));
            cases.add(Arguments.of(Preset.MUP, depth, Regime.FEATURE_LEARNING,
                    Collections.nCopies(depth, Exponent.ZERO)));
        }
        cases.add(Arguments.of(Preset.MFP, 1, Regime.FEATURE_LEARNING, List.of(Exponent.ZERO)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at L = {1}: {2}")
    @MethodSource("presetsAtDepths1To4")
    void presetHasTheRegimeAndRatesOfTheTable(Preset preset, int depth, Regime regime, List<Exponent> rl) {
        Verdict v = Verdict.of(preset.at(depth, Activation.TANH));

        assertEquals(regime, v.regime());
        assertEquals(rl, v.rl());
        assertEquals(Collections.min(rl), v.r());
    }

    @ParameterizedTest(name = "μP at L = {0} updates every layer maximally")
    @MethodSource("depths")
    void muPIsTheParametrizationWithAllMaximalUpdates(int depth) {
        Verdict v = Verdict.of(Preset.MUP.at(depth, Activation.TANH));

        assertTrue(v.maximalLayers().stream().allMatch(b -> b));
        assertTrue(v.readoutUpdatedMaximally());
        assertTrue(v.readoutInitializedMaximally());
    }

    static Stream<Integer> depths() {
        return Stream.of(1, 2, 3, 4);
    }

    @ParameterizedTest(name = "SP at L = {0} fails only the training conditions")
    @MethodSource("depths")
    void standardParametrizationIsStableAtInitButNotInTraining(int depth) {
        Verdict v = Verdict.of(Preset.SP.at(depth, Activation.RELU));

        assertTrue(v.conditions().get(0).holds());
        assertEquals(depth >= 2, !v.conditions().get(1).holds(), "r ≥ 0 fails from L = 2 on (r = −1)");
        assertTrue(!v.conditions().get(2).holds(), "2a_{L+1} + c = 0 < 1");
        assertTrue(v.conditions().get(2).detail().contains("2a_{L+1} + c = 0 < 1"), v.conditions().get(2).detail());
    }

    @org.junit.jupiter.api.Test
    void mfpIsMuPShiftedByOneHalf() {
        Parametrization mup = Preset.MUP.at(1, Activation.TANH);
        Parametrization mfp = Preset.MFP.at(1, Activation.TANH);

        assertEquals(mfp, mup.shifted(Exponent.HALF));
        assertEquals(mup, mfp.canonical());
    }

    @org.junit.jupiter.api.Test
    void mfpIsRefusedBeyondDepthOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preset.MFP.at(2, Activation.TANH));
        assertTrue(e.getMessage().contains("L = 1"), e.getMessage());
    }

    private static List<Exponent> firstThenRest(Exponent first, Exponent rest, int depth) {
        List<Exponent> list = new ArrayList<>(Collections.nCopies(depth, rest));
        list.set(0, first);
        return list;
    }
}
