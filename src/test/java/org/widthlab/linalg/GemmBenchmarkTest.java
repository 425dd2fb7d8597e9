package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.linalg.GemmBenchmark.Product;
import org.widthlab.linalg.GemmBenchmark.Result;
import org.widthlab.linalg.GemmBenchmark.Settings;
import org.widthlab.linalg.MatrixKernels.Kind;

/** What the benchmark measures and reports (never how fast: timing is not asserted in tests). */
class GemmBenchmarkTest {

    /** Tiny sizes, no warm-up and no minimum repetition time, so this runs in milliseconds. */
    private static Settings tiny(List<Kind> kinds) {
        return new Settings(kinds, List.of(1, 2), List.of(8, 40), 4, 3, 0, 0, 8);
    }

    @Test
    void everyKindThreadCountSizeAndProductIsMeasuredOnceAndStreamed() {
        List<Result> streamed = new ArrayList<>();
        List<Result> results = GemmBenchmark.run(tiny(List.of(Kind.JAVA, Kind.REFERENCE)), streamed::add);
        assertEquals(results, streamed);
        // java: 2 thread counts × 2 sizes × 3 products; reference: 1 thread, only n = 8 (the maximum), 3 products
        assertEquals(12 + 3, results.size());
        assertEquals(3, results.stream().filter(r -> r.kind().equals("reference")).count());
        assertTrue(results.stream().filter(r -> r.kind().equals("reference"))
                .allMatch(r -> r.threads() == 1 && r.n() == 8));
        for (Result r : results) {
            assertEquals(3, r.repetitions());
            assertTrue(r.minGflops() > 0 && r.minGflops() <= r.medianGflops() && r.medianGflops() <= r.maxGflops(),
                    r.toString());
            assertEquals(r.medianGflops() / (100.0 * r.threads()), r.fractionOfPeak(100), 1e-12);
        }
    }

    @Test
    void theEngineProductsHaveTheEngineShapes() {
        assertEquals(new MatrixKernel.GemmShape(40, 40, 40), Product.SQUARE.shape(40, 4));
        assertEquals(new MatrixKernel.GemmShape(4, 40, 40), Product.FORWARD.shape(40, 4));
        assertEquals(new MatrixKernel.GemmShape(40, 40, 4), Product.UPDATE.shape(40, 4));
        Result update = GemmBenchmark.run(new Settings(List.of(Kind.JAVA), List.of(1), List.of(40), 4, 1, 0, 0, 8),
                r -> { }).stream().filter(r -> r.product() == Product.UPDATE).findFirst().orElseThrow();
        assertEquals(List.of(40, 40, 4), List.of(update.m(), update.n(), update.k()));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.0, GemmBenchmark.median(new double[] {1, 2, 9}));
        assertEquals(2.5, GemmBenchmark.median(new double[] {1, 2, 3, 9}));
    }

    @Test
    void badSettingsAreRejectedWithAMessage() {
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> new Settings(List.of(Kind.JAVA), List.of(1), List.of(512, 0), 64, 5, 0, 0, 512));
        assertEquals("sizes must be a non-empty list of numbers ≥ 1, got [512, 0]", sizes.getMessage());
        IllegalArgumentException repetitions = assertThrows(IllegalArgumentException.class,
                () -> new Settings(List.of(Kind.JAVA), List.of(1), List.of(512), 64, 0, 0, 0, 512));
        assertTrue(repetitions.getMessage().contains("0 repetitions"), repetitions.getMessage());
    }
}
