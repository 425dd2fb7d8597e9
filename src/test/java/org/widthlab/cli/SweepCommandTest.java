package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.widthlab.engine.Measurement;
import org.widthlab.io.Json;
import org.widthlab.io.ResultsCsv;

/** The contract of {@code sweep}: the CSV, the JSON summary, --config, bad input. */
class SweepCommandTest {

    @TempDir
    Path dir;

    private JsonNode sweep(String... args) throws Exception {
        CliRunner result = CliRunner.run(args);
        assertEquals(0, result.exitCode(), result.err());
        return Json.MAPPER.readTree(result.out());
    }

    @Test
    void writesTheTidyTableAndPrintsTheSummary() throws Exception {
        Path csv = dir.resolve("results.csv");
        JsonNode json = sweep("sweep", "--preset", "mup", "--depth", "2", "--activation", "relu", "--data", "gaussian",
                "--input-dim", "4", "--batch", "8", "--steps", "2", "--lr", "0.05", "--widths", "8,16,32", "--seeds",
                "2", "--seed", "3", "--out", csv.toString(), "--quiet");

        List<String> lines = Files.readAllLines(csv);
        assertEquals("width,seed,step,layer,quantity,value,diverged", lines.get(0));
        // 3 widths × 2 seeds × 3 steps × (5 per-layer quantities × 2 layers + 4 others).
        assertEquals(1 + 3 * 2 * 3 * (5 * 2 + 4), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("8,3,0,1,h,") && l.endsWith(",0")));
        assertTrue(lines.contains("8,3,0,1,dh,0.0,0"), "no change at t = 0");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("32,4,2,,loss,") && l.endsWith(",0")));
        List<Measurement> read = ResultsCsv.read(csv);
        assertEquals(lines.size() - 1, read.size());

        assertEquals("mup", json.at("/verdict/parametrization/preset").asText());
        assertEquals("completed", json.get("status").asText());
        assertEquals(List.of(8, 16, 32), Json.MAPPER.convertValue(json.at("/settings/widths"), List.class));
        assertEquals("feature-learning", json.at("/verdict/regime").asText());
        assertEquals(0, json.get("divergedRuns").asInt());
        assertTrue(json.get("sweepSeconds").asDouble() > 0);
        JsonNode slope = null;
        for (JsonNode s : json.get("slopes")) {
            if (s.get("quantity").asText().equals("dh") && s.get("layer").asInt() == 2 && s.get("step").asInt() == 2) {
                slope = s;
            }
        }
        assertTrue(slope != null, "a slope for dh, layer 2, step 2");
        // theory.md §5: μP moves every layer Θ(1), predicted exponent 0.
        assertEquals(0.0, slope.get("predicted").asDouble(), 0.0);
        assertEquals(slope.get("slopeAll").asDouble() - 0.0, slope.get("differenceAll").asDouble(), 1e-12);
        assertEquals(3, slope.get("widths").size());
        assertEquals(2, slope.get("seedSlopes").size(), "each seed's own slope");
        double a = slope.get("seedSlopes").get(0).asDouble();
        double b = slope.get("seedSlopes").get(1).asDouble();
        assertEquals(Math.abs(a - b) / Math.sqrt(2), slope.get("seedSpread").asDouble(), 1e-12,
                "the standard deviation of two values");
        assertEquals(slope.get("seedSpread").asDouble() / Math.sqrt(2), slope.get("standardError").asDouble(), 1e-12);
        assertEquals(2 * slope.get("standardError").asDouble() <= 0.2, slope.get("judgeable").asBoolean());
        assertTrue(slope.get("predictionNote").isNull());
    }

    @Test
    void aConfigFileGivesTheSettingsAndFlagsOverrideThem() throws Exception {
        Path config = dir.resolve("experiment.json");
        Files.writeString(config, """
                {"format": "widthlab-experiment/1",
                 "parametrization": {"preset": "ntp", "depth": 2, "activation": "tanh"},
                 "data": {"set": "teacher", "inputDim": 3, "batch": 4},
                 "training": {"steps": 1, "learningRate": 0.5},
                 "widths": [8, 16], "seeds": 1, "seed": 9}
                """);
        JsonNode fromFile = sweep("sweep", "--config", config.toString(), "-q");
        assertEquals("tanh", fromFile.at("/settings/parametrization/activation").asText());
        assertEquals("teacher", fromFile.at("/settings/data/set").asText());
        assertEquals(9, fromFile.at("/settings/seed").asInt());
        assertEquals("kernel", fromFile.at("/verdict/regime").asText());

        JsonNode overridden = sweep("sweep", "--config", config.toString(), "--widths", "4,8,12", "--activation",
                "relu", "--steps", "2", "-q");
        assertEquals(3, overridden.at("/settings/widths").size());
        assertEquals("relu", overridden.at("/settings/parametrization/activation").asText());
        assertEquals(2, overridden.at("/settings/training/steps").asInt());
        assertEquals(0.5, overridden.at("/settings/training/learningRate").asDouble(), 0.0);
        assertEquals("kernel", overridden.at("/verdict/regime").asText(), "still NTP from the file");

        JsonNode otherPreset = sweep("sweep", "--config", config.toString(), "--preset", "mup", "-q");
        assertEquals("feature-learning", otherPreset.at("/verdict/regime").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--preset mup --widths 16,8 | widths must increase",
        "--preset mup --lr -1 | learning rate must be a positive number",
        "--preset mup --data moons | unknown data set 'moons'",
        "--preset mup --data sine --input-dim 3 | --input-dim: the input dimension of the sine data set is 1, got 3",
        "--preset mup --widths 20000 --steps 1 | width 20000 needs about",
        "--preset mup --widths 32768 --steps 1 | more than one buffer can hold",
        "--a 0,0 --widths 8 | give --preset NAME",
        "--preset mup --lr 0,5 | --lr: '0,5' is more than one value",
        "--preset mup --widths 64..x | --widths: 'x' is not a whole number",
        "--preset mup --config /nonexistent/x.json | no such file",
        "--preset mup --seeds many | --seeds: 'many' is not a whole number",
    })
    void badInputEndsWithOneLineAndExitCodeTwo(String flags, String message) {
        CliRunner result = CliRunner.run(("sweep " + flags).split(" "));
        assertEquals(WidthLabCli.USAGE_ERROR, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }
}
