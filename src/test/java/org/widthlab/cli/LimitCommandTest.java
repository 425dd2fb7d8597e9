package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.widthlab.io.Json;

/** The JSON contract of {@code limit}. */
class LimitCommandTest {

    private static final double ROUNDING = 1e-12;
    private static final String[] SMALL = {"--data", "teacher", "--input-dim", "2", "--batch", "6", "--lr", "0.2"};

    private static JsonNode limit(String... args) throws Exception {
        String[] all = new String[args.length + SMALL.length + 1];
        all[0] = "limit";
        System.arraycopy(SMALL, 0, all, 1, SMALL.length);
        System.arraycopy(args, 0, all, 1 + SMALL.length, args.length);
        CliRunner result = CliRunner.run(all);
        assertEquals(0, result.exitCode(), result.err());
        return Json.MAPPER.readTree(result.out());
    }

    @Test
    void kernelRegimeGivesDataKernelsAndOutputs() throws Exception {
        JsonNode j = limit("--preset", "ntp", "--depth", "2", "--steps", "4");
        assertEquals("kernel-exact", j.get("kind").asText());
        assertEquals(6, j.get("inputs").size());
        assertEquals(2, j.get("inputs").get(0).size());
        assertEquals(6, j.get("targets").size());
        assertEquals(5, j.get("f").size(), "t = 0..T");
        assertEquals(6, j.get("f").get(4).size());
        assertEquals(5, j.get("loss").size());
        // ReLU halves the second moment per layer (Cho & Saul 2009): Σ^3(ξ, ξ) = |ξ|²/4.
        JsonNode x = j.get("inputs").get(0);
        double norm2 = x.get(0).asDouble() * x.get(0).asDouble() + x.get(1).asDouble() * x.get(1).asDouble();
        assertEquals(norm2 / 4, j.get("nngp").get(0).get(0).asDouble(), ROUNDING);
        // Θ^3 on the diagonal: Σ^3 + Σ̇^3(Σ^2 + Σ̇^2 Σ^1) = |ξ|²(1/4 + 1/2(1/2 + 1/2)) = 3|ξ|²/4.
        assertEquals(0.75 * norm2, j.get("ntk").get(0).get(0).asDouble(), ROUNDING);
        assertEquals(j.get("ntk"), j.get("limitingKernel"));
    }

    @Test
    void deepMupIsExtrapolatedFromFiniteWidthsAndSaysSo() throws Exception {
        JsonNode j = limit("--preset", "mup", "--depth", "2", "--steps", "2", "--widths", "64,256");
        assertEquals("extrapolated", j.get("kind").asText());
        assertTrue(j.get("label").asText().contains("not the limit"));
        assertTrue(j.get("f").isNull());
        assertEquals(3, j.get("loss").size());
        assertTrue(j.get("limitingKernel").isNull());
    }

    @Test
    void deepMupWithOneWidthHasNoLimit() throws Exception {
        JsonNode j = limit("--preset", "mup", "--depth", "3", "--widths", "64");
        assertEquals("none", j.get("kind").asText());
        assertTrue(j.get("f").isNull());
        assertTrue(j.get("explanation").asText().contains("no exact"));
    }

    @Test
    void depthOneMupGivesTheFeatureLearningLimit() throws Exception {
        JsonNode j = limit("--preset", "mup", "--depth", "1", "--activation", "tanh", "--steps", "3");
        assertEquals("feature-learning-exact", j.get("kind").asText());
        assertTrue(j.get("errorEstimate").asDouble() < 1e-3);
        assertEquals(4, j.get("f").size());
    }

    @Test
    void badSettingsExitWithAMessage() {
        CliRunner result = CliRunner.run("limit", "--preset", "ntp", "--batch", "0");
        assertEquals(WidthLabCli.USAGE_ERROR, result.exitCode());
        assertTrue(result.err().contains("batch must be at least 1"), result.err());
    }

    @Test
    void convergenceIsReportedWhereOneSeedConvergesAndExplainedWhereItCannot() throws Exception {
        // zero readout: f_0 = 0, so the first seed's loss curve approaches the kernel limit's
        JsonNode zero = limit("--preset", "ntp", "--depth", "1", "--zero-readout", "--steps", "3", "--widths",
                "64,256,1024", "--convergence");
        JsonNode c = zero.get("convergence");
        assertEquals(3, c.get("distances").size());
        assertTrue(c.get("slope").isNumber());
        assertTrue(c.get("distances").get(2).asDouble() < c.get("distances").get(0).asDouble(),
                "the widest network is closer to the limit than the narrowest: " + c);
        // ω = 1/2: every seed keeps its own Θ(1) random f_0, so one seed does not converge
        JsonNode ntp = limit("--preset", "ntp", "--depth", "1", "--steps", "3", "--widths", "64,256", "--convergence");
        assertTrue(ntp.get("convergence").get("distances").isNull());
        assertTrue(ntp.get("convergence").get("note").asText().contains("f_0 stays"));
        // without the flag nothing is trained
        assertTrue(limit("--preset", "ntp", "--depth", "1", "--steps", "3").get("convergence").isNull());
    }
}
