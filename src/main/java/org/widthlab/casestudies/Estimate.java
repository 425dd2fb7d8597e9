package org.widthlab.casestudies;

/**
 * A measured value with its 95% interval.
 *
 * @param value the estimate (NaN: the model diverged, and the interval is NaN too)
 * @param low   the interval's lower end
 * @param high  the interval's upper end
 */
public record Estimate(double value, double low, double high) {

    /** The standard normal quantile of a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    /** A diverged model's: NaN throughout. */
    public static final Estimate DIVERGED = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    public Estimate {
        if (!Double.isNaN(value) && !(low <= value && value <= high)) {
            throw new IllegalArgumentException("the interval [" + low + ", " + high + "] must hold " + value);
        }
    }

    /**
     * A proportion {@code successes/trials} with the Wilson score interval (Wilson 1927), which stays inside
     * [0, 1] and is honest at 0 and 1, where the normal approximation collapses to a point. {@code successes}
     * may be fractional (expected successes when ties are broken at random).
     */
    public static Estimate proportion(double successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes in " + trials + " trials");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double center = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Estimate(p, Math.max(0, Math.min(p, center - half)), Math.min(1, Math.max(p, center + half)));
    }

    /** The mean of independent samples, ± 1.96 standard errors (the normal approximation). */
    public static Estimate mean(double[] samples) {
        if (samples.length < 2) {
            throw new IllegalArgumentException("an interval needs at least 2 samples, got " + samples.length);
        }
        double mean = 0;
        for (double x : samples) {
            mean += x;
        }
        mean /= samples.length;
        double squares = 0;
        for (double x : samples) {
            squares += (x - mean) * (x - mean);
        }
        if (!Double.isFinite(mean)) {
            return DIVERGED;
        }
        double standardError = Math.sqrt(squares / (samples.length - 1) / samples.length);
        return new Estimate(mean, mean - Z95 * standardError, mean + Z95 * standardError);
    }

    /** Whether the two intervals overlap. */
    public boolean overlaps(Estimate other) {
        return low <= other.high && other.low <= high;
    }
}
