package org.widthlab.theory;

/** The five classes every abc-parametrization falls in (TP4 Theorem 3.3 and Corollary 3.9). */
public enum Regime {
    UNSTABLE_AT_INIT("unstable-at-init", "unstable at initialization"),
    UNSTABLE_IN_TRAINING("unstable-in-training", "unstable in training"),
    TRIVIAL("trivial", "trivial"),
    KERNEL("kernel", "kernel regime"),
    FEATURE_LEARNING("feature-learning", "feature learning");

    private final String id;
    private final String displayName;

    Regime(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The machine-readable name printed by {@code classify} ({@code feature-learning}, {@code kernel}, ...). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
