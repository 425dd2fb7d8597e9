package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.widthlab.io.Json;
import org.widthlab.linalg.MatrixKernels;

/** The {@code bench} command's output and its handling of bad input (speeds themselves are not asserted). */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WidthLabCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void jsonNamesTheDefaultKernelAndHasOneRecordPerProduct() throws Exception {
        assertEquals(0, run("bench", "--json", "--kernels", "java", "--sizes", "16", "--threads", "1",
                "--repetitions", "1", "--sweep-repeats", "0", "--kernel-repeats", "1", "--kernel-activations", "relu,tanh"),
                err.toString());
        JsonNode report = Json.MAPPER.readTree(out.toString());
        assertEquals(MatrixKernels.choice().kind().id(), report.get("defaultKernel").asText());
        assertEquals(MatrixKernels.choice().reason(), report.get("reason").asText());
        JsonNode gemm = report.get("gemm");
        assertEquals(3, gemm.size());
        for (JsonNode result : gemm) {
            assertEquals("java (1 thread)", result.get("kernel").asText());
            assertTrue(result.get("medianGflops").asDouble() > 0, result.toString());
        }
        assertEquals("UPDATE", gemm.get(2).get("product").asText());
        assertEquals(16, gemm.get(2).get("m").asInt());
        assertEquals(64, gemm.get(2).get("k").asInt(), "the update's depth is the batch, 64 by default");
        assertTrue(report.get("sweep").isNull(), "the sweep timing was skipped");
        JsonNode kernels = report.get("kernels");
        assertEquals(2, kernels.size());
        assertEquals("tanh", kernels.get(1).get("activation").asText());
        assertEquals(1, kernels.get(1).get("seconds").size());
        assertTrue(kernels.get(1).get("settings").asText().contains("64 gaussian inputs, d = 32"));
        assertEquals(0, report.get("word2vecEpochs").size(), "the word-embedding epochs were skipped (the default)");
    }

    @Test
    void theTableHasAHeaderAndOneRowPerMeasurement() {
        assertEquals(0, run("bench", "--kernels", "java", "--sizes", "16", "--threads", "1,2", "--repetitions", "1",
                "--sweep-repeats", "0", "--kernel-repeats", "0"), err.toString());
        String[] lines = out.toString().strip().split("\\R");
        assertTrue(lines[0].startsWith("default kernel: " + MatrixKernels.defaultKernel().name()), lines[0]);
        assertTrue(lines[2].startsWith("kernel"), lines[2]);
        assertEquals(2 + 1 + 2 * 3, lines.length, out.toString());
        assertTrue(lines[3].matches("java +1 +n×n · n×n +16 +16 +16 .*%"), lines[3]);
    }

    @Test
    void anUnknownActivationIsRefusedBeforeAnyMeasuring() {
        assertEquals(WidthLabCli.USAGE_ERROR, run("bench", "--kernels", "java", "--sizes", "16", "--threads", "1",
                "--kernel-activations", "swish"));
        assertEquals("", out.toString(), "nothing measured");
        assertTrue(err.toString().contains("swish"), err.toString());
    }

    @Test
    void aHogwildThreadCountBelowOneIsRefusedBeforeAnyMeasuring() {
        assertEquals(WidthLabCli.USAGE_ERROR, run("bench", "--kernels", "java", "--sizes", "16", "--threads", "1",
                "--word2vec-epochs", "1", "--word2vec-hogwild", "1,0"));
        assertEquals("", out.toString(), "nothing measured");
        assertTrue(err.toString().contains("--word2vec-hogwild"), err.toString());
    }

    @Test
    void anUnknownKernelIsAUsageError() {
        assertEquals(WidthLabCli.USAGE_ERROR, run("bench", "--kernels", "cuda"));
        assertEquals("widthlab bench: unknown kernel 'cuda': expected one of openblas, java, reference",
                err.toString().strip());
    }
}
