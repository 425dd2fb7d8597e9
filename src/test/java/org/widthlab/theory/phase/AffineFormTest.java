package org.widthlab.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Preset;

/** A quantity of the theory read off as an affine form of a slice's two exponents. */
class AffineFormTest {

    @Test
    void theReadoutRateOnTheReadoutMultiplierAndLearningRateSlice() {
        SliceFrame frame = new SliceFrame(Preset.MUP.at(2, Activation.TANH), ExponentAxis.a(3), ExponentAxis.C);

        AffineForm rate = AffineForm.of(Parametrization::readoutRateExponent, frame);

        // 2a_{L+1} + c (theory.md §3)
        assertEquals(new AffineForm(Exponent.of(2), Exponent.ONE, Exponent.ZERO), rate);
        assertEquals("2a_{3} + c < 1", rate.minus(Exponent.ONE).toLatex("a_{3}", "c", "<"));
        assertEquals("-\\tfrac{1}{2}c \\ge 0", new AffineForm(Exponent.ZERO, Exponent.of(-1, 2), Exponent.ZERO)
                .toLatex("a_{3}", "c", "\\ge"));
    }
}
