package org.widthlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.cli.WidthLabCli;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.WidthSweep;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.Json;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.InfiniteWidthLimits;
import org.widthlab.ui.model.LimitCurve;

/**
 * The window's n = ∞ curve is what {@code limit} prints for the same experiment file, bit for bit: both go
 * through {@code limits.ExperimentLimits} (the JSON writes each double so that it reads back exactly).
 */
class WindowAndCommandLineLimitsTest {

    @TempDir
    Path folder;

    private static Experiment experiment(Parametrization p) {
        return new Experiment(p, DataSetKind.TEACHER, 3, 6, 3, 0.2, List.of(64, 128), 2, 11, false);
    }

    private JsonNode limitCommand(Experiment e) throws Exception {
        Path file = folder.resolve("e.widthlab");
        ExperimentFile.write(file, e);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WidthLabCli.run(new String[] {"limit", "--config", file.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return Json.MAPPER.readTree(out.toString());
    }

    private static void assertSameCurve(JsonNode printed, LimitCurve drawn) {
        assertEquals(drawn.lossByStep().size(), printed.size());
        for (int t = 0; t < printed.size(); t++) {
            assertEquals(drawn.lossByStep().get(t), printed.get(t).asDouble(), 0, "step " + t);
        }
    }

    @Test
    void theExactLimitAveragedOverSeeds() throws Exception {
        Experiment e = experiment(Preset.NTP.at(2, Activation.TANH).withZeroReadout());

        LimitCurve drawn = new InfiniteWidthLimits().limitOf(e).orElseThrow();
        JsonNode printed = limitCommand(e);

        assertEquals("kernel-exact", printed.get("kind").asText());
        assertTrue(drawn.exact());
        assertEquals(printed.get("label").asText(), drawn.label());
        assertSameCurve(printed.get("meanLoss"), drawn);
        // the mean over two seeds' data is not the first seed's curve
        assertTrue(Math.abs(printed.get("loss").get(0).asDouble() - drawn.lossByStep().get(0)) > 1e-6,
                printed.get("loss") + " vs " + drawn.lossByStep());
    }

    @Test
    void theExtrapolationOfACompletedSweep() throws Exception {
        Experiment e = experiment(Preset.MUP.at(2, Activation.RELU));
        SweepRecorder window = new SweepRecorder();
        SweepOutcome outcome = new WidthSweep(MatrixKernels.defaultKernel(), SweepExecutor.sameThread())
                .start(e, window).await();
        assertEquals(SweepOutcome.Status.COMPLETED, outcome.status());

        LimitCurve drawn = new InfiniteWidthLimits().fromCompletedSweep(e, window.measurements()).orElseThrow();
        JsonNode printed = limitCommand(e);

        assertEquals("extrapolated", printed.get("kind").asText());
        assertFalse(drawn.exact());
        assertEquals(printed.get("label").asText(), drawn.label());
        assertSameCurve(printed.get("loss"), drawn);
        assertSameCurve(printed.get("meanLoss"), drawn);
    }
}
