package org.widthlab.limits;

import org.widthlab.theory.Activation;
import org.widthlab.theory.DualActivation;

/**
 * A fixed two-dimensional (tensor) Gauss–Hermite rule for the Gaussian moments of any φ, as a test-side
 * check at unit-scale covariances: with {@code Z1, Z2} independent standard normals, {@code u = √s11 Z1} and
 * {@code v = (s12/√s11) Z1 + √(s22 − s12²/s11) Z2} have covariance {@code [[s11, s12], [s12, s22]]}, and
 * {@code E[g(u, v)] ≈ Σ_{k,m} w_k w_m g(u(z_k), v(z_k, z_m))}. Exact to rounding for smooth φ at unit scale and
 * moderate order; its error grows with the variance (φ(√s z) varies on a scale 1/√s) and near a kink (ReLU:
 * only algebraic convergence), which is why the program does not use it.
 *
 * @param phi  the nonlinearity
 * @param rule the one-dimensional rule, used on both axes
 */
public record QuadratureDual(Activation phi, GaussHermite rule) implements DualActivation {

    public QuadratureDual(Activation phi, int order) {
        this(phi, GaussHermite.ofOrder(order));
    }

    @Override
    public Moments moments(double s11, double s12, double s22) {
        double sd1 = Math.sqrt(Math.max(s11, 0));
        double along = sd1 > 0 ? s12 / sd1 : 0;
        double across = Math.sqrt(Math.max(s22 - along * along, 0));
        int m = rule.order();
        double value = 0;
        double derivative = 0;
        for (int k = 0; k < m; k++) {
            double u = sd1 * rule.node(k);
            double phiU = phi.value(u);
            double dPhiU = phi.derivative(u);
            double innerValue = 0;
            double innerDerivative = 0;
            for (int j = 0; j < m; j++) {
                double v = along * rule.node(k) + across * rule.node(j);
                innerValue += rule.weight(j) * phi.value(v);
                innerDerivative += rule.weight(j) * phi.derivative(v);
            }
            value += rule.weight(k) * phiU * innerValue;
            derivative += rule.weight(k) * dPhiU * innerDerivative;
        }
        return new Moments(value, derivative);
    }
}
