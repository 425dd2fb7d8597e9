package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep timing of {@code bench}: the peer's settings, one time per repeat (speeds are not asserted). */
class SweepBenchmarkTest {

    @Test
    void thePeerSweepHasThePeersDefaults() {
        // src/bench/peers/coordcheck_torch.py: --preset mup --depth 3 --activation relu --input-dim 32 --batch 64
        // --steps 5 --lr 0.05 --widths 64,...,4096 --seed 0, gaussian data.
        Experiment e = DefaultExperiments.peer();
        assertEquals("mup", org.widthlab.theory.Preset.matching(e.parametrization()).orElseThrow().id());
        assertEquals(List.of(64, 128, 256, 512, 1024, 2048, 4096), e.widths());
        assertEquals(DataSetKind.GAUSSIAN, e.dataSet());
        assertEquals(5, e.steps());
    }

    @Test
    void timesEachRepeat() {
        Experiment e = Sweeps.experiment(DefaultExperiments.peer().parametrization(), DataSetKind.GAUSSIAN, 4, 8, 2,
                0.05, List.of(8, 16), 1);
        long start = System.nanoTime();
        double[] seconds = SweepBenchmark.secondsOf(e, Sweeps.KERNEL, 3);
        double elapsed = (System.nanoTime() - start) * 1e-9;
        assertEquals(3, seconds.length);
        // each repeat is a sweep of its own, in seconds, timed within the call (the warm-up run is not one of them)
        double total = 0;
        for (double s : seconds) {
            assertTrue(s > 0, "a sweep takes some time: " + s);
            total += s;
        }
        assertTrue(total < elapsed, "the repeats (" + total + " s) fit in the call (" + elapsed + " s)");
        assertEquals(2.0, SweepBenchmark.median(new double[] {3, 1, 2}), 0.0);
        assertEquals(2.5, SweepBenchmark.median(new double[] {4, 1, 2, 3}), 0.0);
        assertThrows(IllegalArgumentException.class, () -> SweepBenchmark.secondsOf(e, Sweeps.KERNEL, 0));
    }
}
