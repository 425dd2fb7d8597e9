package org.widthlab.theory;

/**
 * How a coordinate size scales with width: {@code Θ(n^exponent)}, or exactly zero (e.g. the output of
 * a zero-initialized readout, or an update that has nothing to propagate yet).
 *
 * @param exponent the exponent e of n^e, or null when the quantity is exactly zero
 */
public record Scaling(Exponent exponent) {

    public static final Scaling EXACTLY_ZERO = new Scaling(null);
    public static final Scaling CONSTANT = new Scaling(Exponent.ZERO);

    public Scaling {
        if (exponent != null && exponent.isInfinite()) {
            throw new IllegalArgumentException("an infinite growth exponent is not a scaling");
        }
    }

    public static Scaling power(Exponent exponent) {
        return new Scaling(exponent);
    }

    /** {@code Θ(n^{−r})}: a decay with rate r; r = ∞ means exactly zero. */
    public static Scaling decay(Exponent rate) {
        return rate.isInfinite() ? EXACTLY_ZERO : new Scaling(rate.negate());
    }

    public boolean isExactlyZero() {
        return exponent == null;
    }

    /** Whether it goes to zero as n → ∞: exactly zero, or a negative exponent. */
    public boolean vanishes() {
        return exponent == null || exponent.compareTo(Exponent.ZERO) < 0;
    }

    /** The exponent as a double; {@code −∞} for an exact zero (the limit of its log-log slope). */
    public double slope() {
        return exponent == null ? Double.NEGATIVE_INFINITY : exponent.toDouble();
    }

    /** The larger of two sizes (the sum of two terms is dominated by the larger one). */
    public static Scaling larger(Scaling x, Scaling y) {
        if (x.isExactlyZero()) {
            return y;
        }
        if (y.isExactlyZero()) {
            return x;
        }
        return new Scaling(Exponent.max(x.exponent, y.exponent));
    }

    /** {@code Θ(n^{1/2})}, {@code Θ(1)}, or {@code 0}. */
    @Override
    public String toString() {
        if (exponent == null) {
            return "0";
        }
        return exponent.isZero() ? "Θ(1)" : "Θ(n^" + exponent.toDisplayString() + ")";
    }
}
