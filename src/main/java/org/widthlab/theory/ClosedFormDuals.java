package org.widthlab.theory;

/** The closed-form Gaussian moments of theory.md §7, for {@code (u, v) ~ N(0, [[s11, s12], [s12, s22]])}. */
final class ClosedFormDuals {

    private ClosedFormDuals() {
    }

    /**
     * ReLU (Cho & Saul 2009, arc-cosine kernel of degree 1 and 0): with {@code ρ = s12/√(s11 s22)},
     * {@code θ = arccos ρ}, {@code E[φ(u)φ(v)] = √(s11 s22)(sin θ + (π−θ)cos θ)/(2π)} and
     * {@code E[φ'(u)φ'(v)] = (π−θ)/(2π)}. A zero-variance side is the constant 0, where φ and φ' (φ'(0) = 0,
     * as in {@code Activation.RELU}) vanish.
     */
    static DualActivation.Moments relu(double s11, double s12, double s22) {
        double norm = Math.sqrt(s11 * s22);
        if (!(norm > 0)) {
            return new DualActivation.Moments(0, 0);
        }
        double theta = Math.acos(Math.max(-1, Math.min(1, s12 / norm)));
        double value = norm * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta)) / (2 * Math.PI);
        return new DualActivation.Moments(value, (Math.PI - theta) / (2 * Math.PI));
    }

    /**
     * erf (Williams 1997): {@code E[φ(u)φ(v)] = (2/π) arcsin(2 s12/√((1+2 s11)(1+2 s22)))} and, since
     * {@code φ'(z) = (2/√π) e^{−z²}}, {@code E[φ'(u)φ'(v)] = (4/π)/√((1+2 s11)(1+2 s22) − 4 s12²)}.
     */
    static DualActivation.Moments erf(double s11, double s12, double s22) {
        double a = 1 + 2 * s11;
        double b = 1 + 2 * s22;
        double value = (2 / Math.PI) * Math.asin(Math.max(-1, Math.min(1, 2 * s12 / Math.sqrt(a * b))));
        return new DualActivation.Moments(value, (4 / Math.PI) / Math.sqrt(a * b - 4 * s12 * s12));
    }

    /** Identity: {@code E[uv] = s12}, {@code E[1·1] = 1}. */
    static DualActivation.Moments identity(double s11, double s12, double s22) {
        return new DualActivation.Moments(s12, 1);
    }

    /**
     * sin: from {@code E[e^{i(u±v)}] = e^{−(s11+s22±2 s12)/2}} (the Gaussian characteristic function),
     * {@code E[sin u sin v] = e^{−(s11+s22)/2} sinh(s12)} and {@code E[cos u cos v] = e^{−(s11+s22)/2} cosh(s12)}.
     */
    static DualActivation.Moments sin(double s11, double s12, double s22) {
        double damping = Math.exp(-(s11 + s22) / 2);
        return new DualActivation.Moments(damping * Math.sinh(s12), damping * Math.cosh(s12));
    }
}
