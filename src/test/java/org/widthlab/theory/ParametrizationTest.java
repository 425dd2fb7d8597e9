package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;

class ParametrizationTest {

    private static List<Exponent> exponents(String text) {
        return Grammar.list(Values.EXPONENT, text);
    }

    @Test
    void takesTheExponentsOfEveryLayer() {
        Parametrization p = Parametrization.of(exponents("-1/2, 0, 0, 0.5"), exponents("1/2,1/2,1/2,inf"),
                Exponent.ZERO, Activation.RELU);

        assertEquals(3, p.depth());
        assertEquals(Exponent.of(-1, 2), p.a(1));
        assertEquals(Exponent.HALF, p.a(4));
        assertTrue(p.readoutStartsAtZero());
    }

    @Test
    void mismatchedLengthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parametrization.of(exponents("0,0,0"), exponents("0,0"), Exponent.ZERO, Activation.RELU));
        assertTrue(e.getMessage().contains("a has 3 values but b has 2"), e.getMessage());
    }

    @Test
    void onlyTheReadoutMayStartAtZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parametrization.of(exponents("0,0,0"), exponents("0,inf,0"), Exponent.ZERO, Activation.RELU));
        assertTrue(e.getMessage().startsWith("b_2 must be finite"), e.getMessage());
    }

    @Test
    void depthBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parametrization.of(exponents("0"), exponents("0"), Exponent.ZERO, Activation.RELU));
        assertTrue(e.getMessage().contains("depth L must lie in 1..100 (every hidden layer gets its own exponents, curves and readout), got 0"), e.getMessage());
    }

    @Test
    void canonicalFormHasCEqualToZeroAndTheSameFunction() {
        Parametrization p = Preset.SP_LR_1_OVER_N.at(2, Activation.RELU);
        Parametrization canonical = p.canonical();

        assertEquals(Exponent.ZERO, canonical.c());
        assertEquals(List.of(Exponent.HALF, Exponent.HALF, Exponent.HALF), canonical.a());
        assertEquals(List.of(Exponent.of(-1, 2), Exponent.ZERO, Exponent.ZERO), canonical.b());
    }

    /**
     * theory.md §5, "μP in the effective view": the input layer starts at N(0, 1) and learns at η n, hidden layers
     * start at N(0, 1/n) and learn at η, the readout starts at N(0, 1/n²) and learns at η/n.
     */
    @Test
    void muPInTheEffectiveView() {
        Parametrization mup = Preset.MUP.at(3, Activation.RELU);
        int n = 256;
        double eta = 0.5;

        assertEquals(List.of(Exponent.ZERO, Exponent.HALF, Exponent.HALF, Exponent.ONE),
                List.of(mup.initExponent(1), mup.initExponent(2), mup.initExponent(3), mup.initExponent(4)));
        assertEquals(Exponent.ONE, mup.omega());
        assertEquals(Exponent.ONE, mup.readoutRateExponent());
        assertEquals(1.0, mup.initialStd(1, n));
        assertEquals(1 / 16.0, mup.initialStd(2, n));
        assertEquals(1 / 256.0, mup.initialStd(4, n));
        assertEquals(eta * n, mup.layerLearningRate(1, eta, n), 1e-12);
        assertEquals(eta, mup.layerLearningRate(2, eta, n), 1e-12);
        assertEquals(eta / n, mup.layerLearningRate(4, eta, n), 1e-15);
        assertEquals(0.0, mup.withZeroReadout().initialStd(4, n), "a zero readout starts at exactly zero");
    }
}
