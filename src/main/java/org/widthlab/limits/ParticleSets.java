package org.widthlab.limits;

import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * Quadratures of the standard Gaussian law of a hidden unit's initial weights {@code (U_0, V_0)},
 * {@code U_0 ~ N(0, I_d)}, {@code V_0 ~ N(0, 1)} independent, or {@code V_0 = 0} for a readout that
 * starts at zero (TP4 Theorem 6.1).
 */
public final class ParticleSets {

    /** The first primes, the Halton bases of dimensions 1, 2, ... */
    private static final int[] PRIMES = firstPrimes(256);

    private ParticleSets() {
    }

    /**
     * The tensor-product Gauss–Hermite rule of the given order on every axis of {@code U} (and of
     * {@code V} unless it starts at zero): {@code order^(d+1)} (or {@code order^d}) particles, exact for
     * polynomials of degree ≤ 2·order−1 in each coordinate.
     */
    public static Particles tensorGaussHermite(int inputDim, boolean zeroReadout, int order) {
        int dim = zeroReadout ? inputDim : inputDim + 1;
        GaussHermite rule = GaussHermite.ofOrder(order);
        int count = Math.toIntExact(Math.round(Math.pow(order, dim)));
        double[][] u = new double[count][inputDim];
        double[] v = new double[count];
        double[] w = new double[count];
        for (int k = 0; k < count; k++) {
            int rest = k;
            double weight = 1;
            double[] point = new double[dim];
            for (int j = 0; j < dim; j++) {
                int index = rest % order;
                rest /= order;
                point[j] = rule.node(index);
                weight *= rule.weight(index);
            }
            System.arraycopy(point, 0, u[k], 0, inputDim);
            v[k] = zeroReadout ? 0 : point[inputDim];
            w[k] = weight;
        }
        return new Particles(u, v, w);
    }

    /**
     * A randomly shifted Halton set (Cranley–Patterson rotation; Halton 1960): point k = 1..count/2 has
     * coordinate j {@code x_kj = frac(radicalInverse_{p_j}(k) + s_j)} with {@code s ~ U[0,1)^dim} drawn
     * from {@code seed}, mapped to a normal by {@code Φ^{-1}(x) = −√2 erfc^{-1}(2x)}; each point also comes
     * with its antithetic twin {@code (U, −V)} (the law of {@code V_0} is symmetric, and the twin cancels
     * {@code f_0} exactly); equal weights. Every shift gives an unbiased estimate, so independent shifts give
     * an error estimate.
     *
     * @param count the number of particles, even
     */
    public static Particles shiftedHalton(int inputDim, boolean zeroReadout, int count, long seed) {
        if (count < 2 || count % 2 != 0) {
            throw new IllegalArgumentException("quasi-Monte Carlo needs an even number of particles, got " + count);
        }
        int dim = zeroReadout ? inputDim : inputDim + 1;
        if (dim > PRIMES.length) {
            throw new IllegalArgumentException("quasi-Monte Carlo supports up to " + PRIMES.length
                    + " dimensions, got " + dim);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] shift = new double[dim];
        for (int j = 0; j < dim; j++) {
            shift[j] = random.nextDouble();
        }
        double[][] u = new double[count][inputDim];
        double[] v = new double[count];
        double[] w = new double[count];
        for (int k = 0; k < count; k += 2) {
            double[] point = new double[dim];
            for (int j = 0; j < dim; j++) {
                double x = radicalInverse(k / 2 + 1, PRIMES[j]) + shift[j];
                point[j] = inverseNormalCdf(x - Math.floor(x));
            }
            System.arraycopy(point, 0, u[k], 0, inputDim);
            System.arraycopy(point, 0, u[k + 1], 0, inputDim);
            v[k] = zeroReadout ? 0 : point[inputDim];
            v[k + 1] = -v[k];
            w[k] = 1.0 / count;
            w[k + 1] = 1.0 / count;
        }
        return new Particles(u, v, w);
    }

    /** The van der Corput radical inverse of k in base b: the digits of k mirrored about the point. */
    static double radicalInverse(long k, int base) {
        double inverse = 0;
        double scale = 1.0 / base;
        while (k > 0) {
            inverse += (k % base) * scale;
            k /= base;
            scale /= base;
        }
        return inverse;
    }

    /** {@code Φ^{-1}(x) = −√2 erfc^{-1}(2x)}, accurate in both tails; x = 0 (probability 0) maps to the smallest double. */
    static double inverseNormalCdf(double x) {
        return -Math.sqrt(2) * InverseErfc.value(2 * Math.max(x, Double.MIN_NORMAL));
    }

    private static int[] firstPrimes(int count) {
        int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++) {
            boolean prime = true;
            for (int i = 0; i < found && primes[i] * primes[i] <= candidate; i++) {
                if (candidate % primes[i] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes[found++] = candidate;
            }
        }
        return primes;
    }
}
