package org.widthlab.limits;

import java.util.Arrays;

/**
 * Adaptive Gauss–Kronrod quadrature of several integrands at once on a finite interval (QUADPACK's QAG with
 * the 10–21 point pair; Piessens, de Doncker-Kapenga, Überhuber &amp; Kahaner 1983). The interval starts split
 * at the given breakpoints; the piece with the largest error (against its integrand's tolerance) is halved
 * until every integrand's total estimated error is at most its tolerance — the larger of an absolute one and a
 * relative one times its integral of {@code |f|} (a scale that stays meaningful when the integral itself is
 * zero) — or until {@code maxPieces}.
 *
 * <p>Each piece's error estimate is QUADPACK's: with {@code K} and {@code G} the 21- and 10-point sums and
 * {@code A} the Kronrod sum of {@code |f − K/len|}, {@code err = A·min(1, (200|K − G|/A)^{3/2})}, never below
 * {@code 50 ε} times the piece's integral of {@code |f|}. For smooth integrands it is pessimistic (the true
 * error is usually orders of magnitude smaller), which is what a bound needs.
 */
final class GaussKronrod {

    /** The integrands evaluated at one point: {@code out[i]} is the i-th integrand at {@code x}. */
    @FunctionalInterface
    interface Integrand {
        void at(double x, double[] out);
    }

    /**
     * @param values      the integrals
     * @param errors      their estimated errors
     * @param scales      the integrals of |f|
     * @param converged   whether every error met its tolerance within the piece budget
     * @param evaluations how many points were evaluated
     */
    record Integral(double[] values, double[] errors, double[] scales, boolean converged, int evaluations) {
    }

    /** Kronrod abscissae on [−1, 1], non-negative half, descending; the odd entries are the 10-point Gauss nodes. */
    static final double[] NODES = {
        0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
        0.930157491355708226001207180059508, 0.865063366688984510732096688423493,
        0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
        0.294392862701460198131126603103866, 0.148874338981631210884826001129720,
        0,
    };
    /** The 21-point Kronrod weights of {@link #NODES}. */
    static final double[] KRONROD_WEIGHTS = {
        0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
        0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077208292036942, 0.134709217311473325928054001771707,
        0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
        0.149445554002916905664936468389821,
    };
    /** The 10-point Gauss weights of {@code NODES[1]}, {@code NODES[3]}, ..., {@code NODES[9]}. */
    static final double[] GAUSS_WEIGHTS = {
        0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
        0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
        0.295524224714752870173892994651338,
    };
    /** Points per piece. */
    static final int POINTS = 2 * NODES.length - 1;

    private static final double EPSILON = Math.ulp(1.0);

    private GaussKronrod() {
    }

    /**
     * The integrals of the {@code dimension} integrands of {@code f} over {@code [breakpoints[0],
     * breakpoints[last]]}, starting from the pieces between consecutive breakpoints (non-decreasing, at least
     * two; empty pieces are skipped), each to its own tolerance.
     *
     * @param relativeTolerances per integrand, a fraction of its integral of |f|
     * @param absoluteTolerances per integrand, an absolute error that suffices
     */
    static Integral integrate(Integrand f, int dimension, double[] breakpoints, double[] relativeTolerances,
            double[] absoluteTolerances, int maxPieces) {
        Pieces pieces = new Pieces(dimension, relativeTolerances, absoluteTolerances,
                Math.max(breakpoints.length + 8, 16));
        for (int k = 0; k + 1 < breakpoints.length; k++) {
            if (breakpoints[k + 1] > breakpoints[k]) {
                pieces.add(breakpoints[k], breakpoints[k + 1], f);
            }
        }
        while (!pieces.converged() && pieces.count < maxPieces) {
            int worst = pieces.worst();
            double a = pieces.left[worst];
            double b = pieces.right[worst];
            double middle = 0.5 * (a + b);
            pieces.remove(worst);
            pieces.evaluate(worst, a, middle, f);
            pieces.add(middle, b, f);
        }
        return pieces.result();
    }

    /**
     * The pieces of the interval, with each piece's value, error and |f| integral per integrand (row-major),
     * running totals of them, and each piece's badness: its largest error against the tolerance it was
     * evaluated under.
     */
    private static final class Pieces {
        private final int dimension;
        private final double[] relativeTolerances;
        private final double[] absoluteTolerances;
        double[] left;
        double[] right;
        double[] value;
        double[] error;
        double[] scale;
        double[] badness;
        int count;
        int evaluations;
        private final double[] totalError;
        private final double[] totalScale;
        /** {@code samples[i·POINTS + p]}: integrand i at point p of the piece being evaluated. */
        private final double[] samples;
        private final double[] point;

        Pieces(int dimension, double[] relativeTolerances, double[] absoluteTolerances, int capacity) {
            this.dimension = dimension;
            this.relativeTolerances = relativeTolerances;
            this.absoluteTolerances = absoluteTolerances;
            left = new double[capacity];
            right = new double[capacity];
            value = new double[capacity * dimension];
            error = new double[capacity * dimension];
            scale = new double[capacity * dimension];
            badness = new double[capacity];
            totalError = new double[dimension];
            totalScale = new double[dimension];
            samples = new double[POINTS * dimension];
            point = new double[dimension];
        }

        void add(double a, double b, Integrand f) {
            if (count == left.length) {
                int capacity = 2 * count;
                left = Arrays.copyOf(left, capacity);
                right = Arrays.copyOf(right, capacity);
                value = Arrays.copyOf(value, capacity * dimension);
                error = Arrays.copyOf(error, capacity * dimension);
                scale = Arrays.copyOf(scale, capacity * dimension);
                badness = Arrays.copyOf(badness, capacity);
            }
            evaluate(count++, a, b, f);
        }

        /** Takes piece k out of the running totals (before it is overwritten). */
        void remove(int k) {
            for (int i = 0; i < dimension; i++) {
                totalError[i] -= error[k * dimension + i];
                totalScale[i] -= scale[k * dimension + i];
            }
        }

        boolean converged() {
            for (int i = 0; i < dimension; i++) {
                if (totalError[i] > tolerance(i, totalScale[i])) {
                    return false;
                }
            }
            return true;
        }

        private double tolerance(int component, double scale) {
            return Math.max(relativeTolerances[component] * scale, absoluteTolerances[component]);
        }

        int worst() {
            int worst = 0;
            for (int k = 1; k < count; k++) {
                if (badness[k] > badness[worst]) {
                    worst = k;
                }
            }
            return worst;
        }

        /** The totals summed afresh (the running ones drift by rounding). */
        Integral result() {
            double[] values = new double[dimension];
            double[] errors = new double[dimension];
            double[] scales = new double[dimension];
            for (int k = 0; k < count; k++) {
                for (int i = 0; i < dimension; i++) {
                    values[i] += value[k * dimension + i];
                    errors[i] += error[k * dimension + i];
                    scales[i] += scale[k * dimension + i];
                }
            }
            boolean met = true;
            for (int i = 0; i < dimension; i++) {
                met &= errors[i] <= tolerance(i, scales[i]);
            }
            return new Integral(values, errors, scales, met, evaluations);
        }

        /**
         * The 21-point rule on [a, b] into piece {@code k}. Point p is {@code center − half·NODES[p]} for
         * p ≤ 10 and {@code center + half·NODES[20 − p]} above: symmetric pairs (p, 20 − p), the center at 10.
         */
        void evaluate(int k, double a, double b, Integrand f) {
            double center = 0.5 * (a + b);
            double half = 0.5 * (b - a);
            int n = NODES.length;
            for (int p = 0; p < POINTS; p++) {
                double x = p < n ? center - half * NODES[p] : center + half * NODES[POINTS - 1 - p];
                f.at(x, point);
                for (int i = 0; i < dimension; i++) {
                    samples[i * POINTS + p] = point[i];
                }
            }
            evaluations += POINTS;
            left[k] = a;
            right[k] = b;
            for (int i = 0; i < dimension; i++) {
                int slot = k * dimension + i;
                rule(i, half, slot);
                totalError[i] += error[slot];
                totalScale[i] += scale[slot];
            }
            double worst = 0;
            for (int i = 0; i < dimension; i++) {
                double tolerance = tolerance(i, totalScale[i]);
                double e = error[k * dimension + i];
                worst = Math.max(worst, tolerance > 0 ? e / tolerance : e > 0 ? Double.MAX_VALUE : 0);
            }
            badness[k] = worst;
        }

        private double sample(int p, int component) {
            return samples[component * POINTS + p];
        }

        private void rule(int component, double half, int slot) {
            int n = NODES.length;
            int c = n - 1;
            double kronrod = KRONROD_WEIGHTS[c] * sample(c, component);
            double gauss = 0;
            double absolute = KRONROD_WEIGHTS[c] * Math.abs(sample(c, component));
            for (int j = 0; j < c; j++) {
                double lo = sample(j, component);
                double hi = sample(POINTS - 1 - j, component);
                kronrod += KRONROD_WEIGHTS[j] * (lo + hi);
                absolute += KRONROD_WEIGHTS[j] * (Math.abs(lo) + Math.abs(hi));
                if (j % 2 == 1) {
                    gauss += GAUSS_WEIGHTS[j / 2] * (lo + hi);
                }
            }
            double mean = 0.5 * kronrod;
            double spread = KRONROD_WEIGHTS[c] * Math.abs(sample(c, component) - mean);
            for (int j = 0; j < c; j++) {
                spread += KRONROD_WEIGHTS[j]
                        * (Math.abs(sample(j, component) - mean) + Math.abs(sample(POINTS - 1 - j, component) - mean));
            }
            double err = Math.abs((kronrod - gauss) * half);
            spread *= half;
            if (spread != 0 && err != 0) {
                double ratio = 200 * err / spread;
                err = spread * Math.min(1, ratio * Math.sqrt(ratio));
            }
            absolute *= half;
            value[slot] = kronrod * half;
            error[slot] = Math.max(50 * EPSILON * absolute, err);
            scale[slot] = absolute;
        }
    }
}
