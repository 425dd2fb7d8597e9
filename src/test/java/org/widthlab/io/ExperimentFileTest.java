package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** Experiment files: what is saved is what is read back; a bad file is refused with its name and reason. */
class ExperimentFileTest {

    @TempDir
    Path folder;

    private static final Experiment EXPERIMENT = new Experiment(
            Preset.MUP.at(2, Activation.TANH).withZeroReadout(), DataSetKind.CLUSTERS, 8, 32, 7, 0.25,
            List.of(64, 256, 1024), 3, 42, true);

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Path file = folder.resolve("e.json");
        ExperimentFile.write(file, EXPERIMENT);
        assertEquals(EXPERIMENT, ExperimentFile.read(file));
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void overwritingKeepsTheFilesPermissions() throws IOException {
        Path file = folder.resolve("shared.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        ExperimentFile.write(file, EXPERIMENT);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"seed\": \"abc\"}|'seed' must be a whole number, got \"abc\"",
        "{\"measureNtk\": \"yes\"}|'measureNtk' must be true or false",
        "{\"widths\": [64, 32]}|widths must increase",
        "{\"data\": {\"set\": \"moons\", \"inputDim\": 2, \"batch\": 4}}|unknown data set 'moons'"})
    void aWrongFieldIsNamed(String override, String message) throws IOException {
        var json = ExperimentFile.toJson(EXPERIMENT);
        json.setAll((com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(override));
        Path file = folder.resolve("bad.json");
        Files.writeString(file, json.toString());
        IOException e = assertThrows(IOException.class, () -> ExperimentFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void unreadableFilesSayWhy() throws IOException {
        Path binary = folder.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x7B});
        assertEquals(binary + ": not a text file in UTF-8",
                assertThrows(IOException.class, () -> ExperimentFile.read(binary)).getMessage());
        Path notJson = folder.resolve("notes.json");
        Files.writeString(notJson, "# notes", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IOException.class, () -> ExperimentFile.read(notJson)).getMessage()
                .startsWith(notJson + ": not valid JSON"));
        assertEquals(folder.resolve("none.json") + ": no such file",
                assertThrows(IOException.class, () -> ExperimentFile.read(folder.resolve("none.json"))).getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String refusal(Path file) {
        return assertThrows(IOException.class, () -> ExperimentFile.read(file)).getMessage();
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() throws IOException {
        var json = ExperimentFile.toJson(EXPERIMENT);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("data")).put("batch", 64.5);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("training")).put("steps", "7");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("parametrization")).put("activation", 3);
        json.put("seeds", -1);
        json.remove("widths");
        String message = refusal(write("many.json", json.toString()));
        for (String problem : List.of("'data.batch' must be a whole number, got 64.5",
                "'training.steps' must be a whole number, got \"7\"",
                "'parametrization.activation' must be a text naming an activation (relu,", "got 3")) {
            assertTrue(message.contains(problem), "names " + problem + ": " + message);
        }
    }

    @Test
    void theSettingsAFileLacksAreNamedTogether() throws IOException {
        var json = ExperimentFile.toJson(EXPERIMENT);
        json.remove("widths");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("data")).remove("batch");
        assertTrue(refusal(write("partial.json", json.toString())).endsWith(": missing 'data.batch'; missing 'widths'"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"seeds\": 1} {\"seeds\": 2}|not valid JSON (line 1, column 14: more follows the end of the JSON value",
        "{\"seeds\": 1} trailing|not valid JSON (line 1, column 22: Unrecognized token 'trailing'",
        "{\"seeds\": 1, \"seeds\": 2}|Duplicate field 'seeds'",
        "[1, 2]|an experiment file is one JSON object",
        "''|an experiment file is one JSON object"})
    void anythingButOneJsonObjectIsRefused(String text, String message) throws IOException {
        String refusal = refusal(write("odd.json", text));
        assertTrue(refusal.contains(message), refusal);
    }

    @Test
    void unknownKeysAreWarningsAndTheRestIsRead() throws IOException {
        var json = ExperimentFile.toJson(EXPERIMENT);
        json.put("lerningRate", 0.1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("data")).put("noise", 0.5);
        ExperimentFile.Contents contents = ExperimentFile.readContents(write("newer.json", json.toString()));
        assertEquals(EXPERIMENT, contents.experiment());
        assertEquals(List.of("unknown key 'data.noise' ignored", "unknown key 'lerningRate' ignored"),
                contents.warnings().stream().sorted().toList());
    }

    @Test
    void whatNoExperimentFileHoldsIsRefusedWithoutAStackTrace() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String deepRefusal = refusal(write("deep.json", deep));
        assertTrue(deepRefusal.endsWith("deep.json: not valid JSON (nested deeper than 64 levels)"), deepRefusal);
        String longNumber = "{\"seed\": " + "9".repeat(1000) + "}";
        String numberRefusal = refusal(write("number.json", longNumber));
        assertTrue(numberRefusal.contains("number.json: not valid JSON (a number longer than 100 digits)"),
                numberRefusal);
        assertFalse(numberRefusal.contains("9".repeat(100)), "a 1000-digit number is not repeated: " + numberRefusal);
        Path large = Files.write(folder.resolve("large.json"), new byte[(int) InputFiles.MAX_SETTINGS_BYTES + 1]);
        assertEquals(large + ": is larger than 1 MB, too large for an experiment file", refusal(large));
    }

    @Test
    void foldersDevicesAndPipesAreRefusedBeforeTheyAreOpened() throws Exception {
        assertEquals(folder + ": is a folder, not an experiment file", refusal(folder));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertTrue(refusal(zero).endsWith("is not a regular file (a device, a pipe or a socket), so not an"
                    + " experiment file"));
        }
        Path fifo = folder.resolve("pipe.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        if (made) {
            String message = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> refusal(fifo),
                    "a pipe with no writer must not block the reading");
            assertTrue(message.contains("not a regular file"), message);
        }
    }
}
