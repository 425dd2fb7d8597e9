package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.widthlab.linalg.Matrices.assertGemmClose;
import static org.widthlab.linalg.Matrices.filled;
import static org.widthlab.linalg.FloatMatrix.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every fast kernel available here (OpenBLAS where it loads, and the Java kernel everywhere, each on
 * 1 and 2 threads) against {@link ReferenceKernel}, on odd shapes, all four transpose combinations
 * and the α/β cases BLAS defines.
 */
class FastKernelsTest {

    /** Every fast kernel available here, on 1 and 2 threads. */
    static List<MatrixKernel> fastKernels() {
        List<MatrixKernel> kernels = new ArrayList<>();
        for (MatrixKernels.Kind kind : MatrixKernels.availableKinds()) {
            if (kind != MatrixKernels.Kind.REFERENCE) {
                kernels.add(kind.create(1));
                kernels.add(kind.create(2));
            }
        }
        return kernels;
    }

    /**
     * (m, n, k): degenerate, odd and prime sizes, and sizes past the Java kernel's block edges
     * (MC = 64 rows, KC = 256 deep; NC = 512 columns is crossed by {@link ThreadCountInvarianceTest}).
     */
    private static final int[][] SHAPES = {{1, 1, 1}, {7, 5, 13}, {65, 130, 65}, {67, 97, 259}, {1, 33, 300}};

    /** (α, β): plain product, β = 0 with NaN in C, accumulation, and general values. */
    private static final float[][] ALPHA_BETA = {{1, 0}, {0.5f, 0}, {1, 1}, {-1.5f, 1}, {2, -0.5f}, {0, 2}};

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 20261123;
        for (int[] shape : SHAPES) {
            for (boolean transposeA : new boolean[] {false, true}) {
                for (boolean transposeB : new boolean[] {false, true}) {
                    for (float[] alphaBeta : ALPHA_BETA) {
                        cases.add(Arguments.of(shape[0], shape[1], shape[2], transposeA, transposeB, alphaBeta[0],
                                alphaBeta[1], seed++));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}×{2}·{2}×{1}, transA={3}, transB={4}, α={5}, β={6}")
    @MethodSource("cases")
    void everyFastKernelMatchesTheReference(int m, int n, int k, boolean transposeA, boolean transposeB, float alpha,
            float beta, long seed) {
        FloatMatrix a = transposeA ? uniform(k, m, seed) : uniform(m, k, seed);
        FloatMatrix b = transposeB ? uniform(n, k, seed + 1_000_000) : uniform(k, n, seed + 1_000_000);
        // β = 0 must not read C at all: BLAS semantics, so NaN there must not reach the result.
        FloatMatrix c0 = beta == 0 ? filled(m, n, Float.NaN) : uniform(m, n, seed + 2_000_000);
        FloatMatrix expected = c0.copy();
        new ReferenceKernel().gemm(transposeA, transposeB, alpha, a, b, beta, expected);
        for (MatrixKernel kernel : fastKernels()) {
            FloatMatrix actual = c0.copy();
            kernel.gemm(transposeA, transposeB, alpha, a, b, beta, actual);
            assertGemmClose(kernel.name(), expected, actual, transposeA, transposeB, alpha, a, b, beta, c0);
        }
    }

    /**
     * The engine's products at a width past both parallel thresholds: forward x·W, backward g·Wᵀ and
     * the update W += α·gᵀ·x.
     */
    @Test
    void engineShapesMatchTheReference() {
        int batch = 64;
        int width = 320;
        FloatMatrix x = uniform(batch, width, 1);
        FloatMatrix w = uniform(width, width, 2);
        FloatMatrix g = uniform(batch, width, 3);
        record Product(String what, boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b,
                float beta, FloatMatrix c0) {
        }
        List<Product> products = List.of(
                new Product("forward x·W", false, false, 1, x, w, 0, filled(batch, width, Float.NaN)),
                new Product("backward g·Wᵀ", false, true, 1, g, w, 0, filled(batch, width, Float.NaN)),
                new Product("update W − 0.1·gᵀ·x", true, false, -0.1f, g, x, 1, w));
        for (Product p : products) {
            FloatMatrix expected = p.c0().copy();
            new ReferenceKernel().gemm(p.transposeA(), p.transposeB(), p.alpha(), p.a(), p.b(), p.beta(), expected);
            for (MatrixKernel kernel : fastKernels()) {
                FloatMatrix actual = p.c0().copy();
                kernel.gemm(p.transposeA(), p.transposeB(), p.alpha(), p.a(), p.b(), p.beta(), actual);
                assertGemmClose(kernel.name() + ", " + p.what(), expected, actual, p.transposeA(), p.transposeB(),
                        p.alpha(), p.a(), p.b(), p.beta(), p.c0());
            }
        }
    }

    /**
     * Products big enough to be split between threads (≥ 10⁷ flops, both kernels' thresholds), cut
     * along C's columns (wide C) and along its rows (tall C), in all four transpose combinations, on
     * 2 and 3 threads (3 strips of a length that 16 does not divide leave a short last strip).
     */
    @Test
    void splitProductsMatchTheReferenceInEveryDirection() {
        int[][] shapes = {{64, 424, 200}, {424, 64, 200}};
        long seed = 41;
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            int k = shape[2];
            for (boolean transposeA : new boolean[] {false, true}) {
                for (boolean transposeB : new boolean[] {false, true}) {
                    FloatMatrix a = transposeA ? uniform(k, m, seed++) : uniform(m, k, seed++);
                    FloatMatrix b = transposeB ? uniform(n, k, seed++) : uniform(k, n, seed++);
                    FloatMatrix c0 = uniform(m, n, seed++);
                    FloatMatrix expected = c0.copy();
                    new ReferenceKernel().gemm(transposeA, transposeB, 0.5f, a, b, 1, expected);
                    for (MatrixKernels.Kind kind : MatrixKernels.availableKinds()) {
                        if (kind == MatrixKernels.Kind.REFERENCE) {
                            continue;
                        }
                        for (int threads : new int[] {2, 3}) {
                            MatrixKernel kernel = kind.create(threads);
                            FloatMatrix actual = c0.copy();
                            kernel.gemm(transposeA, transposeB, 0.5f, a, b, 1, actual);
                            assertGemmClose(kernel.name() + ", " + m + "×" + k + "·" + k + "×" + n + ", transA="
                                    + transposeA + ", transB=" + transposeB, expected, actual, transposeA, transposeB,
                                    0.5f, a, b, 1, c0);
                        }
                    }
                }
            }
        }
    }

    /** The same kernel on 1 and 2 threads gives the same product to float32 accuracy. */
    @Test
    void threadCountsAgree() {
        FloatMatrix a = uniform(64, 600, 21);
        FloatMatrix b = uniform(600, 600, 22);
        FloatMatrix c0 = uniform(64, 600, 23);
        for (MatrixKernels.Kind kind : MatrixKernels.availableKinds()) {
            if (kind == MatrixKernels.Kind.REFERENCE) {
                continue;
            }
            FloatMatrix one = c0.copy();
            kind.create(1).gemm(false, false, 0.5f, a, b, 1, one);
            FloatMatrix two = c0.copy();
            kind.create(2).gemm(false, false, 0.5f, a, b, 1, two);
            assertGemmClose(kind.id() + " 2 threads against 1", one, two, false, false, 0.5f, a, b, 1, c0);
        }
    }

    /** OpenBLAS kernels with different thread counts, called from two threads at once, stay correct. */
    @Test
    void concurrentCallsWithDifferentThreadCountsAreCorrect() throws Exception {
        FloatMatrix a = uniform(96, 200, 31);
        FloatMatrix b = uniform(200, 150, 32);
        FloatMatrix expected = FloatMatrix.zeros(96, 150);
        new ReferenceKernel().gemm(false, false, 1, a, b, 0, expected);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (MatrixKernel kernel : fastKernels()) {
                runs.add(callers.submit(() -> {
                    for (int repeat = 0; repeat < 20; repeat++) {
                        FloatMatrix c = filled(96, 150, Float.NaN);
                        kernel.gemm(false, false, 1, a, b, 0, c);
                        assertGemmClose(kernel.name() + " concurrently", expected, c, false, false, 1, a, b, 0, c);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            callers.shutdown();
        }
    }

    /** k = 0: the product is empty, so C ← β·C (and zeros for β = 0, whatever C held). */
    @Test
    void emptyInnerDimensionScalesC() {
        FloatMatrix a = FloatMatrix.zeros(3, 0);
        FloatMatrix b = FloatMatrix.zeros(0, 4);
        for (MatrixKernel kernel : fastKernels()) {
            FloatMatrix c = filled(3, 4, 6f);
            kernel.gemm(false, false, 1, a, b, 0.5f, c);
            assertArrayEquals(filled(3, 4, 3f).toArray(), c.toArray(), kernel.name() + ", β = 0.5");
            FloatMatrix garbage = filled(3, 4, Float.NaN);
            kernel.gemm(false, false, 1, a, b, 0, garbage);
            assertArrayEquals(new float[12], garbage.toArray(), kernel.name() + ", β = 0");
        }
    }

    @Test
    void mismatchedShapesThrowNamingAllThree() {
        List<MatrixKernel> kernels = new ArrayList<>(fastKernels());
        kernels.add(new ReferenceKernel());
        for (MatrixKernel kernel : kernels) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> kernel.gemm(false, false, 1, FloatMatrix.zeros(2, 3), FloatMatrix.zeros(4, 5), 0,
                            FloatMatrix.zeros(2, 5)), kernel.name());
            assertEquals("gemm shapes do not agree: op(A) 2×3, op(B) 4×5, C 2×5", e.getMessage(), kernel.name());
            IllegalArgumentException wrongC = assertThrows(IllegalArgumentException.class,
                    () -> kernel.gemm(true, false, 1, FloatMatrix.zeros(3, 2), FloatMatrix.zeros(3, 5), 0,
                            FloatMatrix.zeros(5, 2)), kernel.name());
            assertEquals("gemm shapes do not agree: op(A) 2×3, op(B) 3×5, C 5×2", wrongC.getMessage(), kernel.name());
        }
    }

    /** A caller moving the position of {@link FloatMatrix#buffer()} does not shift what the kernels read. */
    @Test
    void movingTheBufferViewDoesNotShiftTheKernels() {
        FloatMatrix a = FloatMatrix.of(1, 2, new float[] {1, 2});
        FloatMatrix b = FloatMatrix.of(2, 1, new float[] {3, 4});
        a.buffer().position(1);
        for (MatrixKernel kernel : fastKernels()) {
            FloatMatrix c = FloatMatrix.zeros(1, 1);
            kernel.gemm(false, false, 1, a, b, 0, c);
            assertEquals(11f, c.get(0, 0), kernel.name() + ": 1·3 + 2·4");
        }
    }

    @Test
    void threadCountBelowOneIsRejected() {
        for (MatrixKernels.Kind kind : MatrixKernels.availableKinds()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kind.create(0));
            assertTrue(e.getMessage().contains("at least 1 thread, got 0"), e.getMessage());
        }
    }
}
