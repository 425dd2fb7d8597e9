package org.widthlab.theory;

import java.util.ArrayList;
import java.util.List;

/** The three stability conditions of TP4 Theorem 3.3 (theory.md §4), each with its failing inequality. */
final class StabilityConditions {

    private StabilityConditions() {
    }

    static List<Condition> evaluate(Parametrization p, Exponent omega, Exponent r, Exponent readoutRate) {
        return List.of(atInitialization(p, omega), featuresInTraining(r), outputInTraining(omega, r, readoutRate));
    }

    /** 1. {@code a_1 + b_1 = 0}; {@code a_l + b_l = 1/2} for 2 ≤ l ≤ L; {@code ω ≥ 1/2}. */
    private static Condition atInitialization(Parametrization p, Exponent omega) {
        int depth = p.depth();
        List<String> failures = new ArrayList<>();
        Exponent first = p.initExponent(1);
        if (!first.isZero()) {
            failures.add("a_1 + b_1 = " + first.toDisplayString() + " ≠ 0 (h^1 scales like n^"
                    + first.negate().toDisplayString() + ")");
        }
        for (int l = 2; l <= depth; l++) {
            Exponent sum = p.initExponent(l);
            if (!sum.equals(Exponent.HALF)) {
                failures.add("a_" + l + " + b_" + l + " = " + sum.toDisplayString() + " ≠ 1/2 (h^" + l
                        + " is scaled by an extra n^" + Exponent.HALF.minus(sum).toDisplayString() + ")");
            }
        }
        if (omega.isLessThan(Exponent.HALF)) {
            failures.add("ω = " + omega.toDisplayString() + " < 1/2 (f_0 grows like n^"
                    + Exponent.HALF.minus(omega).toDisplayString() + ")");
        }
        String statement = depth >= 2 ? "a_1 + b_1 = 0;  a_l + b_l = 1/2 for 2 ≤ l ≤ " + depth + ";  ω ≥ 1/2"
                : "a_1 + b_1 = 0;  ω ≥ 1/2";
        String detail = failures.isEmpty() ? "holds: a_1 + b_1 = 0, ω = " + omega.toDisplayString()
                : String.join("; ", failures);
        return new Condition(1, "stable at initialization", statement, failures.isEmpty(), detail);
    }

    /** 2. {@code r ≥ 0}: features do not blow up in training. */
    private static Condition featuresInTraining(Exponent r) {
        boolean holds = r.signum() >= 0;
        String detail = holds ? "holds: r = " + r.toDisplayString()
                : "r = " + r.toDisplayString() + " < 0 (short by " + r.negate().toDisplayString()
                        + "): features grow like n^" + r.negate().toDisplayString();
        return new Condition(2, "features do not blow up", "r ≥ 0", holds, detail);
    }

    /** 3. {@code 2a_{L+1} + c ≥ 1} and {@code ω + r ≥ 1}: the output does not blow up in training. */
    private static Condition outputInTraining(Exponent omega, Exponent r, Exponent readoutRate) {
        List<String> failures = new ArrayList<>();
        if (readoutRate.isLessThan(Exponent.ONE)) {
            failures.add("2a_{L+1} + c = " + readoutRate.toDisplayString() + " < 1 (the readout's update grows like n^"
                    + Exponent.ONE.minus(readoutRate).toDisplayString() + ")");
        }
        Exponent omegaPlusR = omega.plus(r);
        if (omegaPlusR.isLessThan(Exponent.ONE)) {
            failures.add("ω + r = " + omegaPlusR.toDisplayString() + " < 1 (W^{L+1}_0 Δx^L grows like n^"
                    + Exponent.ONE.minus(omegaPlusR).toDisplayString() + ")");
        }
        String detail = failures.isEmpty()
                ? "holds: 2a_{L+1} + c = " + readoutRate.toDisplayString() + ", ω + r = " + omegaPlusR.toDisplayString()
                : String.join("; ", failures);
        return new Condition(3, "output does not blow up", "2a_{L+1} + c ≥ 1;  ω + r ≥ 1", failures.isEmpty(),
                detail);
    }
}
