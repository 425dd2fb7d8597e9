package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Exponent;

/** The one grammar of value lists: what each form expands to, and what a mistake is told. */
class ValueListsTest {

    @Test
    void integerRangesDoubleOrStep() {
        assertEquals(List.of(128, 256, 512, 1024, 2048), ValueLists.integers("128..2048"));
        assertEquals(List.of(64, 128, 256), ValueLists.integers("64..300"), "a doubling range stops at the last below");
        assertEquals(List.of(1, 2, 3, 4), ValueLists.integers("1..4 step 1"));
        assertEquals(List.of(64, 100, 300, 7), ValueLists.integers("64, 100 300; 7"));
    }

    @Test
    void powerRangesAreExactPowers() {
        List<Double> lr = ValueLists.numbers("2^-8..2^4");
        assertEquals(13, lr.size());
        assertEquals(Math.scalb(1.0, -8), lr.get(0));
        assertEquals(16.0, lr.get(12));
        assertEquals(List.of(0.001, 0.01, 0.1), ValueLists.numbers("10^-3..10^-1"));
        assertEquals(List.of(1.0, Math.sqrt(2), 2.0), ValueLists.numbers("2^0..2^1 step 1/2"));
        assertEquals(List.of(0.05, 0.001, 0.125), ValueLists.numbers("0.05, 1e-3, 2^-3"));
        assertEquals(List.of(0.1, 0.2, 0.3), ValueLists.numbers("0.1..0.3 step 0.1"), "decimal steps do not drift");
    }

    @Test
    void exponentRangesAreExact() {
        assertEquals(List.of(Exponent.of(-1, 2), Exponent.of(-1, 4), Exponent.ZERO, Exponent.of(1, 4), Exponent.HALF),
                ValueLists.exponents("-1/2..1/2 step 1/4"));
        assertEquals(List.of(Exponent.ZERO, Exponent.HALF, Exponent.INFINITY), ValueLists.exponents("0, 0.5, inf"));
        assertEquals(List.of("sp", "mup"), ValueLists.words(" sp , mup "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "integers|2048..128|from a smaller positive number to a larger one",
        "integers|64, abc|'abc' is not a whole number",
        "integers|''|give whole numbers",
        "numbers|0.1..1|give a step",
        "numbers|2^-8..10^2|need the same base",
        "numbers|fast|'fast' is not a number",
        "numbers|0..1 step 1e-9|use a larger step",
        "exponents|0..1|give a step",
        "exponents|1..0 step 1/2|runs upwards"})
    void mistakesAreToldWhatToWrite(String kind, String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            switch (kind) {
                case "integers" -> ValueLists.integers(text);
                case "numbers" -> ValueLists.numbers(text);
                default -> ValueLists.exponents(text);
            }
        });
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
