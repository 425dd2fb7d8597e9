package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.io.ExperimentFile;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import picocli.CommandLine;

/** The experiment flags: read by the one grammar, and what is left out comes from the one default experiment. */
class ExperimentOptionsTest {

    private static Experiment experimentOf(String... args) throws Exception {
        SweepCommand sweep = new SweepCommand();
        new CommandLine(sweep).parseArgs(args);
        return sweep.experiment.toExperiment();
    }

    @Test
    void noFlagsMeanTheWindowsFirstExperiment() throws Exception {
        assertEquals(DefaultExperiments.classroom(), experimentOf());
    }

    @Test
    void valuesAreReadByTheGrammarAndTheRestStays() throws Exception {
        Experiment e = experimentOf("--lr", "2^-3", "--widths", "64..256", "--depth", "2", "--activation", "tanh");
        Experiment classroom = DefaultExperiments.classroom();

        assertEquals(0.125, e.learningRate());
        assertEquals(List.of(64, 128, 256), e.widths());
        assertEquals(Preset.MUP.at(2, Activation.TANH), e.parametrization(), "--depth keeps the default's preset");
        assertEquals(classroom.dataSet(), e.dataSet());
        assertEquals(classroom.batch(), e.batch());
        assertEquals(classroom.seeds(), e.seeds());
    }

    @Test
    void aDataSetWithItsOwnInputDimensionTakesIt() throws Exception {
        Experiment e = experimentOf("--data", "sine");
        assertEquals(DataSetKind.SINE, e.dataSet());
        assertEquals(1, e.inputDim());
    }

    @Test
    void theHelpShowsTheDefaultsAndTheChoicesFromTheEnums() {
        String help = new CommandLine(new SweepCommand()).getUsageMessage();
        for (DataSetKind kind : DataSetKind.values()) {
            assertTrue(help.contains(kind.id()), kind.id());
        }
        for (Activation phi : Activation.values()) {
            assertTrue(help.contains(phi.id()), phi.id());
        }
        assertTrue(help.contains("default: 64..2048"), help);
        assertTrue(help.contains("default: 0.5"), help);
    }

    @Test
    void flagsFillWhatTheFileLacksAndWhatNeitherGivesIsNamedWithItsFlag(@TempDir Path folder) throws Exception {
        var json = ExperimentFile.toJson(DefaultExperiments.classroom());
        json.remove("widths");
        ((ObjectNode) json.get("training")).remove("steps");
        Path file = Files.writeString(folder.resolve("partial.widthlab"), json.toString());

        Experiment filled = experimentOf("--config", file.toString(), "--widths", "32,64", "--steps", "3");
        assertEquals(List.of(32, 64), filled.widths());
        assertEquals(3, filled.steps());

        IOException unfilled = assertThrows(IOException.class,
                () -> experimentOf("--config", file.toString(), "--steps", "3"));
        assertEquals(file + ": missing 'widths' (give it in the file or with --widths)", unfilled.getMessage());
    }
}
