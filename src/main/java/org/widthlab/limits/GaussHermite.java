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
 * off-diagonal {@code √k}, k = 1..m−1), and {@code w_k} is the squared first component of the k-th
 * normalized eigenvector (the measure has total mass 1). Immutable; rules are cached by order.
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
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(jacobi)) {
            throw new IllegalStateException("Golub–Welsch eigendecomposition failed at order " + m);
        }
        double[] nodes = new double[m];
        double[] weights = new double[m];
        for (int k = 0; k < m; k++) {
            nodes[k] = eig.getEigenvalue(k).getReal();
            DMatrixRMaj v = eig.getEigenVector(k);
            double norm2 = 0;
            for (int i = 0; i < m; i++) {
                norm2 += v.get(i) * v.get(i);
            }
            weights[k] = v.get(0) * v.get(0) / norm2;
        }
        return new GaussHermite(nodes, weights);
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
