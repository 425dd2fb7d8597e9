package org.widthlab.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The m-point Gauss–Hermite rule for the standard normal measure ("probabilists'" form):
 * {@code E[g(Z)] ≈ Σ_k w_k g(z_k)}, {@code Z ~ N(0, 1)}, exact for polynomials of degree ≤ 2m−1.
 *
 * <p>Golub–Welsch (1969): the nodes are the eigenvalues of the Jacobi matrix of the monic
 * probabilists' Hermite recurrence {@code He_{k+1} = z He_k − k He_{k−1}} (zero diagonal,
 * off-diagonal {@code √k}, k = 1..m−1); each is then polished by Newton's method on the orthonormal
 * polynomial and symmetrized, and {@code w_k} is the Christoffel function {@code 1/Σ_{j<m} p_j(z_k)²} (the
 * measure has total mass 1). Immutable; rules are cached by order.
 */
public final class GaussHermite {

    private static final Map<Integer, GaussHermite> CACHE = new ConcurrentHashMap<>();

    private final double[] nodes;
    private final double[] weights;

    private GaussHermite(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    public static GaussHermite ofOrder(int order) {
        if (order < 1 || order > 400) {
            throw new IllegalArgumentException("Gauss–Hermite order must be in 1..400, got " + order);
        }
        return CACHE.computeIfAbsent(order, GaussHermite::compute);
    }

    private static GaussHermite compute(int m) {
        DMatrixRMaj jacobi = new DMatrixRMaj(m, m);
        for (int k = 1; k < m; k++) {
            jacobi.set(k - 1, k, Math.sqrt(k));
            jacobi.set(k, k - 1, Math.sqrt(k));
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false, true);
        if (!eig.decompose(jacobi)) {
            throw new IllegalStateException("Golub–Welsch eigendecomposition failed at order " + m);
        }
        double[] nodes = new double[m];
        for (int k = 0; k < m; k++) {
            nodes[k] = eig.getEigenvalue(k).getReal();
        }
        java.util.Arrays.sort(nodes);
        double[] weights = new double[m];
        for (int k = 0; k < m; k++) {
            double z = refine(nodes[k], m);
            nodes[k] = z;
        }
        for (int k = 0; k < m / 2; k++) {
            double z = 0.5 * (nodes[m - 1 - k] - nodes[k]);
            nodes[k] = -z;
            nodes[m - 1 - k] = z;
        }
        if (m % 2 == 1) {
            nodes[m / 2] = 0;
        }
        for (int k = 0; k < m; k++) {
            weights[k] = 1 / sumOfSquares(nodes[k], m);
        }
        return new GaussHermite(nodes, weights);
    }

    /**
     * Newton steps on the orthonormal polynomial {@code p_m} ({@code p_0 = 1},
     * {@code p_{k+1} = (z p_k − √k p_{k−1})/√(k+1)}, {@code p_m' = √m p_{m−1}}), polishing an eigenvalue to
     * full precision.
     */
    private static double refine(double z, int m) {
        for (int iteration = 0; iteration < 3; iteration++) {
            double previous = 0;
            double current = 1;
            for (int k = 0; k < m; k++) {
                double next = (z * current - Math.sqrt(k) * previous) / Math.sqrt(k + 1);
                previous = current;
                current = next;
            }
            double derivative = Math.sqrt(m) * previous;
            if (derivative == 0) {
                break;
            }
            z -= current / derivative;
        }
        return z;
    }

    /** The Christoffel function: {@code w = 1/Σ_{k<m} p_k(z)²} at a node z (Gautschi 2004, Thm 1.46). */
    private static double sumOfSquares(double z, int m) {
        double previous = 0;
        double current = 1;
        double sum = 1;
        for (int k = 0; k < m - 1; k++) {
            double next = (z * current - Math.sqrt(k) * previous) / Math.sqrt(k + 1);
            previous = current;
            current = next;
            sum += current * current;
        }
        return sum;
    }

    public int order() {
        return nodes.length;
    }

    public double node(int k) {
        return nodes[k];
    }

    public double weight(int k) {
        return weights[k];
    }
}
