package org.widthlab.engine;

import org.widthlab.theory.Identified;

/** The data sets a sweep can train on, each generated from a seed (names as on the command line). */
public enum DataSetKind implements Identified {
    /** 1-D regression of a sine, d = 1. */
    SINE("sine", "sine (1-D regression)"),
    /** Regression of a random teacher network in d dimensions. */
    TEACHER("teacher", "random teacher (regression)"),
    /** Two Gaussian clusters, 2 classes (cross-entropy on the scalar logit). */
    CLUSTERS("clusters", "two clusters (classification)"),
    /** Inputs and targets N(0,1) per entry, unscaled: the data of the PyTorch peer (src/bench/peers). */
    GAUSSIAN("gaussian", "Gaussian (the peer's data)");

    private final String id;
    private final String displayName;

    DataSetKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @Override
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static DataSetKind fromId(String id) {
        return Identified.byId(values(), id, "data set");
    }
}
