package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.widthlab.linalg.FloatMatrix.uniform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every fast kernel gives the same bits on 1, 2 and 3 threads (the promise of {@link OpenBlasKernel} and
 * {@link BlockedJavaKernel}, on which "same experiment, same numbers" rests), on products that are split
 * between threads (≥ 10⁷ flops), cross the Java kernel's block edges and OpenBLAS's strip edges with a short
 * last piece, wide and tall, in all four transpose combinations, with β = 0 and β = 1; the engine's forward
 * (64×n·n×n), backward and update (n×64·64×n) products are among them.
 */
class ThreadCountInvarianceTest {

    private static final int[][] SHAPES = {{131, 530, 300}, {64, 600, 700}, {600, 64, 700}, {700, 600, 64}};
    private static final long CHILD_TIMEOUT_SECONDS = 120;

    @Test
    void theKernelsHereGiveTheSameBitsOnAnyThreadCount() {
        assertEquals(List.of(), differences());
    }

    /**
     * OpenBLAS's Haswell kernels (chosen on AVX2 processors such as many AMD EPYC) round an entry according
     * to the shape of the product around it: cutting C into one strip per thread gave 1 and 2 threads
     * different bits there. Checked in a JVM that forces them ({@code OPENBLAS_CORETYPE=Haswell}).
     */
    @Test
    void openBlasHaswellKernelsGiveTheSameBitsOnAnyThreadCount() throws IOException, InterruptedException {
        assumeTrue(OpenBlasKernel.status().loaded(), "OpenBLAS loads here");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ThreadCountInvarianceTest.class.getName()).redirectErrorStream(true);
        builder.environment().put("OPENBLAS_CORETYPE", "Haswell");
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS), "the child JVM finished");
        assertEquals("no differences", output);
    }

    /** The products on which a fast kernel on 2 or 3 threads differs from itself on 1 thread. */
    static List<String> differences() {
        List<String> found = new ArrayList<>();
        long seed = 11;
        for (int[] shape : SHAPES) {
            for (boolean transposeA : new boolean[] {false, true}) {
                for (boolean transposeB : new boolean[] {false, true}) {
                    for (float beta : new float[] {0, 1}) {
                        int m = shape[0];
                        int n = shape[1];
                        int k = shape[2];
                        FloatMatrix a = transposeA ? uniform(k, m, seed++) : uniform(m, k, seed++);
                        FloatMatrix b = transposeB ? uniform(n, k, seed++) : uniform(k, n, seed++);
                        FloatMatrix c0 = uniform(m, n, seed++);
                        for (MatrixKernels.Kind kind : MatrixKernels.availableKinds()) {
                            if (kind == MatrixKernels.Kind.REFERENCE) {
                                continue;
                            }
                            FloatMatrix single = c0.copy();
                            kind.create(1).gemm(transposeA, transposeB, 1, a, b, beta, single);
                            for (int threads : new int[] {2, 3}) {
                                FloatMatrix split = c0.copy();
                                kind.create(threads).gemm(transposeA, transposeB, 1, a, b, beta, split);
                                if (!Arrays.equals(single.toArray(), split.toArray())) {
                                    found.add(kind.id() + " on " + threads + " threads, " + m + "×" + k + "·" + k
                                            + "×" + n + ", transA=" + transposeA + ", transB=" + transposeB
                                            + ", β=" + beta);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The child JVM of {@link #openBlasHaswellKernelsGiveTheSameBitsOnAnyThreadCount}. */
    public static void main(String[] args) {
        List<String> found = differences();
        System.out.println(found.isEmpty() ? "no differences" : String.join("\n", found));
    }
}
