package org.widthlab.linalg;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portable fast {@code sgemm} in plain Java, {@code C ← α·op(A)·op(B) + β·C}, used where the
 * native OpenBLAS cannot load (another OS or CPU) or when forced with {@code -Dwidthlab.kernel=java}.
 * About 25–33 GFLOP/s per core on these AVX-512 machines (n = 512…2048, per CPU-second of a busy
 * machine), against 5 for EJML and 95–104 for OpenBLAS ({@code widthlab bench}).
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
    /**
     * Below this many flops (2mnk) a call runs on the calling thread alone: about 120 µs of work, against
     * 20–50 µs to hand a block to another thread.
     */
    static final double PARALLEL_THRESHOLD_FLOPS = 4e6;
    /** Column blocks are multiples of this (one AVX-512 vector of floats), so the vector loop has no ragged tail. */
    private static final int VECTOR_FLOATS = 16;
    /** Stored rows transposed together when packing (one 64-byte cache line of each packed row per pass). */
    private static final int TILE = 16;

    private final int threads;

    /** A kernel that splits each product over {@code threads} threads (the caller's own included). */
    public BlockedJavaKernel(int threads) {
        this.threads = GemmThreads.requirePositive(threads);
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return GemmThreads.kernelName(MatrixKernels.Kind.JAVA.id(), threads);
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
        GemmThreads.runCopies(Math.min(plan.workersWanted, plan.blocks()), plan::work);
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
            this.rowBlocks = GemmThreads.ceilDiv(m, MC);
            // With few row blocks (the engine's batch of 64 is one), narrow the column blocks so that
            // every worker gets at least one.
            int colBlocksWanted = GemmThreads.ceilDiv(workersWanted, rowBlocks);
            this.blockCols = Math.min(NC,
                    GemmThreads.roundUp(GemmThreads.ceilDiv(n, colBlocksWanted), VECTOR_FLOATS));
            this.colBlocks = GemmThreads.ceilDiv(n, blockCols);
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
                pack(a, !transposeA, p0, kb, i0, mb, ws.aPacked, ws.tile);
                pack(b, transposeB, p0, kb, j0, nb, ws.bPanel, ws.tile);
                multiplyPacked(ws.aPacked, ws.bPanel, ws.acc, mb, nb, kb);
            }
            writeBack(ws, i0, mb, j0, nb);
        }

        /**
         * dest[p][q] = M[p0+p, q0+q] for p < kb, q < qb, where M is {@code stored} itself or, if
         * {@code transposed}, its transpose. Used for both operands: the panel of op(B) is M = op(B)
         * (rows p, columns j), and the slice of op(A) is M = op(A)ᵀ (rows p, columns i).
         */
        private static void pack(FloatMatrix stored, boolean transposed, int p0, int kb, int q0, int qb,
                float[][] dest, float[][] tile) {
            FloatBuffer storage = stored.storage();
            int ld = stored.cols();
            if (!transposed) {
                for (int p = 0; p < kb; p++) {
                    storage.get((p0 + p) * ld + q0, dest[p], 0, qb);
                }
                return;
            }
            // M[p, q] = stored[q, p]: read TILE stored rows, then write TILE consecutive floats per dest row.
            for (int qt = 0; qt < qb; qt += TILE) {
                int rows = Math.min(TILE, qb - qt);
                for (int t = 0; t < rows; t++) {
                    storage.get((q0 + qt + t) * ld + p0, tile[t], 0, kb);
                }
                for (int p = 0; p < kb; p++) {
                    float[] row = dest[p];
                    for (int t = 0; t < rows; t++) {
                        row[qt + t] = tile[t][p];
                    }
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
     * acc[i][j] += Σ_p aPacked[p][i]·bPanel[p][j], four p at a time: one pass over acc[i] per four
     * rows of B halves the loads and stores of acc against one p at a time (measured 33–39 against
     * 26–31 GFLOP/s per core); wider unrolling, or two rows of acc at once, stopped C2 from vectorizing.
     */
    private static void multiplyPacked(float[][] aPacked, float[][] bPanel, float[][] acc, int mb, int nb,
            int kb) {
        for (int i = 0; i < mb; i++) {
            float[] row = acc[i];
            int p = 0;
            for (; p + 3 < kb; p += 4) {
                float a0 = aPacked[p][i];
                float a1 = aPacked[p + 1][i];
                float a2 = aPacked[p + 2][i];
                float a3 = aPacked[p + 3][i];
                float[] b0 = bPanel[p];
                float[] b1 = bPanel[p + 1];
                float[] b2 = bPanel[p + 2];
                float[] b3 = bPanel[p + 3];
                for (int j = 0; j < nb; j++) {
                    row[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
                }
            }
            for (; p < kb; p++) {
                float ap = aPacked[p][i];
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
        final float[][] aPacked;
        /** A row of C being written back. */
        final float[] line;
        /** {@link #TILE} stored rows being transposed while packing. */
        final float[][] tile;

        Workspace(int mc, int nc, int kc) {
            acc = new float[mc][nc];
            bPanel = new float[kc][nc];
            aPacked = new float[kc][mc];
            line = new float[nc];
            tile = new float[TILE][kc];
        }
    }
}
