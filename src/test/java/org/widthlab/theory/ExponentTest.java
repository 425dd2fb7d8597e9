package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExponentTest {

    @ParameterizedTest(name = "''{0}'' is {1}/{2}")
    @CsvSource(delimiter = ';', value = {"-1/2;-1;2", "0.25;1;4", "1.5;3;2", "2;2;1", " -.5 ;-1;2", "6/4;3;2",
            "1/-2;-1;2", "0;0;1", "-0;0;1", "0.1;1;10"})
    void parsesExactly(String text, long numerator, long denominator) {
        assertEquals(Exponent.of(numerator, denominator), Exponent.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "INF", "+inf", "∞", "infinity"})
    void parsesInfinity(String text) {
        assertTrue(Exponent.parse(text).isInfinite());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1/0", "1//2", "0.5.1", "-inf", "1e400000"})
    void refusesWhatIsNotAnExponentWithTheTextInTheMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exponent.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void decimalArithmeticIsExact() {
        assertEquals(Exponent.parse("0.3"), Exponent.parse("0.1").plus(Exponent.parse("0.2")));
    }

    @Test
    void infinityAbsorbsFiniteAdditionAndComparesAboveEverything() {
        assertEquals(Exponent.INFINITY, Exponent.INFINITY.plus(Exponent.of(-1000)));
        assertTrue(Exponent.INFINITY.isGreaterThan(Exponent.of(1_000_000)));
        assertEquals(Exponent.of(7), Exponent.min(Exponent.INFINITY, Exponent.of(7)));
        assertThrows(ArithmeticException.class, () -> Exponent.ONE.minus(Exponent.INFINITY));
    }

    @Test
    void printsInTheFormItParses() {
        for (String text : new String[] {"-1/2", "3/2", "0", "inf", "-7"}) {
            assertEquals(text, Exponent.parse(text).toString());
        }
        assertEquals("−1/2", Exponent.parse("-1/2").toDisplayString());
        assertEquals("∞", Exponent.INFINITY.toDisplayString());
    }
}
