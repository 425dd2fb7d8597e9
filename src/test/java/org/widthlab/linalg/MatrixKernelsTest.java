package org.widthlab.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.widthlab.linalg.MatrixKernels.Choice;
import org.widthlab.linalg.MatrixKernels.Kind;

/** How the default kernel is chosen, and that the native library loads where it is shipped. */
class MatrixKernelsTest {

    private static final OpenBlasKernel.Status LOADED = new OpenBlasKernel.Status(true, "OpenBLAS loaded from /x.so");
    private static final OpenBlasKernel.Status FAILED = new OpenBlasKernel.Status(false,
            "java.lang.UnsatisfiedLinkError: no jniopenblas_nolapack in java.library.path");

    /** The pom ships natives for linux-x86_64 only: there OpenBLAS must load, elsewhere it cannot. */
    @Test
    void openBlasLoadsExactlyWhereItsNativesAreShipped() {
        boolean linuxX64 = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux")
                && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
        assertEquals(linuxX64, OpenBlasKernel.status().loaded(), OpenBlasKernel.status().detail());
    }

    @Test
    void openBlasIsPreferredWhenItLoads() {
        Choice choice = MatrixKernels.choose(null, LOADED);
        assertEquals(Kind.OPENBLAS, choice.kind());
        assertEquals("fastest available: OpenBLAS loaded from /x.so", choice.reason());
    }

    @Test
    void aFailedLoadFallsBackToJavaAndSaysWhy() {
        Choice choice = MatrixKernels.choose(null, FAILED);
        assertEquals(Kind.JAVA, choice.kind());
        assertTrue(choice.reason().contains("UnsatisfiedLinkError"), choice.reason());
    }

    @Test
    void thePropertyForcesAKernelCaseInsensitively() {
        assertEquals(Kind.JAVA, MatrixKernels.choose("java", LOADED).kind());
        assertEquals("forced by -Dwidthlab.kernel=java", MatrixKernels.choose("java", LOADED).reason());
        assertEquals(Kind.REFERENCE, MatrixKernels.choose(" Reference ", LOADED).kind());
        assertEquals(Kind.OPENBLAS, MatrixKernels.choose("OpenBLAS", LOADED).kind());
    }

    @Test
    void forcingOpenBlasWhereItCannotLoadStillFallsBack() {
        Choice choice = MatrixKernels.choose("openblas", FAILED);
        assertEquals(Kind.JAVA, choice.kind());
        assertTrue(choice.reason().startsWith("forced by -Dwidthlab.kernel=openblas, but OpenBLAS could not be loaded"),
                choice.reason());
    }

    @Test
    void anUnknownKernelNameIsRejectedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatrixKernels.choose("cuda", LOADED));
        assertEquals("unknown kernel 'cuda': expected one of openblas, java, reference", e.getMessage());
    }

    @Test
    void theDefaultKernelIsTheChosenKindOnAllCores() {
        Choice choice = MatrixKernels.choice();
        int cores = MatrixKernels.cores();
        assertEquals(choice.kind().create(cores).name(), MatrixKernels.defaultKernel().name());
    }
}
