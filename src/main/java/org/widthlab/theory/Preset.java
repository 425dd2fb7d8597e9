package org.widthlab.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The named parametrizations of theory.md §5 (TP4 §3 and §5), for any depth L where defined. */
public enum Preset implements Identified {
    /** Standard parametrization, constant learning rate: a = 0, b_1 = 0, b_{≥2} = 1/2, c = 0. */
    SP("sp", "SP (standard, constant LR)"),
    /** Standard parametrization with learning rate ∝ 1/n: as SP but c = 1. */
    SP_LR_1_OVER_N("sp-lr1n", "SP, LR ∝ 1/n"),
    /** Neural tangent parametrization: a_1 = 0, a_{≥2} = 1/2, b = 0, c = 0. */
    NTP("ntp", "NTP (neural tangent)"),
    /** Mean-field parametrization, L = 1 only: a = (0, 1), b = 0, c = −1 (μP shifted by θ = 1/2). */
    MFP("mfp", "MFP (mean field, L = 1)"),
    /** Maximal update parametrization: a_1 = −1/2, a_2..a_L = 0, a_{L+1} = 1/2, b = 1/2, c = 0. */
    MUP("mup", "μP (maximal update)");

    private final String id;
    private final String displayName;

    Preset(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @Override
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this preset is defined at depth L (MFP only at L = 1). */
    public boolean supportsDepth(int depth) {
        return depth >= 1 && (this != MFP || depth == 1);
    }

    /**
     * This preset at depth L with the given activation.
     *
     * @throws IllegalArgumentException when the preset is not defined at that depth
     */
    public Parametrization at(int depth, Activation activation) {
        Parametrization.checkDepth(depth);
        if (!supportsDepth(depth)) {
            throw new IllegalArgumentException(displayName + " is defined for depth L = 1 only (got L = " + depth
                    + "); for deeper networks use μP, which it equals up to the symmetry shift");
        }
        Exponent half = Exponent.HALF;
        Exponent zero = Exponent.ZERO;
        return switch (this) {
            case SP -> new Parametrization(depth, repeat(zero, depth + 1), firstThenRest(zero, half, depth),
                    zero, activation);
            case SP_LR_1_OVER_N -> new Parametrization(depth, repeat(zero, depth + 1),
                    firstThenRest(zero, half, depth), Exponent.ONE, activation);
            case NTP -> new Parametrization(depth, firstThenRest(zero, half, depth), repeat(zero, depth + 1),
                    zero, activation);
            case MFP -> new Parametrization(1, List.of(zero, Exponent.ONE), List.of(zero, zero),
                    Exponent.of(-1), activation);
            case MUP -> {
                List<Exponent> a = new ArrayList<>(repeat(zero, depth + 1));
                a.set(0, half.negate());
                a.set(depth, half);
                yield new Parametrization(depth, a, repeat(half, depth + 1), zero, activation);
            }
        };
    }

    /**
     * The preset that equals this parametrization exactly (same exponents), if any; else one it equals up to
     * the symmetry ({@link #matchesUpToSymmetry}).
     */
    public static java.util.Optional<Preset> matching(Parametrization p) {
        return Arrays.stream(values()).filter(preset -> preset.supportsDepth(p.depth()))
                .filter(preset -> preset.at(p.depth(), p.activation()).equals(p)).findFirst()
                .or(() -> Arrays.stream(values()).filter(preset -> preset.matchesUpToSymmetry(p)).findFirst());
    }

    /**
     * Whether {@code p} is this preset shifted by the symmetry {@code (a_l, b_l, c) → (a_l+θ, b_l−θ, c−2θ)} of
     * theory.md §2 (θ = 0 included), which trains the same function.
     */
    public boolean matchesUpToSymmetry(Parametrization p) {
        return supportsDepth(p.depth()) && at(p.depth(), p.activation()).canonical().equals(p.canonical());
    }


    private static List<Exponent> repeat(Exponent x, int count) {
        return Collections.nCopies(count, x);
    }

    private static List<Exponent> firstThenRest(Exponent first, Exponent rest, int depth) {
        List<Exponent> list = new ArrayList<>(repeat(rest, depth + 1));
        list.set(0, first);
        return list;
    }
}
