package org.widthlab.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classification of theory.md §3–§6 (TP4 Definition 3.2, Theorem 3.3, Corollary 3.9), as pure
 * functions of a {@link Parametrization} in exact arithmetic.
 */
public final class Classifier {

    private Classifier() {
    }

    /**
     * {@code r_l = backward + (2a_l + c) − 1 + [l = 1]} for l = 1..L (theory.md §3), where
     * {@code backward} is the exponent of the readout's size that the gradient flows back through:
     * {@code min(ω, 2a_{L+1} + c)} from step 2 on, ω at step 1. With either choice of {@code backward}
     * alone the result is affine in the exponents, which is what the phase diagram's geometry uses.
     */
    public static List<Exponent> rl(Parametrization p, Exponent backward) {
        List<Exponent> rl = new ArrayList<>();
        for (int l = 1; l <= p.depth(); l++) {
            rl.add(backward.plus(p.rateExponent(l)).plus(-1).plus(l == 1 ? 1 : 0));
        }
        return rl;
    }

    public static Verdict classify(Parametrization p) {
        int depth = p.depth();
        Exponent omega = p.omega();
        Exponent readoutRate = p.readoutRateExponent();
        List<Exponent> rl = rl(p, Exponent.min(omega, readoutRate));
        Exponent r = rl.stream().reduce(Exponent::min).orElseThrow();
        List<Exponent> rlFirst = rl(p, omega);

        List<Condition> conditions = StabilityConditions.evaluate(p, omega, r, readoutRate);
        boolean stableAtInit = conditions.get(0).holds();
        boolean stable = conditions.stream().allMatch(Condition::holds);
        Exponent omegaPlusR = omega.plus(r);
        boolean nontrivial = stable && (omegaPlusR.equals(Exponent.ONE) || readoutRate.equals(Exponent.ONE));
        Regime regime = !stableAtInit ? Regime.UNSTABLE_AT_INIT
                : !stable ? Regime.UNSTABLE_IN_TRAINING
                : !nontrivial ? Regime.TRIVIAL
                : r.isZero() ? Regime.FEATURE_LEARNING
                : Regime.KERNEL;

        List<Boolean> maximal = rl.stream().map(Exponent::isZero).toList();
        List<Scaling> initialH = InitialSizes.preactivations(p);
        Scaling initialF = InitialSizes.output(p, initialH.get(depth - 1));
        Optional<PredictedExponents> firstStep = stableAtInit
                ? Optional.of(predict(p, rlFirst, omega, readoutRate, initialF, true)) : Optional.empty();
        // From step 2 on an unstable net's loss gradient χ does not stay Θ(1): no single exponent (theory.md §6).
        Optional<PredictedExponents> laterSteps = stable
                ? Optional.of(predict(p, rl, omega, readoutRate, initialF, false)) : Optional.empty();
        List<KernelContribution> contributions = regime == Regime.KERNEL
                ? kernelContributions(p, rl, Exponent.min(omega, readoutRate), readoutRate) : List.of();

        return new Verdict(p, omega, rl, r, rlFirst, conditions, regime, maximal, readoutRate.equals(Exponent.ONE),
                omegaPlusR.equals(Exponent.ONE), initialH, initialF, firstStep, laterSteps, contributions);
    }

    /** theory.md §6 for one set of {@code r_l} (that of step 1 or that of steps ≥ 2). */
    private static PredictedExponents predict(Parametrization p, List<Exponent> rl, Exponent omega,
            Exponent readoutRate, Scaling initialF, boolean firstStep) {
        List<Scaling> ownUpdate = new ArrayList<>();
        List<Scaling> deltaH = new ArrayList<>();
        List<Scaling> h = new ArrayList<>();
        Exponent runningMin = Exponent.INFINITY;
        for (Exponent rate : rl) {
            runningMin = Exponent.min(runningMin, rate);
            ownUpdate.add(Scaling.decay(rate));
            Scaling change = Scaling.decay(runningMin);
            deltaH.add(change);
            h.add(Scaling.larger(Scaling.CONSTANT, change));
        }
        Exponent r = runningMin;
        List<Scaling> x = InitialSizes.activationsOf(p.activation(), h);
        // Δf: the readout's own update Θ(n^{1−(2a+c)}) plus W_0^{L+1} Δx^L, Θ(n^{1−ω−r}).
        Scaling deltaF = Scaling.larger(Scaling.decay(readoutRate.plus(-1)),
                omega.plus(r).isInfinite() ? Scaling.EXACTLY_ZERO : Scaling.decay(omega.plus(r).plus(-1)));
        return new PredictedExponents(h, x, ownUpdate, deltaH, deltaH,
                Scaling.decay(featureKernelChangeRate(r, omega, readoutRate, firstStep)),
                Scaling.decay(featureKernelFluctuationRate(r, omega, readoutRate, firstStep)),
                Scaling.larger(initialF, deltaF), deltaF);
    }

    /**
     * The rate e of the last-layer feature kernel change {@code (x_t·x_t − x_0·x_0)/n = 2 x_0·Δx/n + |Δx|²/n}
     * (theory.md §6): with {@code m = min(ω, 2a_{L+1}+c)}, the part of Δx driven by the initial random readout
     * is odd in it, so its overlap with x_0 averages out and fluctuates like {@code n^{−(r−m+ω)−1/2}}; the part
     * driven by the readout's own update contributes {@code n^{−(r−m+2a_{L+1}+c)}}; the square
     * {@code n^{−2r}}. So {@code e = r + min(r, 1/2 + ω − m, 2a_{L+1} + c − m)} from step 2 on, and at step 1,
     * where the readout has not moved yet (m = ω, no second part), {@code e = r + min(r, 1/2)}.
     */
    static Exponent featureKernelChangeRate(Exponent r, Exponent omega, Exponent readoutRate, boolean firstStep) {
        if (firstStep) {
            return r.plus(Exponent.min(r, Exponent.HALF));
        }
        Exponent m = Exponent.min(omega, readoutRate);
        Exponent randomReadout = Exponent.HALF.plus(omega).minus(m);
        Exponent movedReadout = readoutRate.minus(m);
        return r.plus(Exponent.min(r, Exponent.min(randomReadout, movedReadout)));
    }

    /**
     * The rate of the zero-mean term of {@link #featureKernelChangeRate}: the overlap of x_0 with the part of Δx
     * driven by the initial random readout, {@code r − m + ω + 1/2} (at step 1, m = ω: {@code r + 1/2}).
     */
    static Exponent featureKernelFluctuationRate(Exponent r, Exponent omega, Exponent readoutRate, boolean firstStep) {
        if (omega.isInfinite()) {
            return Exponent.INFINITY; // a zero readout starts nothing random
        }
        Exponent m = firstStep ? omega : Exponent.min(omega, readoutRate);
        return r.plus(Exponent.HALF).plus(omega.minus(m));
    }

    /** theory.md §6, last paragraph: each layer's contribution to the output change in the kernel regime. */
    private static List<KernelContribution> kernelContributions(Parametrization p, List<Exponent> rl,
            Exponent backward, Exponent readoutRate) {
        List<KernelContribution> list = new ArrayList<>();
        for (int l = 1; l <= p.depth(); l++) {
            list.add(new KernelContribution(l, Exponent.ONE.minus(backward).minus(rl.get(l - 1))));
        }
        list.add(new KernelContribution(p.depth() + 1, Exponent.ONE.minus(readoutRate)));
        return list;
    }
}
