package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepRecorder;
import org.widthlab.engine.TrainingData;
import org.widthlab.engine.WidthSweep;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/** The limits against the engine's own finite networks (float32, the width sweep's loss curves). */
class EngineAgreementTest {

    /** Fitted log-log slope of the loss-curve distance against n: −1/2 expected, within this. */
    private static final double SLOPE_TOLERANCE = 0.25;
    private static final int[] WIDTHS = {256, 1024, 4096};
    private static final int EXPERIMENTS = 8;

    /**
     * μP, depth 1, tanh, the sine data (TP4 Theorem 6.1): the engine's loss curves approach the exact limit's
     * as n grows, at the rate n^{−1/2}, averaged over {@value #EXPERIMENTS} experiments (each seed has its own data).
     * Measured: mean distances 7.2e-3, 3.9e-3, 1.6e-3 at n = 256, 1024, 4096, slope −0.55.
     */
    @Test
    void engineMupDepthOneLossCurvesConvergeToTheExactLimit() throws InterruptedException {
        double[] meanDistance = new double[WIDTHS.length];
        for (int k = 0; k < EXPERIMENTS; k++) {
            Experiment e = new Experiment(Preset.MUP.at(1, Activation.TANH), DataSetKind.SINE, 1, 16, 10, 0.5,
                    Arrays.stream(WIDTHS).boxed().toList(), 1, 1000 + k, false);
            LimitResult limit = ExperimentLimits.of(e).firstSeed();
            assertEquals(LimitKind.FEATURE_LEARNING_EXACT, limit.kind());
            double[] distances = engineDistances(e, limit);
            for (int w = 0; w < WIDTHS.length; w++) {
                meanDistance[w] += distances[w] / EXPERIMENTS;
            }
        }
        for (int w = 1; w < WIDTHS.length; w++) {
            assertTrue(meanDistance[w] < meanDistance[w - 1], "distance shrinks: " + Arrays.toString(meanDistance));
        }
        double slope = LeastSquaresLine.fit(logs(WIDTHS), logs(meanDistance)).slope();
        assertEquals(-0.5, slope, SLOPE_TOLERANCE, "slope of " + Arrays.toString(meanDistance));
    }

    /**
     * NTP with a zero readout (ω + r > 1: only the readout's contribution Σ^{L+1} survives, theory.md §6, and
     * f_0 = 0 exactly): the engine's loss curves approach kernel gradient descent with that kernel (measured:
     * mean distances 4.0e-3, 1.5e-3, 6.6e-4 at n = 256, 1024, 4096, slope −0.64).
     */
    @Test
    void engineZeroReadoutNtpLossCurvesConvergeToTheKernelLimit() throws InterruptedException {
        Parametrization zeroReadout = Preset.NTP.at(2, Activation.RELU).withZeroReadout();
        double[] meanDistance = new double[WIDTHS.length];
        for (int k = 0; k < EXPERIMENTS; k++) {
            Experiment e = new Experiment(zeroReadout, DataSetKind.TEACHER, 4, 16, 10, 1.0,
                    Arrays.stream(WIDTHS).boxed().toList(), 1, 2000 + k, false);
            LimitResult limit = ExperimentLimits.of(e).firstSeed();
            assertEquals(LimitKind.KERNEL_EXACT, limit.kind());
            double[] distances = engineDistances(e, limit);
            for (int w = 0; w < WIDTHS.length; w++) {
                meanDistance[w] += distances[w] / EXPERIMENTS;
            }
        }
        double slope = LeastSquaresLine.fit(logs(WIDTHS), logs(meanDistance)).slope();
        assertEquals(-0.5, slope, SLOPE_TOLERANCE, "slope of " + Arrays.toString(meanDistance));
    }

    private static double[] engineDistances(Experiment e, LimitResult limit) throws InterruptedException {
        SweepRecorder recorder = new SweepRecorder();
        SweepOutcome outcome = new WidthSweep(MatrixKernels.defaultKernel(), SweepExecutor.sameThread())
                .start(e, recorder).await();
        assertEquals(SweepOutcome.Status.COMPLETED, outcome.status());
        SweepLossCurves curves = SweepLossCurves.from(recorder.measurements(), e.seed(), e.steps());
        return Convergence.ofLossCurves(curves.widths(), curves.curves(), limit.lossCurve().orElseThrow()).distances();
    }

    private static double[] logs(int[] x) {
        return Arrays.stream(x).mapToDouble(Math::log).toArray();
    }

    private static double[] logs(double[] x) {
        return Arrays.stream(x).map(Math::log).toArray();
    }
}
