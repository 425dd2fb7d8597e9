package org.widthlab.limits;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Loss;
import org.widthlab.engine.TrainingData;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;

/**
 * The n = ∞ curve of an experiment on one seed's data, where the theory gives one exactly (theory.md §7),
 * with its kind and label. {@link ExperimentLimits} puts it together for the front ends (the mean over
 * seeds, the extrapolation where there is no exact limit, the convergence check).
 *
 * <ul>
 *   <li>kernel regime: {@link LimitKind#KERNEL_EXACT}, kernel gradient descent with the limiting kernel
 *       (the contributions of {@link Verdict#survivingKernelLayers()}), starting from {@code f_0 = 0} (the
 *       mean limit: {@code f_0} vanishes when ω > 1/2 or the readout starts at zero, and is a centred
 *       Gaussian process with covariance {@code Σ^{L+1}} otherwise; for the squared loss the dynamics are
 *       affine in {@code f_0}, so this is exactly the mean over the prior, and the loss is the expected loss,
 *       {@link KernelRegimeTraining#expectedSquaredLoss}), or {@link #conditionedOn} a finite network's own
 *       {@code f_0};</li>
 *   <li>feature learning at depth 1 in μP/MFP: {@link DepthOneFeatureLearningLimit};</li>
 *   <li>anything else: {@link LimitKind#NONE} with the reason; deep feature learning can be
 *       {@linkplain #extrapolatedLoss extrapolated} from finite widths.</li>
 * </ul>
 */
public final class LimitCalculator {

    private LimitCalculator() {
    }

    /**
     * The limit of {@code experiment} (parametrization, learning rate, steps) trained on {@code data} (with the
     * data's loss), on its training inputs only.
     *
     * @throws IllegalArgumentException when the inputs' dimension is not the experiment's
     */
    public static LimitResult compute(Experiment experiment, TrainingData data) {
        return compute(experiment, data, new double[0][]);
    }

    /**
     * The limit of {@code experiment} trained on {@code data}, also evaluated on {@code evalInputs}.
     *
     * @throws IllegalArgumentException when the inputs' dimension is not the experiment's
     */
    public static LimitResult compute(Experiment experiment, TrainingData data, double[][] evalInputs) {
        return compute(experiment, Verdict.of(experiment.parametrization()), data, evalInputs);
    }

    /** {@link #compute(Experiment, TrainingData, double[][])} with the verdict of the experiment's parametrization. */
    static LimitResult compute(Experiment experiment, Verdict verdict, TrainingData data, double[][] evalInputs) {
        checkDimensions(experiment, data, evalInputs);
        checkMemory(experiment, data.inputs().length + evalInputs.length, Runtime.getRuntime().maxMemory());
        Parametrization p = experiment.parametrization();
        LimitResult result;
        if (verdict.regime() == Regime.KERNEL) {
            result = meanKernelRegime(experiment, verdict, data, evalInputs);
        } else if (hasExactLimit(verdict)) {
            result = DepthOneFeatureLearningLimit.compute(p, data, evalInputs, experiment.learningRate(),
                    experiment.steps(), experiment.seed());
        } else {
            return new LimitResult(LimitKind.NONE, noLimitReason(verdict), Optional.empty(), Optional.empty(),
                    OptionalDouble.empty());
        }
        return withCaveat(result, p.activation());
    }

    /** Whether {@link #compute} gives an n = ∞ curve for this verdict (without computing it). */
    public static boolean hasExactLimit(Verdict verdict) {
        return verdict.regime() == Regime.KERNEL || verdict.regime() == Regime.FEATURE_LEARNING
                && DepthOneFeatureLearningLimit.appliesTo(verdict.parametrization());
    }

    /** Appends what the theory page warns about this φ (ReLU not smooth; identity breaks the dichotomy). */
    private static LimitResult withCaveat(LimitResult r, Activation phi) {
        return phi.caveat().isEmpty() ? r : new LimitResult(r.kind(), r.explanation() + " " + phi.caveat(),
                r.kernels(), r.trajectory(), r.errorEstimate(), r.lossIsExpected());
    }

    /**
     * The kernel-regime limit conditioned on a finite network's own initial outputs (so a seed can be
     * compared with its own limit): kernel gradient descent from {@code f0}.
     *
     * @param f0 the network's {@code f_0} on the training inputs, then on the evaluation inputs
     * @throws IllegalArgumentException outside the kernel regime, or when sizes do not fit
     */
    public static LimitResult conditionedOn(Experiment experiment, TrainingData data, double[][] evalInputs,
            double[] f0) {
        checkDimensions(experiment, data, evalInputs);
        Verdict verdict = Verdict.of(experiment.parametrization());
        if (verdict.regime() != Regime.KERNEL) {
            throw new IllegalArgumentException("a limit conditioned on f_0 exists in the kernel regime only; this"
                    + " parametrization is " + verdict.regime().displayName());
        }
        return withCaveat(kernelRegime(experiment, verdict, data, evalInputs, f0),
                experiment.parametrization().activation());
    }

    /**
     * An extrapolation of finite-width training-loss curves (e.g. a sweep's seed-averaged {@code loss} per
     * width, {@link SweepLossCurves}) to n = ∞ in {@code n^{−1/2}} ({@link Extrapolation}), labelled
     * {@link LimitKind#EXTRAPOLATED}: never the limit itself. Its trajectory has the loss curve only.
     *
     * @throws IllegalArgumentException with fewer than two widths
     */
    public static LimitResult extrapolatedLoss(SweepLossCurves lossCurves) {
        int[] widths = lossCurves.widths();
        double[][] losses = lossCurves.curves();
        if (widths.length < 2) {
            throw new IllegalArgumentException("an extrapolation needs at least two widths, got " + widths.length);
        }
        double[][][] curves = new double[losses.length][][];
        for (int w = 0; w < losses.length; w++) {
            curves[w] = new double[losses[w].length][1];
            for (int t = 0; t < losses[w].length; t++) {
                curves[w][t][0] = losses[w][t];
            }
        }
        double[][] fitted = Extrapolation.curves(widths, curves);
        double[] loss = new double[fitted.length];
        for (int t = 0; t < fitted.length; t++) {
            loss[t] = fitted[t][0];
        }
        double[][] none = new double[fitted.length][0];
        return new LimitResult(LimitKind.EXTRAPOLATED, EXTRAPOLATION_NOTE + " widths " + java.util.Arrays.toString(widths)
                + ".", Optional.empty(), Optional.of(new Trajectory(none, none, loss)), OptionalDouble.empty());
    }

    private static final String EXTRAPOLATION_NOTE = "Not a limit: each value fitted as v_∞ + k n^(-1/2) (least"
            + " squares) over";

    /**
     * The kernel-regime limit averaged over initializations: the mean trajectory from {@code f_0 = 0}, and,
     * when {@code f_0} stays Θ(1) (ω = 1/2), the squared loss expected over its prior N(0, Σ^{L+1}).
     */
    private static LimitResult meanKernelRegime(Experiment experiment, Verdict verdict, TrainingData data,
            double[][] evalInputs) {
        LimitResult mean = kernelRegime(experiment, verdict, data, evalInputs,
                new double[data.batch() + evalInputs.length]);
        if (verdict.initialOutput().vanishes()) {
            return mean;
        }
        Trajectory trajectory = mean.trajectory().orElseThrow();
        LimitKernels kernels = mean.kernels().orElseThrow();
        if (data.loss() != Loss.SQUARED) {
            return new LimitResult(mean.kind(), mean.explanation() + " f_0 stays Θ(1): the outputs are the mean"
                    + " trajectory; the cross-entropy expected over the prior of f_0 has no closed form, so no loss"
                    + " curve is given.", mean.kernels(), mean.trajectory(), mean.errorEstimate(), false);
        }
        double[] expectedLoss = new KernelRegimeTraining(kernels.limitingKernel(), data.batch(), data.targets(),
                experiment.learningRate(), experiment.steps()).expectedSquaredLoss(kernels.nngp());
        return new LimitResult(mean.kind(), mean.explanation() + " f_0 stays Θ(1): the outputs are the mean"
                + " trajectory and the loss is expected over the prior f_0 ~ N(0, Σ^{L+1}).", mean.kernels(),
                Optional.of(new Trajectory(trajectory.train(), trajectory.eval(), expectedLoss)), mean.errorEstimate());
    }

    private static LimitResult kernelRegime(Experiment experiment, Verdict verdict, TrainingData data,
            double[][] evalInputs, double[] f0) {
        KernelsOnInputs k = kernels(experiment.parametrization(), verdict, data.inputs(), evalInputs);
        Trajectory trajectory = new KernelRegimeTraining(k.limitingOnAll, data.batch(), data.targets(),
                experiment.learningRate(), experiment.steps()).run(data.loss(), f0);
        return new LimitResult(LimitKind.KERNEL_EXACT, String.format(Locale.ROOT,
                "Kernel regime: gradient descent with the limiting kernel, the sum of the contributions of layers %s"
                        + " (theory.md §7).", verdict.survivingKernelLayers()), Optional.of(k.onTraining),
                Optional.of(trajectory), OptionalDouble.empty());
    }

    private record KernelsOnInputs(LimitKernels onTraining, KernelMatrix limitingOnAll) {
    }

    /** The kernels on the training inputs, and the limiting kernel on the training then evaluation inputs. */
    private static KernelsOnInputs kernels(Parametrization p, Verdict verdict, double[][] inputs,
            double[][] evalInputs) {
        double[][] all = new double[inputs.length + evalInputs.length][];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        System.arraycopy(evalInputs, 0, all, inputs.length, evalInputs.length);
        Kernel kernel = KernelMap.mlp(p.depth(), p.activation()).apply(Kernel.ofInputs(all));
        int b = inputs.length;
        KernelMatrix limiting = kernel.sumOfContributions(verdict.survivingKernelLayers());
        return new KernelsOnInputs(new LimitKernels(KernelMatrix.of(kernel.nngp().block(0, b, 0, b)),
                KernelMatrix.of(kernel.ntk().block(0, b, 0, b)), KernelMatrix.of(limiting.block(0, b, 0, b))), limiting);
    }

    private static String noLimitReason(Verdict verdict) {
        Parametrization p = verdict.parametrization();
        if (verdict.regime() == Regime.FEATURE_LEARNING) {
            if (p.depth() >= 2 && p.activation() != Activation.IDENTITY) {
                return "Feature learning at depth L = " + p.depth() + " with a nonlinear φ: no exact infinite-width"
                        + " limit can be computed cheaply (theory.md §7); an extrapolation of finite widths in"
                        + " n^(-1/2) can be shown instead, labelled as such.";
            }
            return "Feature learning, but no exact limit is implemented for this case (exact limits: depth-1 μP/MFP,"
                    + " TP4 Theorem 6.1); an extrapolation of finite widths can be shown instead.";
        }
        if (verdict.regime() == Regime.TRIVIAL) {
            return "Trivial: the output does not move in the limit (f_t = f_0 for every t). " + verdict.explanation();
        }
        return "No infinite-width limit: " + verdict.explanation();
    }

    /** The share of the heap ({@code -Xmx}) a limit may plan to take. */
    static final double HEAP_FRACTION = 0.5;

    /**
     * Bytes of heap the limit on {@code examples} inputs needs at most: per layer, and for the NTK and the
     * readout, a kernel and the kernel of the derivative (examples × examples doubles each, theory.md §7), and the
     * outputs and the loss at every step.
     */
    static long heapBytesFor(Experiment e, int examples) {
        long b = examples;
        return Double.BYTES * ((e.parametrization().depth() + 2L) * 2 * b * b + 2 * (e.steps() + 1L) * (b + 1));
    }

    /**
     * @throws IllegalArgumentException when the limit on {@code examples} inputs would not fit in {@code heapLimit}
     *                                  bytes of heap, saying what it needs and what to do
     */
    static void checkMemory(Experiment e, int examples, long heapLimit) {
        long bytes = heapBytesFor(e, examples);
        if (bytes > HEAP_FRACTION * heapLimit) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the n = ∞ limit on %d examples over %d"
                    + " steps needs about %.2f GiB for its %d×%d kernels and curves, more than %.2f GiB of the %.2f GiB"
                    + " heap this Java process may use (-Xmx): use a smaller batch or fewer steps, or a larger -Xmx",
                    examples, e.steps(), bytes / GIB, examples, examples, HEAP_FRACTION * heapLimit / GIB,
                    heapLimit / GIB));
        }
    }

    private static final double GIB = 1L << 30;

    private static void checkDimensions(Experiment e, TrainingData data, double[][] evalInputs) {
        for (double[][] set : new double[][][] {data.inputs(), evalInputs}) {
            for (double[] x : set) {
                if (x.length != e.inputDim()) {
                    throw new IllegalArgumentException("an input has dimension " + x.length + " but the experiment's"
                            + " input dimension is " + e.inputDim());
                }
            }
        }
    }
}
