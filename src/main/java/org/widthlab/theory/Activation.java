package org.widthlab.theory;

import java.util.Optional;
import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * The nonlinearity φ of the network, and what WidthLab needs to know about it: φ and φ', whether it is
 * bounded (a bounded φ saturates at Θ(1) when its input grows), and its Gaussian moments in closed form
 * where there is one ({@link #closedFormDual()}; the limits integrate the others numerically). A new
 * activation is one more constant here, with its test.
 *
 * <p>TP4's theorems assume a smooth nonlinear φ (tanh, GELU, erf, sin); ReLU behaves the same in
 * practice; with φ = identity the feature-learning/kernel dichotomy fails (TP4 §3: a linear net can
 * be in both regimes). {@link #caveat()} says so where it applies.
 */
public enum Activation implements Identified {
    RELU("relu", "ReLU", false) {
        @Override public double value(double z) { return z > 0 ? z : 0; }
        @Override public double derivative(double z) { return z > 0 ? 1 : 0; }
        @Override public Optional<DualActivation> closedFormDual() { return Optional.of(ClosedFormDuals::relu); }
    },
    TANH("tanh", "tanh", true) {
        @Override public double value(double z) { return Math.tanh(z); }
        /** sech² z = 4e^{−2|z|}/(1 + e^{−2|z|})², accurate to relative rounding where tanh saturates. */
        @Override public double derivative(double z) {
            double e = Math.exp(-2 * Math.abs(z));
            return 4 * e / ((1 + e) * (1 + e));
        }
    },
    /** The exact GELU, z Φ(z) with Φ the standard normal distribution function. */
    GELU("gelu", "GELU", false) {
        @Override public double value(double z) { return z * normalCdf(z); }
        @Override public double derivative(double z) { return normalCdf(z) + z * normalPdf(z); }
    },
    ERF("erf", "erf", true) {
        @Override public double value(double z) { return Erf.value(z); }
        @Override public double derivative(double z) { return TWO_OVER_SQRT_PI * Math.exp(-z * z); }
        @Override public Optional<DualActivation> closedFormDual() { return Optional.of(ClosedFormDuals::erf); }
    },
    SIN("sin", "sin", true) {
        @Override public double value(double z) { return Math.sin(z); }
        @Override public double derivative(double z) { return Math.cos(z); }
        @Override public Optional<DualActivation> closedFormDual() { return Optional.of(ClosedFormDuals::sin); }
    },
    /** SiLU (swish), z σ(z) with σ the logistic function; no closed-form Gaussian moments. */
    SILU("silu", "SiLU", false) {
        @Override public double value(double z) { return z * logistic(z); }
        /** σ(z) + z σ(z)(1 − σ(z)) = σ(z)(1 + z σ(−z)). */
        @Override public double derivative(double z) { return logistic(z) * (1 + z * logistic(-z)); }
    },
    IDENTITY("identity", "identity (linear)", false) {
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z) { return 1; }
        @Override public Optional<DualActivation> closedFormDual() { return Optional.of(ClosedFormDuals::identity); }
    };

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double INV_SQRT_TWO = 1 / Math.sqrt(2);
    private static final double INV_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

    private final String id;
    private final String displayName;
    private final boolean bounded;

    Activation(String id, String displayName, boolean bounded) {
        this.id = id;
        this.displayName = displayName;
        this.bounded = bounded;
    }

    public abstract double value(double z);

    public abstract double derivative(double z);

    /** Whether |φ| stays below a constant, so that φ(h) is Θ(1) however large h grows (tanh, erf, sin). */
    public boolean bounded() {
        return bounded;
    }

    /**
     * {@code E[φ(u)φ(v)]} and {@code E[φ'(u)φ'(v)]} in closed form (theory.md §7), or empty when φ has none and
     * they must be integrated numerically.
     */
    public Optional<DualActivation> closedFormDual() {
        return Optional.empty();
    }

    /** The lower-case name used on the command line and in experiment files ({@code relu}, {@code tanh}, ...). */
    @Override
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** What the theory page says about this φ, or an empty string when its theorems apply as stated. */
    public String caveat() {
        return switch (this) {
            case RELU -> "The theorems assume a smooth φ; ReLU behaves the same in practice.";
            case ERF, SIN, GELU, SILU -> "TP4's Assumption 3.1 names tanh and σ-GELU (with a small σ); " + displayName
                    + " is outside its letter and behaves the same in practice.";
            case IDENTITY -> "With φ = identity the dichotomy fails: a linear network can learn features"
                    + " and follow a kernel at once (TP4 §3).";
            case TANH -> "";
        };
    }

    /** Φ(z) = erfc(−z/√2)/2, accurate to relative rounding in the lower tail too. */
    static double normalCdf(double z) {
        return 0.5 * Erfc.value(-z * INV_SQRT_TWO);
    }

    /** σ(z) = 1/(1 + e^{−z}), written so that the exponential never overflows. */
    static double logistic(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    static double normalPdf(double z) {
        return INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
    }
}
