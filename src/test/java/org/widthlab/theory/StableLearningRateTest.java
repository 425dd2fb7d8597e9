package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The width exponent of the largest stable learning rate (theory.md §4): SP needs c ≥ 1 (TP4 §3: SP with
 * η ∝ 1/n is the stable kernel limit), μP, NTP and SP with η ∝ 1/n are stable as they are.
 */
class StableLearningRateTest {

    @Test
    void presets() {
        for (int depth = 1; depth <= 4; depth++) {
            assertEquals(Optional.of(Exponent.of(-1)), StableLearningRate.widthExponent(Preset.SP.at(depth, Activation.TANH)));
            assertEquals(Optional.of(Exponent.ZERO), StableLearningRate.widthExponent(Preset.MUP.at(depth, Activation.RELU)));
            assertEquals(Optional.of(Exponent.ZERO), StableLearningRate.widthExponent(Preset.NTP.at(depth, Activation.TANH)));
            assertEquals(Optional.of(Exponent.ZERO),
                    StableLearningRate.widthExponent(Preset.SP_LR_1_OVER_N.at(depth, Activation.TANH)));
        }
        assertEquals(Optional.of(Exponent.ZERO), StableLearningRate.widthExponent(Preset.MFP.at(1, Activation.TANH)));
    }

    @Test
    void aParametrizationUnstableAtInitializationHasNone() {
        Parametrization blowsUp = Parametrization.of(exponents("0,0,0"), exponents("0,0,0"), Exponent.ZERO, Activation.TANH);
        assertTrue(StableLearningRate.widthExponent(blowsUp).isEmpty());
    }

    @Test
    void theShiftIsExactBetweenGridPoints() {
        // μP with c = 1/3 is stable; lowering c by 1/3 keeps it stable, any further does not: η* ∝ n^{1/3}.
        Parametrization p = Parametrization.of(exponents("-1/2,0,1/2"), exponents("1/2,1/2,1/2"), Exponent.of(1, 3), Activation.TANH);
        assertEquals(Optional.of(Exponent.of(1, 3)), StableLearningRate.widthExponent(p));
    }

    private static java.util.List<Exponent> exponents(String text) {
        return org.widthlab.input.Grammar.list(org.widthlab.input.Values.EXPONENT, text);
    }
}
