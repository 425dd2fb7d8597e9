package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;

/** The few-shot study in small: TP4's ordering, reproducibility, cancellation. */
class MamlStudyTest {

    /** A small version: d = 32 with a 4-dimensional class subspace, 100 meta-steps, 300 test tasks. */
    private static MamlSettings small(int threads) {
        MamlSettings.Training t = new MamlSettings.Training(5, 1, 1, 0.4, 0.1, 16, 100, 0.5, 1, 1.0 / 32, 1, 3);
        return new MamlSettings(new MamlSettings.Synthetic(new SubspaceFewShot(32, 4, 200, 50, 10, 0.5, 1.0, 3)), t,
                List.of(2, 128), 300, 320, threads);
    }

    /**
     * TP4's pattern (theory.md §9): every kernel limit clearly below the widest finite network, the narrowest below
     * the widest, the μP limit at or above the widest within their intervals. Measured with these settings: n = 2
     * 0.30, n = 128 0.53, μP limit 0.55, kernel limits 0.35–0.38 (intervals ±0.02).
     */
    @Test
    @Tag("slow")
    void aSmallRunReproducesTheOrderingOfTp4() throws InterruptedException {
        StudyResults r = StudyResults.run(l -> MamlStudy.start(small(2), SweepExecutor.sameThread(), l));
        assertEquals(SweepOutcome.Status.COMPLETED, r.outcome.status(), r.outcome.message());
        assertEquals(2 + 1 + 4, r.results.size());
        Estimate narrow = r.get(ModelResult.WIDTH, 2, null, MamlStudy.ACCURACY);
        Estimate wide = r.get(ModelResult.WIDTH, 128, null, MamlStudy.ACCURACY);
        Estimate limit = r.get(ModelResult.MUP_LIMIT, null, null, MamlStudy.ACCURACY);
        assertTrue(narrow.high() < wide.low(), "n = 2 " + narrow + " below n = 128 " + wide);
        assertTrue(limit.high() >= wide.low(), "μP limit " + limit + " at or above n = 128 " + wide);
        for (String kernel : List.of("linear", "relu")) {
            for (KernelLimit k : KernelLimit.values()) {
                Estimate e = r.get(k.id(), null, kernel, MamlStudy.ACCURACY);
                assertTrue(e.high() < wide.low(), k.id() + " (" + kernel + ") " + e + " below n = 128 " + wide);
            }
        }
    }

    @Test
    void theSameSettingsGiveTheSameNumbersWhateverTheThreads() throws InterruptedException {
        MamlSettings one = small(1);
        MamlSettings fewer = new MamlSettings(one.data(), new MamlSettings.Training(5, 1, 1, 0.4, 0.1, 4, 20, 0.5, 1,
                1.0 / 32, 1, 3), List.of(4, 16), 50, 40, 1);
        MamlSettings twoThreads = new MamlSettings(fewer.data(), fewer.training(), fewer.widths(), fewer.testTasks(),
                fewer.kernelTasks(), 2);
        List<String> first = StudyResults.run(l -> MamlStudy.start(fewer, SweepExecutor.sameThread(), l)).numbers();
        List<String> second = StudyResults.run(l -> MamlStudy.start(twoThreads, SweepExecutor.sameThread(), l)).numbers();
        assertEquals(first, second);
    }

    @Test
    void aCancelledStudyEndsCancelled() throws InterruptedException {
        StudyResults r = new StudyResults();
        var handle = MamlStudy.start(small(1), SweepExecutor.newThread(), r);
        handle.cancel();
        assertEquals(SweepOutcome.Status.CANCELLED, handle.await().status());
    }
}
