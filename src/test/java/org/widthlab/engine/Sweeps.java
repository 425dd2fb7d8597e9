package org.widthlab.engine;

import java.util.List;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.theory.Parametrization;

/** Small helpers for the engine's tests. */
final class Sweeps {

    /** The kernel the engine tests train with: the default one users get (checked against the reference in linalg). */
    static final MatrixKernel KERNEL = MatrixKernels.defaultKernel();

    private Sweeps() {
    }

    static Experiment experiment(Parametrization p, DataSetKind data, int inputDim, int batch, int steps, double lr,
            List<Integer> widths, int seeds) {
        return new Experiment(p, data, inputDim, batch, steps, lr, widths, seeds, 0, false);
    }

    /** Runs a sweep to completion on this thread. */
    static SweepRecorder run(Experiment e, MatrixKernel kernel) {
        SweepRecorder recorder = new SweepRecorder();
        new WidthSweep(kernel, SweepExecutor.sameThread()).start(e, recorder);
        return recorder;
    }

    static SweepRecorder run(Experiment e) {
        return run(e, KERNEL);
    }
}
