package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.io.Json;

/** The JSON contract of {@code limit} (issue 4, item 5). */
class LimitCommandTest {

    private static final double ROUNDING = 1e-12;

    @TempDir
    Path dir;

    private Path data() throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "{\"inputs\": [[0.6, -0.8], [1.0, 0.2], [-0.3, 0.5]], \"targets\": [0.5, -0.2, 0.9]}");
        return file;
    }

    private JsonNode limit(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "limit";
        all[1] = "--data-file";
        all[2] = data().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        CliRunner result = CliRunner.run(all);
        assertEquals(0, result.exitCode(), result.err());
        return Json.MAPPER.readTree(result.out());
    }

    @Test
    void kernelRegimeGivesKernelsAndOutputs() throws Exception {
        JsonNode j = limit("--preset", "ntp", "--depth", "2", "--steps", "4");
        assertEquals("kernel-exact", j.get("kind").asText());
        assertEquals(3, j.get("inputs").size());
        assertEquals(0.5, j.get("targets").get(0).asDouble(), ROUNDING);
        assertEquals(5, j.get("f").size(), "t = 0..T");
        assertEquals(3, j.get("f").get(4).size());
        // ReLU halves the second moment per layer (Cho & Saul 2009): Σ^3(ξ, ξ) = |ξ|²/4 = 0.25 for ξ = (0.6, −0.8).
        assertEquals(0.25, j.get("nngp").get(0).get(0).asDouble(), ROUNDING);
        // Θ^3 on the diagonal: Σ^3 + Σ̇^3(Σ^2 + Σ̇^2 Σ^1) = 1/4 + 1/2(1/2 + 1/2) = 3/4 for |ξ| = 1.
        assertEquals(0.75, j.get("ntk").get(0).get(0).asDouble(), ROUNDING);
        assertEquals(j.get("ntk"), j.get("limitingKernel"));
    }

    @Test
    void deepMupHasNoExactLimit() throws Exception {
        JsonNode j = limit("--preset", "mup", "--depth", "3");
        assertEquals("none", j.get("kind").asText());
        assertTrue(j.get("f").isNull());
        assertTrue(j.get("limitingKernel").isNull());
        assertTrue(j.get("explanation").asText().contains("no exact"));
    }

    @Test
    void depthOneMupGivesTheFeatureLearningLimit() throws Exception {
        JsonNode j = limit("--preset", "mup", "--depth", "1", "--activation", "tanh", "--steps", "3");
        assertEquals("feature-learning-exact", j.get("kind").asText());
        assertTrue(j.get("errorEstimate").asDouble() < 1e-4);
        assertEquals(4, j.get("f").size());
    }

    @Test
    void badDataFileExitsWithAMessage() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"inputs\": [[1, 2]], \"targets\": [\"x\"]}");
        CliRunner result = CliRunner.run("limit", "--preset", "ntp", "--data-file", bad.toString());
        assertEquals(WidthLabCli.USAGE_ERROR, result.exitCode());
        assertTrue(result.err().contains("targets[0] is not a number"), result.err());
        CliRunner missing = CliRunner.run("limit", "--preset", "ntp", "--data-file", dir.resolve("no.json").toString());
        assertEquals(WidthLabCli.USAGE_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
