package org.widthlab.engine;

/**
 * The per-example loss ℓ(f, y) on the scalar output; the batch loss is the mean over the batch
 * (THEORY.md §7: one convention everywhere, so {@code χ_i = ℓ'(f_i, y_i)/B} carries the factor 1/B).
 */
enum Loss {
    /** {@code (f − y)²/2}, for regression. */
    SQUARED {
        @Override double value(double f, double y) {
            double e = f - y;
            return 0.5 * e * e;
        }

        @Override double derivative(double f, double y) {
            return f - y;
        }
    },
    /** Binary cross-entropy on the logit f with label y ∈ {0, 1}: {@code log(1 + e^f) − y f}. */
    LOGISTIC {
        @Override double value(double f, double y) {
            return Math.max(f, 0) + Math.log1p(Math.exp(-Math.abs(f))) - y * f;
        }

        @Override double derivative(double f, double y) {
            return 1 / (1 + Math.exp(-f)) - y;
        }
    };

    abstract double value(double f, double y);

    /** {@code ∂ℓ/∂f}. */
    abstract double derivative(double f, double y);
}
