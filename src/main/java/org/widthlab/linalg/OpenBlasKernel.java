package org.widthlab.linalg;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The fast {@code sgemm}, {@code C ← α·op(A)·op(B) + β·C}, done by native OpenBLAS ({@code cblas_sgemm},
 * row-major) through bytedeco's JavaCPP bindings, reading and writing the matrices' off-heap buffers
 * in place (no copies). 140–150 GFLOP/s on one core and 270–300 on two of these AVX-512 machines
 * (TOOLCHAIN.md).
 *
 * <p>Only the linux-x86_64 native library is shipped. Loading is tried once, on first use of
 * {@link #status()}; a failure (another OS or CPU, a missing jar) is caught and reported, never
 * thrown, and {@link MatrixKernels} then falls back to {@link BlockedJavaKernel}. The load extracts the
 * native library to JavaCPP's cache ({@code ~/.javacpp/cache}) the first time.
 *
 * <p>Threads: OpenBLAS has one process-wide thread count. Calls from kernels with the same count run
 * concurrently (OpenBLAS itself is thread-safe); a kernel with a different count waits until the
 * calls in flight have finished, sets the count, and then runs.
 */
public final class OpenBlasKernel implements MatrixKernel {

    /** Whether the native library loaded and passed a known product, and from where (or why not). */
    record Status(boolean loaded, String detail) {
    }

    /** Set on first use of {@link #status()} (the holder idiom: the load runs once, thread-safely). */
    private static final class Load {
        static final Status STATUS = tryLoad();
    }

    private static final ReentrantReadWriteLock THREAD_COUNT_LOCK = new ReentrantReadWriteLock();
    /** The thread count last given to OpenBLAS; 0 until the first call. Guarded by {@link #THREAD_COUNT_LOCK}. */
    private static int openBlasThreads;

    private final int threads;

    /**
     * A kernel that runs OpenBLAS on {@code threads} threads.
     *
     * @throws IllegalStateException if the native library did not load (see {@link #status()})
     */
    public OpenBlasKernel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("OpenBLAS needs at least 1 thread, got " + threads);
        }
        Status status = status();
        if (!status.loaded()) {
            throw new IllegalStateException("OpenBLAS is not available here: " + status.detail());
        }
        this.threads = threads;
    }

    /** The outcome of loading the native library (tried once per process). */
    static Status status() {
        return Load.STATUS;
    }

    @Override
    public String name() {
        return "openblas (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c) {
        GemmShape shape = MatrixKernel.checkShapes(transposeA, transposeB, a, b, c);
        if (shape.m() == 0 || shape.n() == 0) {
            return;
        }
        ReentrantReadWriteLock.ReadLock shared = THREAD_COUNT_LOCK.readLock();
        shared.lock();
        if (openBlasThreads != threads) {
            shared.unlock();
            ReentrantReadWriteLock.WriteLock exclusive = THREAD_COUNT_LOCK.writeLock();
            exclusive.lock();
            try {
                if (openBlasThreads != threads) {
                    openblas_nolapack.blas_set_num_threads(threads);
                    openBlasThreads = threads;
                }
                shared.lock(); // downgrade: nobody can change the count between here and the call
            } finally {
                exclusive.unlock();
            }
        }
        try {
            sgemm(transposeA, transposeB, alpha, a, b, beta, c, shape);
        } finally {
            shared.unlock();
        }
    }

    /**
     * The one native call. Row-major leading dimensions are the stored column counts (at least 1, as
     * BLAS requires even when a dimension is 0).
     */
    private static void sgemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b,
            float beta, FloatMatrix c, GemmShape shape) {
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                shape.m(), shape.n(), shape.k(), alpha, a.storage(), Math.max(1, a.cols()), b.storage(),
                Math.max(1, b.cols()), beta, c.storage(), Math.max(1, c.cols()));
    }

    /**
     * Loads the native library and checks it on a product known by hand,
     * [[1, 2], [3, 4]]·[[5, 6], [7, 8]] = [[19, 22], [43, 50]]. Never throws.
     */
    private static Status tryLoad() {
        try {
            String path = Loader.load(openblas_nolapack.class);
            FloatMatrix c = FloatMatrix.zeros(2, 2);
            sgemm(false, false, 1f, FloatMatrix.of(2, 2, new float[] {1, 2, 3, 4}),
                    FloatMatrix.of(2, 2, new float[] {5, 6, 7, 8}), 0f, c, new GemmShape(2, 2, 2));
            float[] expected = {19, 22, 43, 50};
            if (!Arrays.equals(c.toArray(), expected)) {
                return new Status(false, "OpenBLAS loaded from " + path + " but computed "
                        + Arrays.toString(c.toArray()) + " for a product whose answer is "
                        + Arrays.toString(expected));
            }
            return new Status(true, "OpenBLAS loaded from " + path);
        } catch (LinkageError | RuntimeException e) {
            return new Status(false, e.toString());
        }
    }
}
