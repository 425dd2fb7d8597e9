package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParametrizationTest {

    @Test
    void parsesTheExponentsOfEveryLayer() {
        Parametrization p = Parametrization.parse("-1/2, 0, 0, 0.5", "1/2,1/2,1/2,inf", "0", Activation.RELU);

        assertEquals(3, p.depth());
        assertEquals(Exponent.of(-1, 2), p.a(1));
        assertEquals(Exponent.HALF, p.a(4));
        assertTrue(p.readoutStartsAtZero());
    }

    @Test
    void mismatchedLengthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parametrization.parse("0,0,0", "0,0", "0", Activation.RELU));
        assertTrue(e.getMessage().contains("--a has 3 values but --b has 2"), e.getMessage());
    }

    @Test
    void theFaultyValueIsNamedByLayer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parametrization.parse("0,x,0", "0,0,0", "0", Activation.RELU));
        assertTrue(e.getMessage().startsWith("a_2: 'x' is not an exponent"), e.getMessage());
    }

    @Test
    void depthBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parametrization.parse("0", "0", "0", Activation.RELU));
        assertTrue(e.getMessage().contains("depth L must be at least 1, got 0"), e.getMessage());
    }

    @Test
    void canonicalFormHasCEqualToZeroAndTheSameFunction() {
        Parametrization p = Preset.SP_LR_1_OVER_N.at(2, Activation.RELU);
        Parametrization canonical = p.canonical();

        assertEquals(Exponent.ZERO, canonical.c());
        assertEquals(List.of(Exponent.HALF, Exponent.HALF, Exponent.HALF), canonical.a());
        assertEquals(List.of(Exponent.of(-1, 2), Exponent.ZERO, Exponent.ZERO), canonical.b());
    }
}
