package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Exponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.widthlab.io.Json;

/** The JSON contract of {@code classify} checked against the examples of theory.md. */
class ClassifyCommandTest {

    private static final double EXACT = 0.0;

    private static JsonNode classify(String... args) throws Exception {
        CliRunner result = CliRunner.run(args);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        return Json.MAPPER.readTree(result.out());
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> list = new ArrayList<>();
        array.forEach(n -> list.add(n.isNull() ? null : n.asDouble()));
        return list;
    }

    @Test
    void workedExampleOfTheTheoryPage() throws Exception {
        // theory.md §5 "Worked check" and §6: SP, LR ∝ 1/n, L = 3.
        JsonNode v = classify("classify", "--preset", "sp-lr1n", "--depth", "3");

        assertEquals("kernel", v.get("regime").asText());
        assertEquals(0.5, v.get("r").asDouble(), EXACT);
        assertEquals(List.of(1.5, 0.5, 0.5), numbers(v.get("rl")));
        assertEquals(0.5, v.get("omega").asDouble(), EXACT);
        assertTrue(v.get("stable").asBoolean());
        assertTrue(v.get("nontrivial").asBoolean());
        assertFalse(v.get("featureLearning").asBoolean());
        assertEquals(List.of(-1.5, -0.5, -0.5), numbers(v.get("exponents").get("deltaH")));
        assertEquals(List.of(-1.5, -0.5, -0.5), numbers(v.get("exponents").get("deltaX")));
        assertEquals(-1.0, v.get("exponents").get("featureKernelChange").asDouble(), EXACT, "e = 1, not r = 1/2");
        assertEquals(0.0, v.get("exponents").get("deltaF").asDouble(), EXACT);
        assertEquals(0.0, v.get("exponents").get("f0").asDouble(), EXACT, "f_0 = Θ(n^{1/2−ω}), ω = 1/2");
        assertTrue(v.get("explanation").asText().startsWith("Kernel regime"));
        // the exact fractions beside the numbers
        assertEquals("1/2", v.get("rExact").asText());
        assertEquals("[\"3/2\",\"1/2\",\"1/2\"]", v.get("rlExact").toString());
        assertEquals("[\"-3/2\",\"-1/2\",\"-1/2\"]", v.get("exponentsExact").get("deltaH").toString());
        assertEquals("-1", v.get("exponentsExact").get("featureKernelChange").asText());
    }

    @Test
    void anExponentWithNoShortDecimalIsGivenAsItsFraction() throws Exception {
        // a_1 + b_1 = 0 with thirds: the JSON number is 0.333…, the exact string "1/3"
        JsonNode v = classify("classify", "--a", "-1/3,1/3", "--b", "1/3,1/6", "--c", "1/3");
        assertEquals(v.get("canonical").get("c").asText(), "0");
        assertEquals(v.get("omega").asDouble(), Exponent.parse(v.get("omegaExact").asText()).toDouble(), EXACT);
        assertEquals("1/2", v.get("omegaExact").asText(), "ω = a_2 + b_2 = 1/3 + 1/6");
    }

    @ParameterizedTest(name = "{0} at L = {1} is {2} with r = {3}")
    @CsvSource({"mup,3,feature-learning,0", "ntp,2,kernel,0.5", "sp,3,unstable-in-training,-1",
            "sp-lr1n,1,kernel,1.5", "mfp,1,feature-learning,0"})
    void presetsFromTheTable(String preset, int depth, String regime, double r) throws Exception {
        JsonNode v = classify("classify", "--preset", preset, "--depth", String.valueOf(depth));

        assertEquals(regime, v.get("regime").asText());
        assertEquals(r, v.get("r").asDouble(), EXACT);
        assertEquals(depth, v.get("rl").size());
        JsonNode exponents = v.get("exponents");
        assertEquals(depth, exponents.get("firstStep").get("deltaH").size());
        if (regime.equals("unstable-in-training")) {
            assertTrue(exponents.get("deltaH").isNull(), "nothing predicted from step 2 on");
            assertEquals("no single exponent: the blow-up compounds", exponents.get("laterStepsNote").asText());
        } else {
            assertEquals(depth, exponents.get("deltaH").size());
            assertEquals(depth, exponents.get("deltaX").size());
            assertTrue(exponents.get("laterStepsNote").isNull());
        }
    }

    @Test
    void explicitExponentsWithAZeroReadout() throws Exception {
        JsonNode v = classify("classify", "--a", "-1/2,0,0,1/2", "--b", "1/2,1/2,1/2,inf", "--c", "0");

        assertEquals("feature-learning", v.get("regime").asText());
        assertTrue(v.get("omega").isNull(), "ω = ∞ has no JSON number");
        assertTrue(v.get("exponents").get("f0").isNull(), "f0 is null for a zero readout");
        assertEquals(List.of(0.0, 0.0, 0.0), numbers(v.get("exponents").get("deltaH")));
        assertTrue(v.get("exponents").get("firstStep").get("deltaH").get(0).isNull(),
                "nothing below the readout moves in step 1");
    }

    @Test
    void nontrivialIsFalseWheneverUnstable() throws Exception {
        JsonNode v = classify("classify", "--preset", "sp", "--depth", "2");
        assertFalse(v.get("stable").asBoolean());
        assertFalse(v.get("nontrivial").asBoolean());
    }

    @ParameterizedTest(name = "{0} → ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "--a 0,0 --b 0 --c 1|--a/--b: a has 2 values but b has 1",
        "--a 0,x --b 0,0 --c 1|--a: value 2: 'x' is not an exponent",
        "--a 0 --b 0 --c 0|depth L must lie in 1..100",
        "--preset mup --depth 0|depth L must lie in 1..100",
        "--preset mup --depth 2147483647|depth L must lie in 1..100",
        "--preset nope|unknown preset 'nope'",
        "--preset mfp --depth 2|defined for depth L = 1 only",
        "--a 0,0 --b 0,0|give --preset NAME, or all three of --a, --b and --c",
        "--preset mup --depth two|--depth: 'two' is not a whole number",
        "--preset mup --activation swish|unknown activation 'swish'"})
    void badInputExitsNonZeroWithOneLineNamingTheProblem(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("classify"));
        argv.addAll(List.of(args.split(" ")));
        CliRunner result = CliRunner.run(argv.toArray(String[]::new));

        assertEquals(WidthLabCli.USAGE_ERROR, result.exitCode());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(message), result.err());
    }
}
