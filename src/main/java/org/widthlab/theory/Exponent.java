package org.widthlab.theory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact width exponent: a rational number p/q in lowest terms (q > 0), or +∞.
 *
 * <p>Exponents of an abc-parametrization are compared for equality ("is r = 0?", "is ω + r = 1?"),
 * so they must be exact: {@code 0.1 + 0.2 == 0.3} has to hold. +∞ stands for {@code b_{L+1} = ∞}
 * (the readout starts at zero, TP4 §3); it absorbs finite addition, and ∞ − ∞ is refused.
 * Immutable.
 */
public final class Exponent implements Comparable<Exponent> {

    public static final Exponent ZERO = new Exponent(BigInteger.ZERO, BigInteger.ONE);
    public static final Exponent ONE = new Exponent(BigInteger.ONE, BigInteger.ONE);
    public static final Exponent HALF = new Exponent(BigInteger.ONE, BigInteger.TWO);
    public static final Exponent INFINITY = new Exponent(null, null);

    /** Numerator and denominator in lowest terms; both null for +∞. */
    private final BigInteger numerator;
    private final BigInteger denominator;

    private Exponent(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Exponent of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Exponent of(long integer) {
        return of(integer, 1);
    }

    private static Exponent of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Exponent(numerator, denominator);
    }

    /**
     * Parses an exponent exactly: integers ({@code 2}, {@code -1}), fractions ({@code -1/2}),
     * decimals ({@code 0.25}, {@code 1.5}, {@code -.5}) and infinity ({@code inf}, {@code ∞},
     * {@code +inf}, {@code infinity}). Surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException with a message naming the text when it is not an exponent
     */
    public static Exponent parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("+inf") || lower.equals("∞") || lower.equals("+∞")
                || lower.equals("infinity") || lower.equals("+infinity")) {
            return INFINITY;
        }
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                BigInteger p = new BigInteger(s.substring(0, slash).strip());
                BigInteger q = new BigInteger(s.substring(slash + 1).strip());
                if (q.signum() == 0) {
                    throw new IllegalArgumentException("'" + text + "' divides by zero");
                }
                return of(p, q);
            }
            BigDecimal decimal = new BigDecimal(s);
            if (Math.abs(decimal.scale()) > 9 || decimal.precision() > 30) {
                throw new IllegalArgumentException("'" + text + "' has too many digits or is too large for an exponent");
            }
            return decimal.scale() <= 0
                    ? of(decimal.toBigIntegerExact(), BigInteger.ONE)
                    : of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an exponent (write e.g. 0, 1/2, -0.5 or inf)");
        }
    }

    public boolean isInfinite() {
        return numerator == null;
    }

    public boolean isFinite() {
        return numerator != null;
    }

    public int signum() {
        return isInfinite() ? 1 : numerator.signum();
    }

    public boolean isZero() {
        return signum() == 0;
    }

    public Exponent plus(Exponent other) {
        if (isInfinite() || other.isInfinite()) {
            return INFINITY;
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Exponent plus(long integer) {
        return plus(of(integer));
    }

    /** {@code this − other}; ∞ − finite = ∞, and subtracting ∞ is refused (it has no meaning here). */
    public Exponent minus(Exponent other) {
        if (other.isInfinite()) {
            throw new ArithmeticException("cannot subtract an infinite exponent");
        }
        return plus(other.negate());
    }

    public Exponent negate() {
        if (isInfinite()) {
            throw new ArithmeticException("−∞ is not an exponent");
        }
        return new Exponent(numerator.negate(), denominator);
    }

    public Exponent times(long factor) {
        if (isInfinite()) {
            if (factor <= 0) {
                throw new ArithmeticException("∞ × " + factor + " is not an exponent");
            }
            return INFINITY;
        }
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Exponent dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (isInfinite()) {
            if (divisor < 0) {
                throw new ArithmeticException("−∞ is not an exponent");
            }
            return INFINITY;
        }
        return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    /** {@code this × other} for finite exponents (exact rational arithmetic, e.g. for the phase diagram's geometry). */
    public Exponent times(Exponent other) {
        requireFinite(this, "multiply");
        requireFinite(other, "multiply");
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** {@code this / other} for finite exponents, {@code other ≠ 0}. */
    public Exponent dividedBy(Exponent other) {
        requireFinite(this, "divide");
        requireFinite(other, "divide");
        if (other.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    private static void requireFinite(Exponent x, String operation) {
        if (x.isInfinite()) {
            throw new ArithmeticException("cannot " + operation + " an infinite exponent");
        }
    }

    /**
     * The exact fraction with denominator {@code denominator} nearest to {@code value} (ties away from zero):
     * how a clicked point becomes an exact exponent.
     */
    public static Exponent nearest(double value, long denominator) {
        if (!Double.isFinite(value) || denominator < 1) {
            throw new IllegalArgumentException("cannot round " + value + " to a multiple of 1/" + denominator);
        }
        return of(Math.round(value * denominator), denominator);
    }

    public static Exponent min(Exponent x, Exponent y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    public static Exponent max(Exponent x, Exponent y) {
        return x.compareTo(y) >= 0 ? x : y;
    }

    public double toDouble() {
        return isInfinite() ? Double.POSITIVE_INFINITY
                : new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                        .doubleValue();
    }

    @Override
    public int compareTo(Exponent other) {
        if (isInfinite() || other.isInfinite()) {
            return Boolean.compare(isInfinite(), other.isInfinite());
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public boolean isLessThan(Exponent other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Exponent other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exponent e && Objects.equals(numerator, e.numerator)
                && Objects.equals(denominator, e.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** {@code 1/2}, {@code -3/2}, {@code 0}, {@code inf}: the form {@link #parse} reads back. */
    @Override
    public String toString() {
        if (isInfinite()) {
            return "inf";
        }
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    /** As LaTeX: {@code \tfrac{1}{2}}, {@code -\tfrac{3}{2}}, {@code 0}, {@code \infty}. */
    public String toLatex() {
        if (isInfinite()) {
            return "\\infty";
        }
        if (denominator.equals(BigInteger.ONE)) {
            return numerator.toString();
        }
        return (numerator.signum() < 0 ? "-" : "") + "\\tfrac{" + numerator.abs() + "}{" + denominator + "}";
    }

    /** The same as {@link #toString} but with ∞ and a true minus sign, for display. */
    public String toDisplayString() {
        return isInfinite() ? "∞" : toString().replace('-', '−');
    }
}
