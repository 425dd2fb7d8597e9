package org.widthlab.grid;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.io.Json;
import org.widthlab.io.ExperimentFile;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Preset;

/** Grid files: what is written is read back, experiment files are grids, and a bad file is refused with its reason. */
class GridFileTest {

    @TempDir
    Path folder;

    private static final String MU_TRANSFER = """
            {
              "format": "widthlab-grid/1",
              "name": "muTransfer",
              "parametrization": { "preset": "sp", "depth": 2, "activation": "tanh" },
              "data": { "set": "teacher", "inputDim": 16, "batch": 64 },
              "training": { "steps": 20 },
              "widths": "128..2048",
              "seeds": 2, "seed": 0,
              "axes": { "preset": ["sp", "mup"], "learningRate": "2^-8..2^4" }
            }
            """;

    @Test
    void theReadmesGridHas260Cells() throws IOException {
        Path file = folder.resolve("mu.json");
        Files.writeString(file, MU_TRANSFER);
        Grid grid = GridFile.read(file);
        assertEquals("muTransfer", grid.name());
        assertEquals(260, grid.size());
        assertEquals(List.of(128, 256, 512, 1024, 2048), grid.base().widths());
        assertEquals(List.of("sp", "mup"), grid.axes().get(0).values());
        assertEquals(13, grid.axes().get(1).size());
        GridCell last = grid.cells().get(259);
        assertEquals(2048, last.width());
        assertEquals(Preset.MUP.at(2, Activation.TANH), last.experiment().parametrization());
        assertEquals(16.0, last.experiment().learningRate());
    }

    @Test
    void theShippedMuTransferGridIsThePeersGrid() throws IOException {
        Grid shipped = GridFile.read(Path.of("assets", "grids", "mutransfer.json"));
        assertEquals(GridBenchmark.muTransfer(), shipped);
        assertEquals(shipped.cells().stream().map(GridCell::key).toList(),
                GridBenchmark.muTransfer().cells().stream().map(GridCell::key).toList());
    }

    @Test
    void theShippedResponsivenessGridHasAThousandCells() throws IOException {
        assertEquals(1000, GridFile.read(Path.of("assets", "grids", "thousand-cells.json")).size());
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Experiment base = new Experiment(Preset.MUP.at(3, Activation.RELU).withZeroReadout(), DataSetKind.CLUSTERS, 8,
                32, 7, 0.25, List.of(64, 100), 3, 42, true);
        Grid grid = new Grid("exponents", base, List.of(AxisValues.parse(Axis.fromId("a4"), "0..1 step 1/4"),
                AxisValues.parse(Axis.of(Axis.Kind.C), "-1/2, 0"), AxisValues.parse(Axis.of(Axis.Kind.BATCH), "8..32")));
        Path file = folder.resolve("g.json");
        GridFile.write(file, grid);
        assertEquals(grid, GridFile.read(file));
        assertEquals(GridFile.id(grid), GridFile.id(new Grid("renamed", base, grid.axes())), "the name is not the grid");
        GridCell cell = grid.cells().get(2 * 3); // a4 varies slowest: cells 6..11 have a4 = 1/4
        assertEquals(Exponent.of(1, 4), cell.experiment().parametrization().a(4));
        assertTrue(cell.experiment().parametrization().readoutStartsAtZero());
    }

    @Test
    void anExperimentFileIsAGridWithoutAxes() throws IOException {
        Experiment e = new Experiment(Preset.NTP.at(2, Activation.TANH), DataSetKind.TEACHER, 4, 16, 10, 1.0,
                List.of(64, 128, 256), 2, 3, false);
        Path file = folder.resolve("e.json");
        ExperimentFile.write(file, e);
        Grid grid = GridFile.read(file);
        assertEquals(e, grid.base());
        assertEquals(List.of(), grid.axes());
        assertEquals(6, grid.cells().size());
        assertEquals("e", grid.name());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"axes\": {\"speed\": [1, 2]}|unknown axis 'speed'",
        "\"axes\": {\"learningRate\": \"0.1..1\"}|axes.learningRate: '0.1..1': give a step",
        "\"axes\": {\"learningRate\": [0.1, -1]}|learning rate must be a positive number",
        "\"axes\": {\"a5\": [0, 1]}|a5 = 0: layer 5 does not exist at depth L = 2",
        "\"axes\": {\"preset\": [\"sp\", \"xp\"]}|unknown preset 'xp'",
        "\"axes\": {\"learningRate\": [0.1, 0.1]}|0.1 is given twice",
        "\"axes\": \"lr\"|'axes' must be an object",
        "\"format\": \"widthlab-grid/9\"|format 'widthlab-grid/9' is neither",
        "\"widths\": \"2048..128\"|is empty: a range runs from a smaller value",
        "\"axes\": {\"learningRate\": \"2^-20..2^20\", \"c\": \"-4..4 step 1/100\"}|cells is more than"})
    void aBadFileIsRefusedWithItsNameAndReason(String change, String message) throws IOException {
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(MU_TRANSFER);
        json.put("name", "bad");
        ((ObjectNode) json.get("training")).put("learningRate", 0.1);
        json.set("axes", Json.MAPPER.readTree("{ \"preset\": [\"sp\", \"mup\"] }"));
        json.setAll((ObjectNode) Json.MAPPER.readTree("{" + change + "}"));
        Path file = folder.resolve("bad.json");
        Files.writeString(file, json.toString());
        IOException e = assertThrows(IOException.class, () -> GridFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void unreadableFilesAreNamed() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> GridFile.read(folder.resolve("none.json")));
        assertTrue(missing.getMessage().endsWith("none.json: no such file"), missing.getMessage());
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ \"axes\": ");
        IOException json = assertThrows(IOException.class, () -> GridFile.read(broken));
        assertTrue(json.getMessage().contains("not valid JSON"), json.getMessage());
        assertEquals(folder + ": is a folder, not a grid file",
                assertThrows(IOException.class, () -> GridFile.read(folder)).getMessage());
        Path deep = Files.writeString(folder.resolve("deep.json"), "[".repeat(5000));
        assertEquals(deep + ": not valid JSON (nested deeper than 64 levels)",
                assertThrows(IOException.class, () -> GridFile.read(deep)).getMessage());
    }

    @Test
    void theEstimateCountsWhatEveryCellCostsBesidesItsProducts() {
        // 1040 cells of width 16: their products take about 0.1 ms each, so a products-only estimate says 0 s
        Experiment tiny = new Experiment(Preset.MUP.at(2, Activation.TANH), DataSetKind.TEACHER, 16, 64, 20, 0.1,
                List.of(16), 40, 0, false);
        GridPlan plan = GridPlan.of(new Grid("tiny", tiny, List.of(AxisValues.parse(Axis.LEARNING_RATE, "2^-8..2^4"),
                AxisValues.parse(Axis.PRESET, "sp,mup"))), 2, Long.MAX_VALUE);
        double productsOnly = plan.flops(plan.cells()) / (GridPlan.ASSUMED_GFLOPS_PER_WORKER * 1e9 * 2);
        assertTrue(productsOnly < 0.5, "products alone: " + productsOnly);
        assertEquals(1040 * GridPlan.CELL_OVERHEAD_SECONDS / 2 + productsOnly, plan.estimatedSeconds(plan.cells()),
                1e-9);
        assertEquals("16 s", GridPlan.duration(plan.estimatedSeconds(plan.cells())));
        assertEquals("under 1 s", GridPlan.duration(0.4));
    }

    @Test
    void aGridTooLongOrTooLargeForMemoryIsRefusedBeforeItStarts() {
        Experiment base = new Experiment(Preset.MUP.at(3, Activation.RELU), DataSetKind.GAUSSIAN, 32, 64, 1000, 0.1,
                List.of(8192, 16384), 10, 0, false);
        Grid grid = new Grid("huge", base, List.of(AxisValues.parse(Axis.LEARNING_RATE, "2^-8..2^4")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GridPlan.of(grid, 2, Long.MAX_VALUE));
        assertTrue(e.getMessage().matches("260 cells would take about \\d+ days on 2 cores.*"), e.getMessage());
        Grid small = new Grid("wide", new Experiment(base.parametrization(), base.dataSet(), 32, 64, 1, 0.1,
                List.of(16384), 1, 0, false), List.of());
        IllegalArgumentException memory = assertThrows(IllegalArgumentException.class,
                () -> GridPlan.of(small, 2, 2L << 30));
        assertTrue(memory.getMessage().contains("width 16384 needs about") && memory.getMessage().contains("2 cells"),
                memory.getMessage());
    }
}
