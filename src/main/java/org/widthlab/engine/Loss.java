package org.widthlab.engine;


/**
 * The per-example loss ℓ(f, y) of a scalar output; the batch loss is the mean over the batch, so
 * {@code χ_i = ∂(batch loss)/∂f_i = ℓ'(f_i, y_i)/B} (theory.md §7, one convention everywhere: the finite
 * networks and the infinite-width limits both train with this enum).
 */
public enum Loss {
    /** {@code ℓ = (f − y)²/2}, {@code ℓ' = f − y}. */
    SQUARED {
        @Override public double value(double f, double y) { return 0.5 * (f - y) * (f - y); }
        @Override public double derivative(double f, double y) { return f - y; }
        @Override void checkTarget(double y) { requireFinite(y); }
    },
    /**
     * Cross-entropy on the scalar logit with labels y ∈ {0, 1}: {@code ℓ = log(1 + e^f) − y f},
     * {@code ℓ' = σ(f) − y}.
     */
    CROSS_ENTROPY {
        @Override public double value(double f, double y) {
            return Math.max(f, 0) + Math.log1p(Math.exp(-Math.abs(f))) - y * f;
        }
        @Override public double derivative(double f, double y) {
            return (f >= 0 ? 1 / (1 + Math.exp(-f)) : Math.exp(f) / (1 + Math.exp(f))) - y;
        }
        @Override void checkTarget(double y) {
            if (y != 0 && y != 1) {
                throw new IllegalArgumentException("cross-entropy needs class labels 0 or 1, got " + y);
            }
        }
    };

    public abstract double value(double f, double y);

    public abstract double derivative(double f, double y);

    abstract void checkTarget(double y);

    /** The mean loss over the batch. */
    public double mean(double[] f, double[] y) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += value(f[i], y[i]);
        }
        return s / f.length;
    }

    /** {@code χ_i = ℓ'(f_i, y_i)/B}. */
    public double[] chi(double[] f, double[] y) {
        double[] chi = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            chi[i] = derivative(f[i], y[i]) / f.length;
        }
        return chi;
    }

    /** @throws IllegalArgumentException when a target does not suit this loss */
    public void checkTargets(double[] y) {
        for (double t : y) {
            checkTarget(t);
        }
    }

    private static void requireFinite(double y) {
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("targets must be finite, got " + y);
        }
    }
}
