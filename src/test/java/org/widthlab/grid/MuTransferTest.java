package org.widthlab.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.store.StoredCell;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Preset;

/**
 * The science of a learning-rate grid (Yang et al., Tensor Programs V, Fig. 1 and 3; theory.md §4): in SP the
 * best learning rate falls as the network widens (the largest stable rate ∝ 1/n), in μP it stays where it is.
 * A small version of the README's μTransfer grid: depth 2, tanh, teacher data d = 16, B = 64, 10 steps,
 * η = 2^-6..2^4, widths 32, 128, 512, one seed.
 */
class MuTransferTest {

    @TempDir
    Path folder;

    @Test
    void spsBestLearningRateFallsWithWidthWhileMupsStays() {
        Experiment base = new Experiment(Preset.SP.at(2, Activation.TANH), DataSetKind.TEACHER, 16, 64, 10, 0.1,
                List.of(32, 128, 512), 1, 0, false);
        Grid grid = new Grid("muTransfer", base, List.of(AxisValues.parse(Axis.PRESET, "sp,mup"),
                AxisValues.parse(Axis.LEARNING_RATE, "2^-6..2^4")));
        Grids.Recorded run = Grids.run(grid, folder.resolve("r.sqlite"), 2);
        GridResults results = new GridResults(grid);
        List<GridCell> cells = grid.cells();
        for (Map.Entry<Integer, StoredCell> e : run.cells.entrySet()) {
            results.add(cells.get(e.getKey()), e.getValue());
        }

        double[] sp = bestLearningRates(results, "sp");
        double[] mup = bestLearningRates(results, "mup");
        assertTrue(sp[2] < sp[0], "SP's best rate falls from n = 32 to 512: " + java.util.Arrays.toString(sp));
        for (double rate : mup) {
            double steps = Math.abs(Math.log(rate / mup[0]) / Math.log(2));
            assertTrue(steps <= 1, "μP's best rate stays within one grid step: " + java.util.Arrays.toString(mup));
        }

        List<GridResults.BestSlope> slopes = results.bestSlopes(Axis.LEARNING_RATE);
        assertEquals(List.of("sp"), slopes.get(0).context());
        assertTrue(slopes.get(0).exponent() < -0.5, "SP's fitted exponent " + slopes.get(0).exponent());
        assertEquals(Exponent.of(-1), slopes.get(0).predicted().orElseThrow());
        assertEquals(Exponent.ZERO, slopes.get(1).predicted().orElseThrow());
        assertTrue(results.best(Axis.LEARNING_RATE).stream().anyMatch(b -> b.context().equals(List.of("sp"))
                && run.outcome.diverged() > 0), "the largest SP rates diverge (a result, not a failure)");
    }

    private static double[] bestLearningRates(GridResults results, String preset) {
        return results.best(Axis.LEARNING_RATE).stream().filter(b -> b.context().equals(List.of(preset)))
                .mapToDouble(b -> Double.parseDouble(b.best().orElseThrow())).toArray();
    }
}
