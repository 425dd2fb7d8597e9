package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once {@link MatrixKernels#loadNativeKernelFirst} has run, kernels can be made and used while another thread
 * loads native libraries, as JavaFX, GTK and SQLite do at moments nobody chooses. Loading the kernel itself at
 * such a moment deadlocked both threads for good ({@link OpenBlasKernel}), so this runs in a child JVM that is
 * killed if it does not finish: a deadlocked JVM ignores everything but SIGKILL.
 * <p>
 * Checked to fail: with {@code openblas_nolapack.blas_set_num_threads(1)} called again in
 * {@link OpenBlasKernel}'s constructor, the child deadlocked in each of 3 runs (2026-12-04).
 */
@EnabledOnOs(OS.LINUX)
class KernelsBesideLibraryLoadsTest {

    /** Libraries the other thread loads, each a fresh copy (loading a loaded library again takes no lock). */
    static final int LIBRARY_LOADS = 150;
    /** A healthy child takes about a second; a deadlocked one never finishes. */
    private static final long CHILD_TIMEOUT_SECONDS = 60;
    /** A small library every JDK 17 on Linux has. */
    private static final Path LIBRARY = Path.of(System.getProperty("java.home"), "lib", "libj2pkcs11.so");

    @Test
    void kernelsNeverDeadlockWithALibraryLoadingThread(@TempDir Path folder) throws IOException, InterruptedException {
        assumeTrue(OpenBlasKernel.status().loaded(), "OpenBLAS loads here");
        assumeTrue(Files.isRegularFile(LIBRARY), "the JDK has " + LIBRARY);
        String java = ProcessHandle.current().info().command().orElse("java");
        Path output = folder.resolve("child.txt");
        Path errors = folder.resolve("child-errors.txt");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KernelsBesideLibraryLoadsTest.class.getName(), folder.toString())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        boolean finished = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8).strip();
        String complained = Files.readString(errors, StandardCharsets.UTF_8).strip();
        assertTrue(finished, "the child JVM deadlocked (killed after " + CHILD_TIMEOUT_SECONDS + " s): " + said
                + complained);
        assertEquals("libraries loaded: " + LIBRARY_LOADS + ", kernels made and used beside them", said, complained);
    }

    /**
     * The child: loads the kernel first, as WidthLab's main class does, then makes and uses kernels until a
     * second thread has loaded {@link #LIBRARY_LOADS} copies of a library into {@code args[0]}.
     */
    public static void main(String[] args) throws Exception {
        MatrixKernels.loadNativeKernelFirst();
        Path folder = Path.of(args[0]);
        int[] loaded = new int[1];
        Thread loader = new Thread(() -> {
            try {
                for (; loaded[0] < LIBRARY_LOADS; loaded[0]++) {
                    Path copy = Files.copy(LIBRARY, folder.resolve("libcopy" + loaded[0] + ".so"));
                    System.load(copy.toString());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "library-loader");
        loader.start();
        FloatMatrix a = FloatMatrix.of(2, 2, new float[] {1, 2, 3, 4});
        while (loader.isAlive()) {
            FloatMatrix c = FloatMatrix.zeros(2, 2);
            MatrixKernels.withThreads(1).gemm(false, false, 1f, a, a, 0f, c);
            MatrixKernels.defaultKernel().gemm(false, false, 1f, a, a, 1f, c);
        }
        loader.join();
        System.out.println("libraries loaded: " + loaded[0] + ", kernels made and used beside them");
    }
}
