package org.widthlab.limits;

import java.util.stream.IntStream;
import org.widthlab.theory.Activation;
import org.widthlab.theory.DualActivation;

/**
 * The slow, obvious reference for the Gaussian moments of φ: the two-dimensional integral
 * {@code E[g(u, v)] = ∫∫ g(√s11 z, (s12/√s11) z + c w) ϕ(z) ϕ(w) dz dw}, {@code c = √(s22 − s12²/s11)},
 * over {@code [−10, 10]²} by the tensor product of composite 8-point Gauss–Legendre rules on equal panels, with
 * {@value #PANELS_PER_UNIT} panels per unit of the finest scale on which φ(u), φ(v) change (1/√s, s the larger
 * variance, or 1). No adaptivity, no series, no breakpoints: every panel is the same rule.
 *
 * <p>Accuracy (why this is a reference): for tanh, whose poles lie π/2 off the real axis, a panel of half-width
 * {@code 1/(2·PANELS_PER_UNIT)} in units of φ's scale gets the 8-point rule's error down to about
 * {@code (r + √(r²+1))^{−16}}, {@code r = π·PANELS_PER_UNIT/2}: 1e-13 at 1 panel per unit, 1e-17 at 2; GELU is
 * entire. The tails beyond |z| = 10 hold 1.5e-23 of the mass. {@code DualActivationTest} checks it against the
 * closed forms (erf) and against itself at double the panels.
 *
 * @param phi             the nonlinearity
 * @param panelsPerUnit   panels per unit of φ's scale
 */
public record GaussLegendreReferenceDual(Activation phi, int panelsPerUnit) implements DualActivation {

    static final int PANELS_PER_UNIT = 2;
    private static final double HALF_RANGE = 10;
    /** The 8-point Gauss–Legendre rule on [−1, 1] (Abramowitz &amp; Stegun, Table 25.4). */
    static final double[] NODES = {-0.9602898564975363, -0.7966664774136267, -0.5255324099163290,
        -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
    static final double[] WEIGHTS = {0.1012285362903763, 0.2223810344533745, 0.3137066458778873,
        0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};

    public GaussLegendreReferenceDual(Activation phi) {
        this(phi, PANELS_PER_UNIT);
    }

    @Override
    public Moments moments(double s11, double s12, double s22) {
        if (!(s11 > 0)) {
            throw new IllegalArgumentException("the reference conditions on u: give s11 > 0");
        }
        double a = Math.sqrt(s11);
        double b = s12 / a;
        double c = Math.sqrt(Math.max(s22 - b * b, 0));
        double[][] rule = compositeRule(Math.max(1, Math.sqrt(Math.max(s11, s22))));
        double[] x = rule[0];
        double[] w = rule[1];
        double[][] sums = IntStream.range(0, x.length).parallel().mapToObj(i -> {
            double phiU = phi.value(a * x[i]);
            double dPhiU = phi.derivative(a * x[i]);
            double value = 0;
            double derivative = 0;
            for (int j = 0; j < x.length; j++) {
                double v = b * x[i] + c * x[j];
                value += w[j] * phi.value(v);
                derivative += w[j] * phi.derivative(v);
            }
            return new double[] {w[i] * phiU * value, w[i] * dPhiU * derivative};
        }).toArray(double[][]::new);
        double value = 0;
        double derivative = 0;
        for (double[] s : sums) {
            value += s[0];
            derivative += s[1];
        }
        return new Moments(value, derivative);
    }

    /** Nodes on [−10, 10] and weights including the standard normal density. */
    private double[][] compositeRule(double scale) {
        int panels = (int) Math.ceil(2 * HALF_RANGE * scale * panelsPerUnit);
        double width = 2 * HALF_RANGE / panels;
        double[] x = new double[panels * NODES.length];
        double[] w = new double[x.length];
        for (int p = 0; p < panels; p++) {
            double center = -HALF_RANGE + (p + 0.5) * width;
            for (int k = 0; k < NODES.length; k++) {
                double z = center + 0.5 * width * NODES[k];
                x[p * NODES.length + k] = z;
                w[p * NODES.length + k] = 0.5 * width * WEIGHTS[k] * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            }
        }
        return new double[][] {x, w};
    }
}
