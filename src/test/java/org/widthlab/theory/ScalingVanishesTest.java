package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScalingVanishesTest {

    @Test
    void onlyExactZerosAndNegativeExponentsVanish() {
        assertTrue(Scaling.EXACTLY_ZERO.vanishes());
        assertTrue(Scaling.decay(Exponent.HALF).vanishes());
        assertTrue(Scaling.decay(Exponent.INFINITY).vanishes());
        assertFalse(Scaling.CONSTANT.vanishes(), "Θ(1) stays");
        assertFalse(Scaling.power(Exponent.HALF).vanishes());
    }
}
