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
import org.widthlab.io.Json;

/** {@code grid}: lists as flags, the JSON summary, reuse through the store, the tidy CSV, bad input. */
class GridCommandTest {

    @TempDir
    Path folder;

    private String[] args(String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of("grid", "--preset", "sp,mup", "--depth", "2",
                "--activation", "tanh", "--data", "teacher", "--input-dim", "4", "--batch", "8", "--steps", "3",
                "--lr", "2^-2..2^0", "--widths", "16..32", "--seeds", "2", "-q",
                "--store", folder.resolve("store.sqlite").toString()));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void runsTheGridAndThenAnswersFromTheStore() throws Exception {
        Path csv = folder.resolve("grid.csv");
        CliRunner first = CliRunner.run(args("--out", csv.toString()));
        assertEquals(0, first.exitCode(), first.err());
        JsonNode json = Json.MAPPER.readTree(first.out());
        assertEquals(24, json.get("cells").asInt());
        assertEquals(24, json.get("computed").asInt());
        assertEquals(0, json.get("reused").asInt());
        assertEquals("learningRate", json.get("optimized").asText());
        JsonNode best = json.get("best");
        assertEquals(4, best.size(), "2 presets × 2 widths");
        assertEquals("sp", best.get(0).get("preset").asText());
        assertEquals(16, best.get(0).get("width").asInt());
        assertTrue(List.of(0.25, 0.5, 1.0).contains(best.get(0).get("learningRate").asDouble()));
        assertEquals(2, json.get("bestExponent").size());
        assertEquals(-1.0, json.get("bestExponent").get(0).get("predicted").asDouble());

        List<String> lines = Files.readAllLines(csv);
        assertEquals("preset,learningRate,width,seed,step,layer,quantity,value,diverged", lines.get(0));
        assertTrue(lines.get(1).startsWith("sp,0.25,16,0,0,1,h,"), lines.get(1));

        CliRunner second = CliRunner.run(args());
        JsonNode again = Json.MAPPER.readTree(second.out());
        assertEquals(0, again.get("computed").asInt());
        assertEquals(24, again.get("reused").asInt());
        assertEquals(best, again.get("best"), "the same answer from the store");
    }

    @Test
    void aSavedGridRunsFromItsFile() throws Exception {
        Path file = folder.resolve("g.json");
        CliRunner saved = CliRunner.run(args("--save", file.toString()));
        assertEquals(0, saved.exitCode(), saved.err());
        CliRunner fromFile = CliRunner.run("grid", "--config", file.toString(), "-q", "--store",
                folder.resolve("store.sqlite").toString());
        JsonNode json = Json.MAPPER.readTree(fromFile.out());
        assertEquals(24, json.get("reused").asInt(), fromFile.err());
        CliRunner narrowed = CliRunner.run("grid", "--config", file.toString(), "--preset", "mup", "-q", "--store",
                folder.resolve("store.sqlite").toString());
        JsonNode mup = Json.MAPPER.readTree(narrowed.out());
        assertEquals(12, mup.get("cells").asInt(), "a flag with one value replaces the file's axis");
        assertEquals(12, mup.get("reused").asInt());
    }

    @Test
    void settingsLeftOutAreTheWindowsFirstExperimentsAsInSweep() throws Exception {
        GridCommand command = new GridCommand();
        new picocli.CommandLine(command).parseArgs("--lr", "0.1,0.2", "--depth", "2");
        org.widthlab.grid.Grid grid = command.grid();
        org.widthlab.engine.Experiment first = org.widthlab.engine.DefaultExperiments.classroom();
        assertEquals(org.widthlab.theory.Preset.matching(first.parametrization()).orElseThrow().at(2,
                first.parametrization().activation()), grid.base().parametrization());
        assertEquals(first.dataSet(), grid.base().dataSet());
        assertEquals(first.widths(), grid.base().widths());
        assertEquals(2, grid.size() / (first.widths().size() * first.seeds()), "the two learning rates");
    }

    @Test
    void badInputIsOneLineAndTouchesNoStore() {
        Path store = folder.resolve("untouched.sqlite");
        for (String[] bad : List.of(
                new String[] {"grid", "--preset", "sp,xp", "--store", store.toString()},
                new String[] {"grid", "--preset", "mup", "--lr", "0.1..1", "--store", store.toString()},
                new String[] {"grid", "--preset", "mup", "--vary", "a9=0,1", "--store", store.toString()},
                new String[] {"grid", "--preset", "mup", "--seeds", "0", "--store", store.toString()},
                new String[] {"grid", "--config", folder.resolve("missing.json").toString(), "--store", store.toString()})) {
            CliRunner run = CliRunner.run(bad);
            assertEquals(WidthLabCli.USAGE_ERROR, run.exitCode(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("widthlab grid: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertFalse(Files.exists(store), "nothing was created before the input was checked");
    }
}
