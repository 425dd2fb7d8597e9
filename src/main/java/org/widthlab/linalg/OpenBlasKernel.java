package org.widthlab.linalg;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The fast {@code sgemm}, {@code C ← α·op(A)·op(B) + β·C}, done by native OpenBLAS ({@code cblas_sgemm},
 * row-major) through bytedeco's JavaCPP bindings, reading and writing the matrices' off-heap buffers
 * in place (no copies). In the quietest {@code widthlab bench} run on 2026-11-23, 95–104 on one thread and 179–202 on two (square,
 * n = 512…4096).
 *
 * <p>Threads: OpenBLAS itself is kept single-threaded. C is cut into strips of {@value #STRIP_LENGTH}
 * columns (or rows, along its longer side; the last strip may be shorter), and the threads, the caller
 * and T − 1 helpers, take strips in turn, each running one single-threaded {@code cblas_sgemm} on its
 * strip: {@code C[:, J] ← α·op(A)·op(B)[:, J] + β·C[:, J]} (or the same with rows). OpenBLAS's own threads
 * synchronize inside every product and stall when another process takes a core: on a shared, overloaded
 * two-core machine they fell to 1.6–28 GFLOP/s where strips kept 22–47 (64×1024·1024×1024 and 1024³).
 * Strips also leave no process-wide thread count to fight over, so kernels with different thread counts
 * may run at the same time. Products under {@value #PARALLEL_THRESHOLD_FLOPS} flops are one strip.
 *
 * <p>Same numbers on any thread count: the strips depend only on the product's shape, never on the
 * thread count, so every thread count makes the same {@code cblas_sgemm} calls and gets the same bits.
 * This matters: OpenBLAS's kernels for some processors (its Haswell and Zen kernels, e.g. on AVX2 AMD
 * EPYC) round an entry differently depending on the shape of the product it belongs to, so cutting C
 * into one strip per thread changed entries by up to 10⁻³ relative between 1 and 2 threads, and a
 * sweep's measurements by up to 6·10⁻⁵. What is
 * not promised: the same bits on another processor type, for which OpenBLAS picks other kernels
 * ({@code OPENBLAS_CORETYPE} forces one), or from another kernel kind.
 *
 * <p>Only the linux-x86_64 native library is shipped. Loading is tried once, on first use of
 * {@link #status()}; a failure (another OS or CPU, a missing jar) is caught and reported, never
 * thrown, and {@link MatrixKernels} then falls back to {@link BlockedJavaKernel}. The first load
 * extracts the native library (40 MB) to JavaCPP's cache, {@code ~/.javacpp/cache}.
 */
public final class OpenBlasKernel implements MatrixKernel {

    /**
     * Below this many flops (2mnk) a product runs on the calling thread: about 70 µs of single-threaded
     * OpenBLAS, against 20–50 µs to hand a strip to another thread.
     */
    static final double PARALLEL_THRESHOLD_FLOPS = 1e7;
    /**
     * Rows or columns of C per strip: a multiple of 16 (one 64-byte cache line of floats), small enough that
     * the engine's products at width 512 make two strips, large enough that repacking the other operand
     * for every strip costs little.
     */
    static final int STRIP_LENGTH = 256;

    /** Whether the native library loaded and passed a known product, and from where (or why not). */
    record Status(boolean loaded, String detail) {
    }

    /** Set on first use of {@link #status()} (the holder idiom: the load runs once, thread-safely). */
    private static final class Load {
        static final Status STATUS = tryLoad();
    }

    private final int threads;

    /**
     * A kernel that splits each product over {@code threads} threads, the caller's own included.
     *
     * @throws IllegalStateException if the native library did not load (see {@link #status()})
     */
    public OpenBlasKernel(int threads) {
        this.threads = GemmThreads.requirePositive(threads);
        Status status = status();
        if (!status.loaded()) {
            throw new IllegalStateException("OpenBLAS is not available here: " + status.detail());
        }
    }

    /** The outcome of loading the native library (tried once per process). */
    static Status status() {
        return Load.STATUS;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return GemmThreads.kernelName(MatrixKernels.Kind.OPENBLAS.id(), threads);
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c) {
        GemmShape shape = MatrixKernel.checkShapes(transposeA, transposeB, a, b, c);
        int m = shape.m();
        int n = shape.n();
        int k = shape.k();
        if (m == 0 || n == 0) {
            return;
        }
        int lda = a.cols();
        int ldb = b.cols();
        int ldc = c.cols();
        boolean splitColumns = n >= m;
        int length = splitColumns ? n : m;
        int strips = shape.flops() < PARALLEL_THRESHOLD_FLOPS ? 1 : GemmThreads.ceilDiv(length, STRIP_LENGTH);
        if (strips == 1) {
            sgemm(transposeA, transposeB, m, n, k, alpha, a.storage(), lda, b.storage(), ldb, beta, c.storage(), ldc);
            return;
        }
        AtomicInteger nextStrip = new AtomicInteger();
        GemmThreads.runCopies(Math.min(threads, strips), () -> {
            for (int strip = nextStrip.getAndIncrement(); strip < strips; strip = nextStrip.getAndIncrement()) {
                int start = strip * STRIP_LENGTH;
                int size = Math.min(STRIP_LENGTH, length - start);
                if (splitColumns) {
                    // op(B)[:, J] starts at column J of B, or at row J of the stored Bᵀ.
                    sgemm(transposeA, transposeB, m, size, k, alpha, a.storage(), lda,
                            from(b.storage(), transposeB ? start * ldb : start), ldb,
                            beta, from(c.storage(), start), ldc);
                } else {
                    // op(A)[I, :] starts at row I of A, or at column I of the stored Aᵀ.
                    sgemm(transposeA, transposeB, size, n, k, alpha,
                            from(a.storage(), transposeA ? start : start * lda), lda, b.storage(), ldb,
                            beta, from(c.storage(), start * ldc), ldc);
                }
            }
        });
    }

    /** The storage from {@code offset} on: a view whose native address is that element's. */
    private static FloatBuffer from(FloatBuffer storage, int offset) {
        return storage.slice(offset, storage.capacity() - offset);
    }

    /**
     * The one native call, on row-major storage with leading dimensions lda, ldb, ldc (the stored
     * column counts; at least 1, as BLAS requires even when a dimension is 0).
     */
    private static void sgemm(boolean transposeA, boolean transposeB, int m, int n, int k, float alpha, FloatBuffer a,
            int lda, FloatBuffer b, int ldb, float beta, FloatBuffer c, int ldc) {
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                m, n, k, alpha, a, Math.max(1, lda), b, Math.max(1, ldb), beta, c, Math.max(1, ldc));
    }

    /**
     * Loads the native library, makes OpenBLAS single-threaded (the strips are the threads), and checks
     * it on a product known by hand, [[1, 2], [3, 4]]·[[5, 6], [7, 8]] = [[19, 22], [43, 50]]. Never throws.
     * <p>
     * Only safe while no other thread loads a native library, hence {@link MatrixKernels#loadNativeKernelFirst}.
     * {@code blas_set_num_threads} looks up MKL's and OpenBLAS's thread-count functions with JavaCPP's
     * {@code Loader.addressof}, which, not finding them globally, walks the loaded libraries with glibc's
     * {@code dl_iterate_phdr} and calls {@code dlsym} inside it. That takes glibc's two loader locks in the
     * opposite order to {@code dlopen}, so a library loaded by another thread at that moment deadlocks both
     * threads for good; the process then cannot even be stopped with {@code kill}. Seen on 2026-12-04 in 1 of
     * 14 window starts under Xvfb (the JavaFX thread was loading its FreeType library), and in 6 of 8 runs of
     * 300 look-ups beside 300 library loads. LWJGL's issue #1148 is the same trap.
     */
    private static Status tryLoad() {
        try {
            String path = Loader.load(openblas_nolapack.class);
            openblas_nolapack.blas_set_num_threads(1);
            FloatMatrix c = FloatMatrix.zeros(2, 2);
            sgemm(false, false, 2, 2, 2, 1f, FloatMatrix.of(2, 2, new float[] {1, 2, 3, 4}).storage(), 2,
                    FloatMatrix.of(2, 2, new float[] {5, 6, 7, 8}).storage(), 2, 0f, c.storage(), 2);
            float[] expected = {19, 22, 43, 50};
            if (!Arrays.equals(c.toArray(), expected)) {
                return new Status(false, "OpenBLAS loaded from " + path + " but computed "
                        + Arrays.toString(c.toArray()) + " for a product whose answer is " + Arrays.toString(expected));
            }
            return new Status(true, "OpenBLAS loaded from " + path);
        } catch (LinkageError | RuntimeException e) {
            return new Status(false, e.toString());
        }
    }
}
