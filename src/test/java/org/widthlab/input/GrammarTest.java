package org.widthlab.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.widthlab.engine.DataSetKind;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Preset;

/** The one input grammar: values, lists and ranges of every type, and the messages for what it refuses. */
class GrammarTest {

    @Test
    void widthsAreAListOrADoublingRange() {
        assertEquals(List.of(64, 128, 256, 512), Grammar.list(Values.SIZE, "64..512"));
        assertEquals(List.of(48, 96, 192), Grammar.list(Values.SIZE, " 48 .. 200 "), "a range stops at its end or below");
        assertEquals(List.of(32, 48, 100), Grammar.list(Values.SIZE, "32, 48 100"));
        assertEquals(List.of(16, 32, 64, 100), Grammar.list(Values.SIZE, "16..64, 100"), "ranges and values mix");
        assertEquals(List.of(8, 12, 16), Grammar.list(Values.SIZE, "8..16 step 4"));
    }

    @Test
    void countsCountAndNumbersDoubleOrStepThePower() {
        assertEquals(List.of(1, 2, 3, 4), Grammar.list(Values.COUNT, "1..4"));
        List<Double> rates = Grammar.list(Values.NUMBER, "2^-8..2^4");
        assertEquals(13, rates.size());
        // powers of two are exact in binary floating point
        assertEquals(IntStream.rangeClosed(-8, 4).mapToObj(k -> Math.scalb(1.0, k)).toList(), rates);
        assertEquals(List.of(1e-3, 1e-2, 1e-1, 1.0), Grammar.list(Values.NUMBER, "10^-3..10^0"));
        assertEquals(List.of(1.0, Math.sqrt(2), 2.0), Grammar.list(Values.NUMBER, "2^0..2^1 step 1/2"));
        assertEquals(List.of(0.1, 0.2, 0.3), Grammar.list(Values.NUMBER, "0.1..0.3 step 0.1"), "decimal steps do not drift");
        assertEquals(List.of(0.0, 0.25, 0.5), Grammar.list(Values.NUMBER, "0..0.5 step 0.25"));
    }

    @Test
    void aNumberIsADecimalAFractionOrAPower() {
        assertEquals(0.05, Grammar.one(Values.NUMBER, "0.05"));
        assertEquals(0.125, Grammar.one(Values.NUMBER, "1/8"));
        assertEquals(0.125, Grammar.one(Values.NUMBER, "2^-3"));
        assertEquals(1e-3, Grammar.one(Values.NUMBER, "1e-3"));
        String comma = assertThrows(InputException.class, () -> Grammar.one(Values.NUMBER, "0,5")).getMessage();
        assertTrue(comma.contains("decimal point"), comma);
    }

    @Test
    void exponentRangesAreExactAndNeedAStep() {
        assertEquals(List.of(Exponent.ZERO, Exponent.of(1, 4), Exponent.HALF, Exponent.of(3, 4), Exponent.ONE),
                Grammar.list(Values.EXPONENT, "0..1 step 1/4"));
        assertEquals(List.of(Exponent.of(-1, 2), Exponent.ZERO, Exponent.INFINITY), Grammar.list(Values.EXPONENT,
                "-1/2, 0, inf"));
        assertTrue(assertThrows(InputException.class, () -> Grammar.list(Values.EXPONENT, "0..1")).getMessage()
                .contains("needs its step"));
    }

    @Test
    void choicesAreListedByTheirIds() {
        assertEquals(List.of(Preset.SP, Preset.MUP), Grammar.list(Values.PRESET, "sp,mup"));
        assertEquals(Activation.TANH, Grammar.one(Values.ACTIVATION, " TANH "));
        String unknown = assertThrows(InputException.class,
                () -> Grammar.one(Values.DATA_SET, "mnist")).getMessage();
        for (DataSetKind kind : DataSetKind.values()) {
            assertTrue(unknown.contains(kind.id()), unknown);
        }
        assertTrue(assertThrows(InputException.class, () -> Grammar.list(Values.PRESET,
                "sp..mup")).getMessage().contains("no ranges"));
    }

    @Test
    void everyListReadsBackFromItsFormat() {
        for (List<Integer> widths : List.of(List.of(64, 128, 256, 512), List.of(32, 48, 100), List.of(64, 128))) {
            assertEquals(widths, Grammar.list(Values.SIZE, Grammar.format(Values.SIZE, widths)));
        }
        assertEquals("64..512", Grammar.format(Values.SIZE, List.of(64, 128, 256, 512)));
        assertEquals("1..4", Grammar.format(Values.COUNT, List.of(1, 2, 3, 4)));
        for (double x : new double[] {0.05, 0.5, 1, 2.5e-7, 0.00390625, 123456.789}) {
            assertEquals(x, Grammar.one(Values.NUMBER, Values.NUMBER.format(x)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SIZE   | ''            | give a whole number",
        "SIZE   | 64..x         | 'x' is not a whole number",
        "SIZE   | 512..64       | is empty",
        "SIZE   | 0..64         | a doubling range starts at 1",
        "SIZE   | 64,,128       | empty item",
        "SIZE   | 64, y         | value 2: 'y' is not a whole number",
        "SIZE   | 1..100000000 step 1 | more than 10000 values",
        "SIZE   | 99999999999999999999 | is too large",
        "NUMBER | 0.1..1        | give a step",
        "NUMBER | 2^-8..10^2    | same base",
        "NUMBER | 0..1 step 1e-9 | more than 10000 values",
        "NUMBER | 1/0x          | is not a number",
        "NUMBER | 1e999         | is not a finite number",
    })
    void whatIsRefusedIsSaidInOneLine(String type, String text, String expected) {
        ValueType<?> valueType = type.equals("SIZE") ? Values.SIZE : Values.NUMBER;
        String message = assertThrows(InputException.class, () -> Grammar.list(valueType, text)).getMessage();
        assertTrue(message.contains(expected), message);
        assertTrue(message.length() < 200 && !message.contains("\n"), message);
    }

    @Test
    void aLongTextIsQuotedShort() {
        String digits = "1".repeat(400);
        String message = assertThrows(InputException.class, () -> Grammar.one(Values.NUMBER, digits + "x")).getMessage();
        assertTrue(message.length() < 120, message);
    }

    @Test
    void oneValueMeansOne() {
        assertTrue(assertThrows(InputException.class, () -> Grammar.one(Values.SIZE, "64..128")).getMessage()
                .contains("is a range"));
        assertTrue(assertThrows(InputException.class, () -> Grammar.one(Values.SIZE, "64 128")).getMessage()
                .contains("more than one value"));
    }

    @Test
    void learningRatesAreWrittenBackAsTheShortestText() {
        List<Double> powers = Grammar.list(Values.NUMBER, "2^-8..2^4");
        assertEquals("2^-8..2^4", Values.NUMBER.formatList(powers));
        assertEquals(powers, Grammar.list(Values.NUMBER, Values.NUMBER.formatList(powers)));
        List<Double> gap = List.of(0.25, 0.5, 2.0);
        assertEquals("0.25, 0.5, 2", Values.NUMBER.formatList(gap), "not consecutive powers: a list");
        assertEquals(gap, Grammar.list(Values.NUMBER, Values.NUMBER.formatList(gap)));
    }
}
