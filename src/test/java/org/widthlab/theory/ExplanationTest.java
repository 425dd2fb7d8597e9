package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;

/** The plain-language explanations name the inequality that decides the regime, with its values. */
class ExplanationTest {

    @Test
    void outputBlowUpNamesTheReadoutRate() {
        // SP with c = 1/2: 2a_{L+1} + c = 1/2 < 1, while r = 0 (features are fine).
        Parametrization p = Parametrization.of(exponents("0,0,0"), exponents("0,1/2,1/2"), Exponent.parse("1/2"), Activation.TANH);
        Verdict v = Verdict.of(p);

        assertEquals(Regime.UNSTABLE_IN_TRAINING, v.regime());
        assertEquals("Unstable in training: the output grows like n^1/2 because 2a_{L+1} + c = 1/2 < 1. Step 1"
                + " follows the predicted exponents; from step 2 on there is no single exponent: the blow-up compounds"
                + " (the loss gradient no longer stays Θ(1)).", v.explanation());
    }

    @Test
    void featureBlowUpNamesTheLayer() {
        Verdict v = Verdict.of(Preset.SP.at(3, Activation.RELU));
        assertTrue(v.explanation().contains("layer 2's update grows like n^1 because r_2 = −1 < 0"), v.explanation());
    }

    @Test
    void initializationBlowUpNamesTheLayerSum() {
        Parametrization p = Parametrization.of(exponents("0,0,1/2"), exponents("0,0,0"), Exponent.parse("0"), Activation.TANH);
        Verdict v = Verdict.of(p);

        assertEquals(Regime.UNSTABLE_AT_INIT, v.regime());
        assertTrue(v.explanation().contains("a_2 + b_2 = 0 ≠ 1/2"), v.explanation());
        assertTrue(v.laterSteps().isEmpty(), "no training predictions without a stable initialization");
    }

    @Test
    void trivialSaysTheOutputStopsMoving() {
        // NTP with c = 1: 2a_{L+1} + c = 2, ω + r = 1/2 + 3/2 = 2.
        Parametrization p = Parametrization.of(exponents("0,1/2,1/2"), exponents("0,0,0"), Exponent.parse("1"), Activation.TANH);
        Verdict v = Verdict.of(p);

        assertEquals(Regime.TRIVIAL, v.regime());
        assertTrue(v.explanation().startsWith("Trivial: the output's change vanishes like n^−1"), v.explanation());
    }

    @Test
    void linearNetworksCarryTheDichotomyCaveat() {
        Verdict v = Verdict.of(Preset.MUP.at(1, Activation.IDENTITY));
        assertTrue(v.caveats().stream().anyMatch(c -> c.contains("dichotomy fails")), v.caveats().toString());
    }

    private static java.util.List<Exponent> exponents(String text) {
        return Grammar.list(Values.EXPONENT, text);
    }

    /** TP4 Assumption 3.1 names tanh and σ-GELU: the others say they are outside its letter (theory.md §4). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Activation.class)
    void activationsOutsideAssumptionThreeOneSaySo(Activation phi) {
        String caveat = phi.caveat();
        switch (phi) {
            case TANH -> assertEquals("", caveat);
            case ERF, SIN, GELU -> assertTrue(caveat.contains("Assumption 3.1 names tanh and σ-GELU")
                    && caveat.contains("outside its letter"), caveat);
            case RELU -> assertTrue(caveat.contains("smooth"), caveat);
            case IDENTITY -> assertTrue(caveat.contains("dichotomy fails"), caveat);
        }
    }
}
