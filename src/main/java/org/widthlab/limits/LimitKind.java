package org.widthlab.limits;

/** How an n = ∞ curve was obtained, as printed by the {@code limit} command. */
public enum LimitKind {
    /** The kernel regime: kernel gradient descent with the exact limiting kernel. */
    KERNEL_EXACT("kernel-exact", "n = ∞ (exact kernel limit)"),
    /** An exact feature-learning limit (depth-1 μP by quadrature, or the linear network). */
    FEATURE_LEARNING_EXACT("feature-learning-exact", "n = ∞ (exact μP limit)"),
    /** The depth-1 μP limit by quasi-Monte Carlo, with a statistical error estimate. */
    QUASI_MONTE_CARLO("quasi-monte-carlo", "n = ∞ (μP limit, quasi-Monte Carlo)"),
    /** Not a limit: finite widths extrapolated in n^{-1/2}. */
    EXTRAPOLATED("extrapolated", "extrapolated from finite widths (not the limit)"),
    /** No limit curve. */
    NONE("none", "no limit");

    private final String id;
    private final String label;

    LimitKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The legend text a chart shows beside the curve. */
    public String label() {
        return label;
    }
}
