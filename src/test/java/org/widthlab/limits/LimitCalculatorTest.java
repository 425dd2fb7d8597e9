package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Loss;
import org.widthlab.engine.TrainingData;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

class LimitCalculatorTest {

    private static final double[][] INPUTS = {{0.6, -0.8}, {1.0, 0.2}, {-0.3, 0.5}};
    private static final double[] TARGETS = {0.5, -0.2, 0.9};
    private static final double[][] EVAL = {{0.1, 0.9}};
    private static final double ROUNDING = 1e-12;

    private static Experiment experiment(Parametrization p, DataSetKind data) {
        return new Experiment(p, data, 2, INPUTS.length, 6, 0.5, List.of(64), 1, 3, false);
    }

    private static TrainingData data(double[] targets, Loss loss) {
        return new TrainingData(INPUTS, targets, loss);
    }

    private static LimitResult limit(Parametrization p) {
        return LimitCalculator.compute(experiment(p, DataSetKind.TEACHER), data(TARGETS, Loss.SQUARED), EVAL);
    }

    @Test
    void kindFollowsTheVerdict() {
        assertEquals(LimitKind.KERNEL_EXACT, limit(Preset.NTP.at(3, Activation.RELU)).kind());
        assertEquals(LimitKind.KERNEL_EXACT, limit(Preset.SP_LR_1_OVER_N.at(2, Activation.GELU)).kind());
        assertEquals(LimitKind.FEATURE_LEARNING_EXACT, limit(Preset.MUP.at(1, Activation.RELU)).kind());
        assertEquals(LimitKind.FEATURE_LEARNING_EXACT, limit(Preset.MFP.at(1, Activation.IDENTITY)).kind());
        LimitResult deep = limit(Preset.MUP.at(3, Activation.TANH));
        assertEquals(LimitKind.NONE, deep.kind());
        assertTrue(deep.explanation().contains("extrapolation"), deep.explanation());
        LimitResult unstable = limit(Preset.SP.at(2, Activation.RELU));
        assertEquals(LimitKind.NONE, unstable.kind());
        assertTrue(unstable.explanation().startsWith("No infinite-width limit"), unstable.explanation());
        assertTrue(unstable.lossCurve().isEmpty());
    }

    /** The mean kernel limit starts at f_0 = 0; the limiting kernel is NTP's full NTK. */
    @Test
    void kernelRegimeUsesTheSurvivingContributionsFromZero() {
        LimitResult r = limit(Preset.NTP.at(2, Activation.ERF));
        LimitKernels k = r.kernels().orElseThrow();
        assertEquals(0, k.limitingKernel().maxAbsDifference(k.ntk()), ROUNDING);
        assertArrayEquals(new double[3], r.trajectory().orElseThrow().trainAt(0), 0);
        assertEquals(6, r.trajectory().orElseThrow().steps());
        assertEquals(1, r.trajectory().orElseThrow().eval()[6].length);
        LimitKernels sp = limit(Preset.SP_LR_1_OVER_N.at(2, Activation.ERF)).kernels().orElseThrow();
        Kernel full = KernelMap.mlp(2, Activation.ERF).apply(Kernel.ofInputs(INPUTS));
        assertEquals(0, sp.limitingKernel().maxAbsDifference(full.sumOfContributions(List.of(2, 3))),
                ROUNDING);
    }

    /** NTP with a zero readout: ω + r > 1 keeps only the readout (random features on the initial features). */
    @Test
    void zeroReadoutNtpKeepsOnlyTheReadoutContribution() {
        Parametrization p = Preset.NTP.at(2, Activation.RELU);
        Parametrization zero = new Parametrization(2, p.a(), List.of(Exponent.ZERO, Exponent.ZERO, Exponent.INFINITY),
                p.c(), p.activation());
        LimitKernels k = limit(zero).kernels().orElseThrow();
        assertEquals(0, k.limitingKernel().maxAbsDifference(k.nngp()), ROUNDING);
    }

    @Test
    void conditionedOnFiniteStartShiftsTheSquaredLossTrajectory() {
        Experiment e = experiment(Preset.NTP.at(1, Activation.TANH), DataSetKind.TEACHER);
        double[] f0 = {0.1, -0.2, 0.05, 0.3};
        LimitResult conditioned = LimitCalculator.conditionedOn(e, data(TARGETS, Loss.SQUARED), EVAL, f0);
        assertArrayEquals(new double[] {0.1, -0.2, 0.05}, conditioned.trajectory().orElseThrow().trainAt(0), 0);
        assertThrows(IllegalArgumentException.class, () -> LimitCalculator.conditionedOn(
                experiment(Preset.MUP.at(1, Activation.TANH), DataSetKind.TEACHER), data(TARGETS, Loss.SQUARED), EVAL,
                f0));
    }

    @Test
    void crossEntropyForClusters() {
        // NTP: f_0 = Θ(1), so only the mean trajectory is exact (its loss is that of the mean output, log 2 at
        // f = 0) and no expected loss curve is offered; with a zero readout f_0 = 0 and the loss is the limit's.
        Experiment e = experiment(Preset.NTP.at(1, Activation.RELU), DataSetKind.CLUSTERS);
        TrainingData labels = data(new double[] {1, 0, 1}, Loss.CROSS_ENTROPY);
        LimitResult r = LimitCalculator.compute(e, labels);
        assertEquals(Math.log(2), r.trajectory().orElseThrow().loss()[0], ROUNDING);
        assertTrue(r.lossCurve().isEmpty(), r.explanation());
        Experiment zeroReadout = experiment(Preset.NTP.at(1, Activation.RELU).withZeroReadout(),
                DataSetKind.CLUSTERS);
        assertEquals(Math.log(2), LimitCalculator.compute(zeroReadout, labels).lossCurve().orElseThrow()[0], ROUNDING);
    }

    @Test
    void refusesDataThatDoNotFitTheExperiment() {
        Experiment e = experiment(Preset.NTP.at(1, Activation.RELU), DataSetKind.TEACHER);
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> LimitCalculator.compute(e, new TrainingData(new double[][] {{1, 2, 3}}, new double[1],
                        Loss.SQUARED)));
        assertTrue(dim.getMessage().contains("input dimension is 2"), dim.getMessage());
    }

    /** The extrapolation recovers v_∞ exactly from values of the form v_∞ + k n^{−1/2}, and says it is not a limit. */
    @Test
    void extrapolationRecoversTheInterceptAndIsLabelledAsSuch() {
        int[] widths = {64, 256, 1024};
        double[][] losses = new double[widths.length][];
        for (int w = 0; w < widths.length; w++) {
            double k = 1 / Math.sqrt(widths[w]);
            losses[w] = new double[] {1 + 2 * k, 0.5 - 3 * k};
        }
        LimitResult r = LimitCalculator.extrapolatedLoss(new SweepLossCurves(widths, losses));
        assertEquals(LimitKind.EXTRAPOLATED, r.kind());
        assertTrue(r.label().contains("not the limit"));
        assertArrayEquals(new double[] {1, 0.5}, r.lossCurve().orElseThrow(), ROUNDING);
    }

    @Test
    void convergenceSlopeOfAnExactPowerLaw() {
        int[] widths = {100, 400, 1600};
        double[][] limit = {{0.3}, {0.2}};
        double[][][] curves = new double[widths.length][][];
        for (int w = 0; w < widths.length; w++) {
            double gap = 2 / Math.sqrt(widths[w]);
            curves[w] = new double[][] {{0.3 + gap}, {0.2 - gap}};
        }
        Convergence c = Convergence.of(widths, curves, limit);
        assertEquals(-0.5, c.slope(), ROUNDING);
        assertEquals(0.2, c.distances()[0], ROUNDING);
        assertEquals(-0.5, Convergence.ofLossCurves(widths, new double[][] {{1.1}, {1.05}, {1.025}},
                new double[] {1}).slope(), ROUNDING);
    }

    @Test
    void aLimitWhoseKernelsWouldNotFitIsRefusedWithWhatItNeeds() {
        Experiment e = new Experiment(Preset.NTP.at(2, Activation.RELU), DataSetKind.GAUSSIAN, 4, 8192, 10, 0.1,
                List.of(64), 1, 0, false);
        // (L + 2) layers × 2 kernels × 8192² doubles of 8 bytes = 4 GiB, above half of a 1 GiB heap
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LimitCalculator.checkMemory(e, 8192, 1L << 30));
        assertTrue(refused.getMessage().startsWith("the n = ∞ limit on 8192 examples over 10 steps needs about 4.00 GiB"),
                refused.getMessage());
        LimitCalculator.checkMemory(e, 1024, 1L << 30);
    }
}
