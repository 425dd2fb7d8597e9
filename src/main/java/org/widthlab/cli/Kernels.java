package org.widthlab.cli;

import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.ReferenceKernel;

/** The matrix kernel the command line trains with. */
final class Kernels {

    private Kernels() {
    }

    static MatrixKernel forSweeps() {
        return new ReferenceKernel();
    }
}
