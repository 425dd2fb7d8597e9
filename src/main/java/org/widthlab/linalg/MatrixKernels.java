package org.widthlab.linalg;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the engine gets its {@link MatrixKernel} ({@code C ← α·op(A)·op(B) + β·C}): the fastest one that
 * works on this machine, and why it was chosen.
 *
 * <p>The order of preference: {@link Kind#OPENBLAS} (native, 100–150 GFLOP/s per core), else
 * {@link Kind#JAVA} (portable, 25–33 GFLOP/s per core); {@code widthlab bench} measures both here.
 * The system property {@value #KERNEL_PROPERTY} ({@code openblas}, {@code java} or {@code reference})
 * forces one; forcing OpenBLAS where it cannot load still falls back to Java, and says so in the
 * {@link Choice#reason()}.
 *
 * <p>Kernels are cheap immutable values and thread-safe. A caller that already runs several products
 * at once (one width per thread, say) should give each {@code withThreads(1)}: threads beyond the
 * cores only add switching.
 *
 * <pre>{@code
 * MatrixKernel kernel = MatrixKernels.defaultKernel();   // all cores; MatrixKernels.choice().reason() says why
 * kernel.gemm(false, false, 1f, x, w, 0f, h);            // forward:  h = x·w          (x: b×n, w: n×n)
 * kernel.gemm(false, true, 1f, gh, w, 0f, gx);           // backward: gx = gh·wᵀ
 * kernel.gemm(true, false, -lr, x, gh, 1f, w);           // update:   w ← w − lr·xᵀ·gh
 * }</pre>
 */
public final class MatrixKernels {

    /** The system property that forces a kernel: {@code -Dwidthlab.kernel=openblas|java|reference}. */
    public static final String KERNEL_PROPERTY = "widthlab.kernel";

    private MatrixKernels() {
    }

    /** The kinds of kernel, by the id the system property and the {@code bench} command use. */
    public enum Kind {
        /** {@link OpenBlasKernel}: native OpenBLAS {@code cblas_sgemm} on the off-heap buffers. */
        OPENBLAS("openblas"),
        /** {@link BlockedJavaKernel}: packed, cache-blocked, multi-threaded plain Java. */
        JAVA("java"),
        /** {@link ReferenceKernel}: the obvious triple loop; single-threaded whatever the thread count. */
        REFERENCE("reference");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /**
         * A kernel of this kind that uses {@code threads} threads (≥ 1).
         *
         * @throws IllegalStateException for {@link #OPENBLAS} where the native library did not load
         */
        public MatrixKernel create(int threads) {
            return switch (this) {
                case OPENBLAS -> new OpenBlasKernel(threads);
                case JAVA -> new BlockedJavaKernel(threads);
                case REFERENCE -> {
                    GemmThreads.requirePositive(threads);
                    yield new ReferenceKernel();
                }
            };
        }

        /** The kind with this id (case-insensitive); throws naming the valid ids otherwise. */
        public static Kind fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown kernel '" + id + "': expected one of "
                    + Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", ")));
        }
    }

    /** The kind of kernel chosen for this process, and a sentence saying why. */
    public record Choice(Kind kind, String reason) {
    }

    /**
     * The kernel {@link #defaultKernel()} uses and why: reads {@value #KERNEL_PROPERTY} and tries
     * OpenBLAS (once per process; a failure to load is reported here, never thrown).
     *
     * @throws IllegalArgumentException if {@value #KERNEL_PROPERTY} names no kernel
     */
    public static Choice choice() {
        return choose(System.getProperty(KERNEL_PROPERTY), OpenBlasKernel.status());
    }

    /**
     * Loads the native kernel now, on the calling thread, if it can load and has not: call it first in a
     * process, before any other thread starts (WidthLab's main class and the tests' session do). Loading it
     * while another thread loads a native library, as JavaFX does while the window opens, can deadlock both
     * threads for good (see {@link OpenBlasKernel}); afterwards kernels never touch the loader again.
     */
    public static void loadNativeKernelFirst() {
        OpenBlasKernel.status();
    }

    /** The fastest kernel available, on all {@link #cores()}. */
    public static MatrixKernel defaultKernel() {
        return withThreads(cores());
    }

    /** The kernel of {@link #choice()} on {@code threads} threads (≥ 1). */
    public static MatrixKernel withThreads(int threads) {
        return choice().kind().create(threads);
    }

    /** The kinds that can run here, fastest first: what {@code bench} measures. */
    public static List<Kind> availableKinds() {
        return OpenBlasKernel.status().loaded() ? List.of(Kind.values()) : List.of(Kind.JAVA, Kind.REFERENCE);
    }

    /** The number of processors the JVM may use: the default thread count. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The choice for a requested id ({@code null}: none) given how loading OpenBLAS went. */
    static Choice choose(String requested, OpenBlasKernel.Status openBlas) {
        if (requested == null || requested.isBlank()) {
            return openBlas.loaded()
                    ? new Choice(Kind.OPENBLAS, "fastest available: " + openBlas.detail())
                    : new Choice(Kind.JAVA, "OpenBLAS could not be loaded (" + openBlas.detail()
                            + "), so the portable Java kernel is used");
        }
        Kind kind = Kind.fromId(requested);
        String forced = "forced by -D" + KERNEL_PROPERTY + "=" + kind.id();
        if (kind == Kind.OPENBLAS && !openBlas.loaded()) {
            return new Choice(Kind.JAVA, forced + ", but OpenBLAS could not be loaded (" + openBlas.detail()
                    + "), so the portable Java kernel is used");
        }
        return new Choice(kind, kind == Kind.OPENBLAS ? forced + ": " + openBlas.detail() : forced);
    }
}
