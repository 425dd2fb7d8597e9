package org.widthlab.theory;

import java.util.List;
import java.util.Optional;

/**
 * Everything the theory says about one abc-parametrization (theory.md §3–§6, TP4 §3). Built by
 * {@link Classifier#classify}; immutable.
 *
 * @param parametrization      what was classified
 * @param omega                {@code ω = a_{L+1} + b_{L+1}} (+∞ for a zero-initialized readout)
 * @param rl                   {@code r_1..r_L}: layer l's own update is {@code Θ(n^{−r_l})} (from step 2 on)
 * @param r                    {@code min_l r_l}
 * @param rlFirstStep          {@code r_l} at step 1, where the readout has not moved yet (ω in place of
 *                             {@code min(ω, 2a_{L+1}+c)}); +∞ when nothing below the readout moves
 * @param conditions           the three stability conditions, in order
 * @param regime               one of the five classes
 * @param maximalLayers        per hidden layer l = 1..L: updated maximally ({@code r_l = 0})
 * @param readoutUpdatedMaximally     {@code 2a_{L+1} + c = 1}
 * @param readoutInitializedMaximally {@code ω + r = 1}
 * @param initialPreactivations {@code h^l_0} for l = 1..L; Θ(1) when stable at initialization
 * @param initialOutput        {@code f_0}: {@code Θ(n^{1/2 − ω})}, or exactly zero
 * @param firstStep            predicted sizes after step 1; empty when unstable at initialization
 * @param laterSteps           predicted sizes at steps t ≥ 2; empty when unstable (at initialization, or in
 *                             training: from step 2 on the blow-up compounds, {@link #laterStepsNote()})
 * @param kernelContributions  in the kernel regime, each layer's contribution to the output change
 *                             (the limiting kernel sums the surviving ones); empty otherwise
 */
public record Verdict(Parametrization parametrization, Exponent omega, List<Exponent> rl, Exponent r,
        List<Exponent> rlFirstStep, List<Condition> conditions, Regime regime, List<Boolean> maximalLayers,
        boolean readoutUpdatedMaximally, boolean readoutInitializedMaximally, List<Scaling> initialPreactivations,
        Scaling initialOutput, Optional<PredictedExponents> firstStep, Optional<PredictedExponents> laterSteps,
        List<KernelContribution> kernelContributions) {

    public Verdict {
        rl = List.copyOf(rl);
        rlFirstStep = List.copyOf(rlFirstStep);
        conditions = List.copyOf(conditions);
        maximalLayers = List.copyOf(maximalLayers);
        initialPreactivations = List.copyOf(initialPreactivations);
        kernelContributions = List.copyOf(kernelContributions);
    }

    public static Verdict of(Parametrization p) {
        return Classifier.classify(p);
    }

    public boolean stable() {
        return conditions.stream().allMatch(Condition::holds);
    }

    /** The output moves Θ(1) in training; false whenever not stable. */
    public boolean nontrivial() {
        return regime == Regime.KERNEL || regime == Regime.FEATURE_LEARNING;
    }

    public boolean featureLearning() {
        return regime == Regime.FEATURE_LEARNING;
    }

    /** One or two plain-language sentences saying why this is the regime; the window and the command line show it. */
    public String explanation() {
        return Explanation.of(this);
    }

    /** What the theory page warns about for this activation or regime. */
    public List<String> caveats() {
        return Explanation.caveats(this);
    }

    /** The layers 1..L+1 whose contributions make up the limiting kernel (kernel regime only). */
    public List<Integer> survivingKernelLayers() {
        return kernelContributions.stream().filter(KernelContribution::survives).map(KernelContribution::layer)
                .toList();
    }

    /** Why nothing is predicted from step 2 on for a network unstable in training (theory.md §6). */
    public static final String COMPOUNDING = "no single exponent: the blow-up compounds";

    /**
     * Why {@link #laterSteps} is empty, or "" when it is not: an unstable net's loss gradient χ does not stay
     * Θ(1) after the first step, so no single exponent is predicted from step 2 on.
     */
    public String laterStepsNote() {
        return switch (regime) {
            case UNSTABLE_AT_INIT -> "unstable at initialization: nothing is predicted";
            case UNSTABLE_IN_TRAINING -> COMPOUNDING;
            default -> "";
        };
    }

    /** The predicted sizes at step t ≥ 1 (step 1 differs from the rest, theory.md §6). */
    public Optional<PredictedExponents> atStep(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("predictions are for steps t ≥ 1, got " + t);
        }
        return t == 1 ? firstStep : laterSteps;
    }
}
