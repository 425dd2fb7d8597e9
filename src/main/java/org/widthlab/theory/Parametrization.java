package org.widthlab.theory;

import java.util.List;
import java.util.Objects;

/**
 * An abc-parametrization of an MLP with {@code depth} = L hidden layers (theory.md §2, TP4 §3):
 * layer l = 1..L+1 has multiplier {@code W^l = n^{-a_l} w^l}, initialization
 * {@code w^l_{αβ} ~ N(0, n^{-2 b_l})}, and every {@code w^l} is trained by SGD with rate
 * {@code η n^{-c}}. Only {@code b_{L+1}} may be +∞ (the readout starts at zero).
 *
 * <p>Immutable; lists are indexed from 0, so {@code a(l)} is the 1-based accessor.
 */
public record Parametrization(int depth, List<Exponent> a, List<Exponent> b, Exponent c, Activation activation) {

    /**
     * The deepest network WidthLab takes: every hidden layer has its own row of exponents, its own curves and
     * its own readout in the verdict, which stop being readable long before this, and the theory says the
     * same at every finite depth.
     */
    public static final int MAX_DEPTH = 100;

    public Parametrization {
        checkDepth(depth);
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(activation, "activation");
        a = List.copyOf(a);
        b = List.copyOf(b);
        if (a.size() != depth + 1) {
            throw new IllegalArgumentException("a needs L+1 = " + (depth + 1) + " values (a_1..a_" + (depth + 1)
                    + "), got " + a.size());
        }
        if (b.size() != depth + 1) {
            throw new IllegalArgumentException("b needs L+1 = " + (depth + 1) + " values (b_1..b_" + (depth + 1)
                    + "), got " + b.size());
        }
        for (int l = 1; l <= depth + 1; l++) {
            if (a.get(l - 1).isInfinite()) {
                throw new IllegalArgumentException("a_" + l + " must be finite");
            }
            if (l <= depth && b.get(l - 1).isInfinite()) {
                throw new IllegalArgumentException("b_" + l + " must be finite: only the readout b_" + (depth + 1)
                        + " may be inf (zero initialization)");
            }
        }
        if (c.isInfinite()) {
            throw new IllegalArgumentException("c must be finite");
        }
    }

    /**
     * The parametrization with exponents {@code a_1..a_{L+1}}, {@code b_1..b_{L+1}} and c; the depth L is
     * one less than the number of a's.
     *
     * @throws IllegalArgumentException when a and b differ in length or an exponent is out of place
     */
    public static Parametrization of(List<Exponent> a, List<Exponent> b, Exponent c, Activation activation) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("a has " + a.size() + " values but b has " + b.size()
                    + ": both need L+1 values");
        }
        checkDepth(a.size() - 1);
        return new Parametrization(a.size() - 1, a, b, c, activation);
    }

    /**
     * @throws IllegalArgumentException unless 1 ≤ depth ≤ {@value #MAX_DEPTH}
     */
    public static void checkDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth L must lie in 1.." + MAX_DEPTH + " (every hidden layer gets"
                    + " its own exponents, curves and readout), got " + depth);
        }
    }

    /** {@code a_l} for l = 1..L+1. */
    public Exponent a(int l) {
        return a.get(l - 1);
    }

    /** {@code b_l} for l = 1..L+1. */
    public Exponent b(int l) {
        return b.get(l - 1);
    }

    /**
     * {@code a_l + b_l}, l = 1..L+1: in the effective view W^l starts with standard deviation
     * {@code n^{−(a_l+b_l)}} (theory.md §2); +∞ when {@code b_l = ∞}.
     */
    public Exponent initExponent(int l) {
        return a(l).plus(b(l));
    }

    /**
     * {@code 2a_l + c}, l = 1..L+1: in the effective view W^l is trained with learning rate
     * {@code η n^{−(2a_l+c)}} (theory.md §2).
     */
    public Exponent rateExponent(int l) {
        return a(l).times(2).plus(c);
    }

    /** {@code ω = a_{L+1} + b_{L+1}}: the initial output is {@code Θ(n^{1/2−ω})} (theory.md §3); +∞ for a zero readout. */
    public Exponent omega() {
        return initExponent(depth + 1);
    }

    /** {@code 2a_{L+1} + c}: the readout's own update is {@code Θ(n^{1−(2a_{L+1}+c)})} (theory.md §3–§4). */
    public Exponent readoutRateExponent() {
        return rateExponent(depth + 1);
    }

    /**
     * {@code η n^{−(2a_l+c)}}: the learning rate of W^l at width n in the effective view (theory.md §2), the one
     * place where η meets a layer's exponents.
     *
     * @param learningRate η
     */
    public double layerLearningRate(int l, double learningRate, int width) {
        return learningRate * Math.pow(width, -rateExponent(l).toDouble());
    }

    /** {@code n^{−(a_l+b_l)}}: the standard deviation W^l starts with at width n; 0 when {@code b_l = ∞}. */
    public double initialStd(int l, int width) {
        Exponent e = initExponent(l);
        return e.isInfinite() ? 0 : Math.pow(width, -e.toDouble());
    }

    /** Whether the readout starts at zero ({@code b_{L+1} = ∞}). */
    public boolean readoutStartsAtZero() {
        return b(depth + 1).isInfinite();
    }

    /**
     * The symmetry of TP4 §3: {@code (a_l, b_l, c) → (a_l+θ, b_l−θ, c−2θ)} gives the same function at
     * every step of SGD, so the shifted parametrization is the same one.
     */
    public Parametrization shifted(Exponent theta) {
        return new Parametrization(depth,
                a.stream().map(x -> x.plus(theta)).toList(),
                b.stream().map(x -> x.isInfinite() ? x : x.minus(theta)).toList(),
                c.minus(theta.times(2)), activation);
    }

    /** The representative of this parametrization's symmetry class with {@code c = 0} (shift by θ = c/2). */
    public Parametrization canonical() {
        return shifted(c.dividedBy(2));
    }

    /** The same parametrization with the readout starting at zero ({@code b_{L+1} = ∞}). */
    public Parametrization withZeroReadout() {
        List<Exponent> zeroReadout = new java.util.ArrayList<>(b);
        zeroReadout.set(depth, Exponent.INFINITY);
        return new Parametrization(depth, a, zeroReadout, c, activation);
    }

    public Parametrization withActivation(Activation newActivation) {
        return new Parametrization(depth, a, b, c, newActivation);
    }
}
