package org.widthlab.linalg;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portable fast {@code sgemm} in plain Java, {@code C ← α·op(A)·op(B) + β·C}, used where the
 * native OpenBLAS cannot load (another OS or CPU) or when forced with {@code -Dwidthlab.kernel=java}.
 * About 30–40 GFLOP/s per core on AVX-512 machines, against 5 for EJML and 140–150 for OpenBLAS.
 *
 * <p>How: C is cut into blocks of at most {@value #MC}×{@value #NC}, spread over the threads. For one
 * block, k is walked in slices of {@value #KC}: the slice of op(A) and the panel of op(B) are copied
 * ("packed") into Java arrays, transposing where needed, and the block is accumulated in float by
 * the row update {@code acc[i][·] += Σ_{q<4} A[i,p+q]·B[p+q][·]}, whose inner loop over j touches only
 * separate arrays at the same index, the form HotSpot C2 turns into AVX/AVX-512 instructions
 * (with an offset index into one shared array it does not, because it cannot rule out overlap).
 * Finally {@code C[i,j] ← α·acc[i][j] + β·C[i,j]}, with C not read when β = 0.
 *
 * <p>Rounding: each output is a float sum of k products, in a different order from the reference, so
 * results agree with {@link ReferenceKernel} to a relative error of order k·2⁻²⁴, not bit for bit;
 * they do not depend on the thread count (each output element is computed by one thread in the same
 * order whatever the split).
 *
 * <p>Thread-safe: calls from several threads at once are fine (each call has its own workspace).
 */
public final class BlockedJavaKernel implements MatrixKernel {

    /** Rows of C per block: a packed slice of op(A) is MC×KC floats (64 KiB). */
    static final int MC = 64;
    /** Columns of C per block: one row of the accumulator (2 KiB) stays in L1 while it is updated. */
    static final int NC = 512;
    /** Depth of a slice: a packed panel of op(B) is KC×NC floats (512 KiB, in L2). */
    static final int KC = 256;
    /** Below this many flops (2mnk) one call runs on the calling thread alone: handing work to another thread costs ~20–50 µs. */
    static final double PARALLEL_THRESHOLD_FLOPS = 4e6;
    /** Column blocks are multiples of this (one AVX-512 vector of floats), so the vector loop has no ragged tail. */
    private static final int VECTOR_FLOATS = 16;

    /** Helper threads shared by all instances; idle ones end after a minute, and they never keep the JVM alive. */
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "widthlab-gemm");
        thread.setDaemon(true);
        return thread;
    });

    private final int threads;

    /** A kernel that splits each product over {@code threads} threads (the caller's own included). */
    public BlockedJavaKernel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the Java kernel needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return "java (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c) {
        GemmShape shape = MatrixKernel.checkShapes(transposeA, transposeB, a, b, c);
        if (shape.m() == 0 || shape.n() == 0) {
            return;
        }
        Plan plan = new Plan(transposeA, transposeB, alpha, a, b, beta, c, shape,
                shape.flops() < PARALLEL_THRESHOLD_FLOPS ? 1 : threads);
        int workers = Math.min(plan.workersWanted, plan.blocks());
        List<Future<?>> helpers = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            helpers.add(HELPERS.submit(plan::work));
        }
        plan.work();
        awaitAll(helpers);
    }

    /** Waits for every helper even if interrupted (they write into C, so returning early would race). */
    private static void awaitAll(List<Future<?>> helpers) {
        boolean interrupted = false;
        Throwable failure = null;
        for (Future<?> helper : helpers) {
            while (true) {
                try {
                    helper.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = e.getCause();
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /** One call's split of C into blocks, handed out to workers through a shared counter. */
    private static final class Plan {
        final boolean transposeA;
        final boolean transposeB;
        final float alpha;
        final float beta;
        final FloatMatrix a;
        final FloatMatrix b;
        final FloatMatrix c;
        final int m;
        final int n;
        final int k;
        final int workersWanted;
        final int blockCols;
        final int rowBlocks;
        final int colBlocks;
        final AtomicInteger nextBlock = new AtomicInteger();

        Plan(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
                FloatMatrix c, GemmShape shape, int workersWanted) {
            this.transposeA = transposeA;
            this.transposeB = transposeB;
            this.alpha = alpha;
            this.beta = beta;
            this.a = a;
            this.b = b;
            this.c = c;
            this.m = shape.m();
            this.n = shape.n();
            this.k = shape.k();
            this.workersWanted = workersWanted;
            this.rowBlocks = ceilDiv(m, MC);
            // With few row blocks (the engine's batch of 64 is one), narrow the column blocks so that
            // every worker gets at least one.
            int colBlocksWanted = ceilDiv(workersWanted, rowBlocks);
            this.blockCols = Math.min(NC, roundUp(ceilDiv(n, colBlocksWanted), VECTOR_FLOATS));
            this.colBlocks = ceilDiv(n, blockCols);
        }

        int blocks() {
            return rowBlocks * colBlocks;
        }

        /** Takes blocks until none is left. */
        void work() {
            Workspace ws = new Workspace(Math.min(MC, m), blockCols, Math.min(KC, k));
            for (int block = nextBlock.getAndIncrement(); block < blocks(); block = nextBlock.getAndIncrement()) {
                int i0 = (block / colBlocks) * MC;
                int j0 = (block % colBlocks) * blockCols;
                computeBlock(ws, i0, Math.min(MC, m - i0), j0, Math.min(blockCols, n - j0));
            }
        }

        private void computeBlock(Workspace ws, int i0, int mb, int j0, int nb) {
            for (int i = 0; i < mb; i++) {
                Arrays.fill(ws.acc[i], 0, nb, 0f);
            }
            for (int p0 = 0; p0 < k; p0 += KC) {
                int kb = Math.min(KC, k - p0);
                packA(ws, i0, mb, p0, kb);
                packB(ws, p0, kb, j0, nb);
                multiplyPacked(ws.aPacked, ws.bPanel, ws.acc, mb, nb, kb);
            }
            writeBack(ws, i0, mb, j0, nb);
        }

        /** aPacked[p·mb + i] = op(A)[i0+i, p0+p]. */
        private void packA(Workspace ws, int i0, int mb, int p0, int kb) {
            FloatBuffer storage = a.storage();
            int lda = a.cols();
            if (transposeA) {
                for (int p = 0; p < kb; p++) {
                    storage.get((p0 + p) * lda + i0, ws.aPacked, p * mb, mb);
                }
            } else {
                for (int i = 0; i < mb; i++) {
                    storage.get((i0 + i) * lda + p0, ws.line, 0, kb);
                    for (int p = 0; p < kb; p++) {
                        ws.aPacked[p * mb + i] = ws.line[p];
                    }
                }
            }
        }

        /** bPanel[p][j] = op(B)[p0+p, j0+j]. */
        private void packB(Workspace ws, int p0, int kb, int j0, int nb) {
            FloatBuffer storage = b.storage();
            int ldb = b.cols();
            if (transposeB) {
                for (int j = 0; j < nb; j++) {
                    storage.get((j0 + j) * ldb + p0, ws.line, 0, kb);
                    for (int p = 0; p < kb; p++) {
                        ws.bPanel[p][j] = ws.line[p];
                    }
                }
            } else {
                for (int p = 0; p < kb; p++) {
                    storage.get((p0 + p) * ldb + j0, ws.bPanel[p], 0, nb);
                }
            }
        }

        /** C[i0+i, j0+j] ← α·acc[i][j] + β·C[i0+i, j0+j]; C is not read when β = 0. */
        private void writeBack(Workspace ws, int i0, int mb, int j0, int nb) {
            FloatBuffer storage = c.storage();
            int ldc = c.cols();
            float[] out = ws.line;
            for (int i = 0; i < mb; i++) {
                float[] acc = ws.acc[i];
                int start = (i0 + i) * ldc + j0;
                if (beta == 0) {
                    for (int j = 0; j < nb; j++) {
                        out[j] = alpha * acc[j];
                    }
                } else {
                    storage.get(start, out, 0, nb);
                    for (int j = 0; j < nb; j++) {
                        out[j] = alpha * acc[j] + beta * out[j];
                    }
                }
                storage.put(start, out, 0, nb);
            }
        }
    }

    /**
     * acc[i][j] += Σ_p aPacked[p·mb + i]·bPanel[p][j], four p at a time: one pass over acc[i] per four
     * rows of B halves the loads and stores of acc against one p at a time (measured 33–39 against
     * 26–31 GFLOP/s per core); wider unrolling, or two rows of acc at once, stopped C2 from vectorizing.
     */
    static void multiplyPacked(float[] aPacked, float[][] bPanel, float[][] acc, int mb, int nb, int kb) {
        for (int i = 0; i < mb; i++) {
            float[] row = acc[i];
            int p = 0;
            for (; p + 3 < kb; p += 4) {
                float a0 = aPacked[p * mb + i];
                float a1 = aPacked[(p + 1) * mb + i];
                float a2 = aPacked[(p + 2) * mb + i];
                float a3 = aPacked[(p + 3) * mb + i];
                float[] b0 = bPanel[p];
                float[] b1 = bPanel[p + 1];
                float[] b2 = bPanel[p + 2];
                float[] b3 = bPanel[p + 3];
                for (int j = 0; j < nb; j++) {
                    row[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
                }
            }
            for (; p < kb; p++) {
                float ap = aPacked[p * mb + i];
                float[] bp = bPanel[p];
                for (int j = 0; j < nb; j++) {
                    row[j] += ap * bp[j];
                }
            }
        }
    }

    /** One worker's scratch arrays, allocated once per call and reused for all its blocks. */
    private static final class Workspace {
        final float[][] acc;
        final float[][] bPanel;
        final float[] aPacked;
        /** A row being gathered for a transpose or written back to C. */
        final float[] line;

        Workspace(int mc, int nc, int kc) {
            acc = new float[mc][nc];
            bPanel = new float[kc][nc];
            aPacked = new float[mc * kc];
            line = new float[Math.max(nc, kc)];
        }
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    private static int roundUp(int x, int multiple) {
        return ceilDiv(x, multiple) * multiple;
    }
}
