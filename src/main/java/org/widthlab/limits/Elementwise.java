package org.widthlab.limits;

import java.util.List;
import java.util.stream.IntStream;
import org.widthlab.theory.DualActivation;

/**
 * The nonlinearity {@code x = φ(h)} on the kernels (theory.md §7): with {@code (u, v) ~ N(0, Σ)} for each
 * pair of inputs, the new covariance is {@code E[φ(u)φ(v)]} and every NTK contribution so far is
 * multiplied entry-wise by {@code Σ̇ = E[φ'(u)φ'(v)]} (neural-tangents' {@code stax.Elementwise};
 * Jacot et al. 2018, Thm 1).
 *
 * @param dual the Gaussian moments of φ (a closed form or quadrature)
 */
public record Elementwise(DualActivation dual) implements KernelMap {

    @Override
    public Kernel apply(Kernel in) {
        KernelMatrix s = in.nngp();
        int n = s.size();
        double[][] value = new double[n][n];
        double[][] derivative = new double[n][n];
        // Rows in parallel: each entry is computed on its own, so the result does not depend on the threads.
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = 0; j <= i; j++) {
                DualActivation.Moments m = dual.moments(s.get(i, i), s.get(i, j), s.get(j, j));
                value[i][j] = m.value();
                derivative[i][j] = m.derivative();
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                value[j][i] = value[i][j];
                derivative[j][i] = derivative[i][j];
            }
        }
        KernelMatrix sigmaDot = KernelMatrix.of(derivative);
        List<KernelMatrix> contributions = in.contributions().stream().map(c -> c.times(sigmaDot)).toList();
        return new Kernel(KernelMatrix.of(value), contributions);
    }
}
