package org.widthlab.cli;

import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;

/** The matrix kernel the command line trains with: the fastest available one. */
final class Kernels {

    private Kernels() {
    }

    static MatrixKernel forSweeps() {
        return MatrixKernels.defaultKernel();
    }
}
