package org.widthlab.engine;

/**
 * The settings of an {@link Experiment}, as a user sets them: each front end names its own place for
 * one (a field of the window, a flag of the command line, a key of the experiment file), and an invalid
 * value is reported against it by a {@link SettingException}.
 */
public enum Setting {
    PARAMETRIZATION("the parametrization"),
    DATA_SET("the data set"),
    INPUT_DIM("the input dimension"),
    BATCH("the batch"),
    STEPS("the number of steps"),
    LEARNING_RATE("the learning rate"),
    WIDTHS("the widths"),
    SEEDS("the number of seeds"),
    SEED("the first seed"),
    MEASURE_NTK("measuring the NTK");

    private final String noun;

    Setting(String noun) {
        this.noun = noun;
    }

    /** What it is, in words: "the batch". */
    public String noun() {
        return noun;
    }
}
