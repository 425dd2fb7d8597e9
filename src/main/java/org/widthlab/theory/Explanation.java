package org.widthlab.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Plain-language sentences saying why a verdict is what it is (shown by the window and by {@code classify}). */
final class Explanation {

    private Explanation() {
    }

    static String of(Verdict v) {
        return switch (v.regime()) {
            case UNSTABLE_AT_INIT -> "Unstable at initialization: " + v.conditions().get(0).detail() + ".";
            case UNSTABLE_IN_TRAINING -> "Unstable in training: " + trainingBlowUp(v) + ". Step 1 follows the"
                    + " predicted exponents; from step 2 on there is " + Verdict.COMPOUNDING + " (the loss gradient"
                    + " no longer stays Θ(1)).";
            case TRIVIAL -> "Trivial: the output's change vanishes like n^"
                    + Exponent.ONE.minus(Exponent.min(v.omega().plus(v.r()), readoutRate(v))).toDisplayString()
                    + " because ω + r = " + v.omega().plus(v.r()).toDisplayString() + " > 1 and 2a_{L+1} + c = "
                    + readoutRate(v).toDisplayString() + " > 1: in the limit training does not move the output.";
            case KERNEL -> "Kernel regime: the last-layer features move only like n^" + v.r().negate().toDisplayString()
                    + " → 0 (r = " + v.r().toDisplayString() + " > 0), while the output moves Θ(1) because "
                    + whyOutputMoves(v) + ". In the limit the output follows kernel gradient descent with a fixed"
                    + " kernel made of the contributions of " + layers(v.survivingKernelLayers(), v) + ".";
            case FEATURE_LEARNING -> "Feature learning: r = 0, so the last-layer features move Θ(1) (layer "
                    + maximalLayer(v) + " is updated maximally), and the output moves Θ(1) because " + whyOutputMoves(v)
                    + "." + (allMaximal(v) ? " Every layer is updated maximally: this is μP, up to the symmetry." : "");
        };
    }

    static List<String> caveats(Verdict v) {
        List<String> caveats = new ArrayList<>();
        String activation = v.parametrization().activation().caveat();
        if (!activation.isEmpty()) {
            caveats.add(activation);
        }
        if (v.regime() == Regime.UNSTABLE_IN_TRAINING) {
            caveats.add("After the first step the blow-up compounds: saturating activations (tanh) bend the curves,"
                    + " and at large widths or steps values overflow. That is the result, not an error.");
        }
        if (v.firstStep().isPresent() && !v.rlFirstStep().equals(v.rl())) {
            caveats.add(v.parametrization().readoutStartsAtZero()
                    ? "The readout starts at zero, so nothing below it moves in step 1; the predicted sizes hold"
                            + " from step 2 on."
                    : "In step 1 the readout has not moved yet (ω > 2a_{L+1} + c), so step 1 scales differently"
                            + " from the steps after it.");
        }
        return caveats;
    }

    private static Exponent readoutRate(Verdict v) {
        return v.parametrization().readoutRateExponent();
    }

    private static String whyOutputMoves(Verdict v) {
        List<String> reasons = new ArrayList<>();
        if (v.readoutUpdatedMaximally()) {
            reasons.add("2a_{L+1} + c = 1");
        }
        if (v.readoutInitializedMaximally()) {
            reasons.add("ω + r = 1");
        }
        return String.join(" and ", reasons);
    }

    private static String trainingBlowUp(Verdict v) {
        if (v.r().signum() < 0) {
            int layer = v.rl().indexOf(v.r()) + 1;
            return "the features blow up: layer " + layer + "'s update grows like n^" + v.r().negate().toDisplayString()
                    + " because r_" + layer + " = " + v.r().toDisplayString() + " < 0";
        }
        Exponent readoutRate = readoutRate(v);
        if (readoutRate.isLessThan(Exponent.ONE)) {
            return "the output grows like n^" + Exponent.ONE.minus(readoutRate).toDisplayString()
                    + " because 2a_{L+1} + c = " + readoutRate.toDisplayString() + " < 1";
        }
        Exponent omegaPlusR = v.omega().plus(v.r());
        return "the output grows like n^" + Exponent.ONE.minus(omegaPlusR).toDisplayString() + " because ω + r = "
                + omegaPlusR.toDisplayString() + " < 1";
    }

    private static int maximalLayer(Verdict v) {
        return IntStream.rangeClosed(1, v.parametrization().depth()).filter(l -> v.maximalLayers().get(l - 1))
                .max().orElseThrow();
    }

    private static boolean allMaximal(Verdict v) {
        return v.maximalLayers().stream().allMatch(b -> b) && v.readoutUpdatedMaximally()
                && v.readoutInitializedMaximally();
    }

    private static String layers(List<Integer> layers, Verdict v) {
        int readout = v.parametrization().depth() + 1;
        return layers.stream().map(l -> l == readout ? "the readout" : "layer " + l)
                .collect(Collectors.joining(", "));
    }
}
