package org.widthlab.limits;

import java.util.Arrays;

/**
 * A weighted set of hidden units of a one-hidden-layer network, each a "particle" {@code (U, V)},
 * {@code U ∈ R^d} its input weights and {@code V ∈ R} its readout weight (times n), standing for the
 * Gaussian law of {@code (U_0, V_0)} in TP4 Theorem 6.1: {@code E[g(U_0, V_0)] ≈ Σ_k w_k g(U_k, V_k)}.
 * Immutable; built by {@link ParticleSets}.
 *
 * @param u       u[k] = U of particle k
 * @param v       v[k] = V of particle k
 * @param weights w_k, summing to 1
 */
public record Particles(double[][] u, double[] v, double[] weights) {

    public Particles {
        if (u.length != v.length || u.length != weights.length || u.length == 0) {
            throw new IllegalArgumentException("particles need as many U, V and weights (≥ 1)");
        }
        u = Arrays.stream(u).map(double[]::clone).toArray(double[][]::new);
        v = v.clone();
        weights = weights.clone();
    }

    public int count() {
        return v.length;
    }

    public int inputDim() {
        return u[0].length;
    }

    @Override
    public double[][] u() {
        return Arrays.stream(u).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] v() {
        return v.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
