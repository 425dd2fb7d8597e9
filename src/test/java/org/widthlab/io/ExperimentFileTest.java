package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        "{\"seed\": \"abc\"}|'seed' must be an integer",
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
}
