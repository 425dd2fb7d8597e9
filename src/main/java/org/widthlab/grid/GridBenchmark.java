package org.widthlab.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Comparator;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.MemoryEstimate;
import org.widthlab.store.ResultStore;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/**
 * The wall time of whole grids, for {@code bench --grid-repeats}: by default the μTransfer grid of the PyTorch
 * peer {@code src/bench/peers/lr_sweep_torch.py} with its defaults (SP and μP, depth 2, tanh, teacher data
 * d = 16, B = 64, 20 steps, widths 128..2048, 13 learning rates 2^-8..2^4, 2 seeds: 260 cells), the grid of
 * {@code assets/grids/mutransfer.json}.
 */
public final class GridBenchmark {

    private GridBenchmark() {
    }

    /** The peer's grid. */
    public static Grid muTransfer() {
        Experiment base = new Experiment(Preset.SP.at(2, Activation.TANH), DataSetKind.TEACHER, 16, 64, 20, 0.05,
                List.of(128, 256, 512, 1024, 2048), 2, 0, false);
        return new Grid("muTransfer", base, List.of(AxisValues.parse(Axis.PRESET, "sp,mup"),
                AxisValues.parse(Axis.LEARNING_RATE, "2^-8..2^4")));
    }

    /** Wall times of one grid run. */
    public record Times(double computeSeconds, double fromStoreSeconds, GridOutcome outcome) {
    }

    /**
     * Runs the grid into a fresh store in a temporary folder (every cell computed), then again on the same
     * store (every cell read back), and deletes the folder.
     *
     * @throws IllegalStateException when a run does not complete
     */
    public static Times run(Grid grid, int workers) {
        Path folder;
        try {
            folder = Files.createTempDirectory("widthlab-grid-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ResultStore store = ResultStore.open(folder.resolve("bench.sqlite"))) {
            GridPlan plan = GridPlan.of(grid, workers, MemoryEstimate.directMemoryLimit());
            GridRunner runner = new GridRunner(store);
            GridListener ignore = (cell, result, reused) -> { };
            GridOutcome computed = runner.run(plan, ignore);
            GridOutcome reused = runner.run(plan, ignore);
            if (computed.status() != GridOutcome.Status.COMPLETED || reused.computed() != 0) {
                throw new IllegalStateException("the benchmark grid ended " + computed.status() + ": "
                        + computed.message());
            }
            return new Times(computed.seconds(), reused.seconds(), computed);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
