package org.widthlab.engine;

import java.util.List;
import org.widthlab.theory.Parametrization;

/**
 * Everything that decides a width sweep's numbers: same experiment, same numbers. The window shows
 * one, {@code sweep --config FILE} runs one, and {@code io.ExperimentFile} stores one.
 *
 * @param parametrization the abc-parametrization, depth and activation
 * @param dataSet         which data set to generate
 * @param inputDim        d, the input dimension (fixed as n grows; some data sets fix it, {@link DataSetKind#fixedInputDim})
 * @param batch           B, the number of training examples (full-batch SGD on them)
 * @param steps           T, the number of SGD steps; measurements are taken at t = 0..T
 * @param learningRate    η; each {@code w^l} is trained with rate {@code η n^{−c}}
 * @param widths          the widths n to sweep, increasing
 * @param seeds           how many seeds per width (seed s runs with {@code seed + s})
 * @param seed            the first seed: data, initialization and everything random derive from it
 * @param measureNtk      also measure the empirical NTK's relative change (costs extra backward passes)
 */
public record Experiment(Parametrization parametrization, DataSetKind dataSet, int inputDim, int batch, int steps,
        double learningRate, List<Integer> widths, int seeds, long seed, boolean measureNtk) {

    public static final int MAX_WIDTH = 1 << 16;
    /** The largest input dimension d: like a width, the input layer's n×d weights must fit in memory. */
    public static final int MAX_INPUT_DIM = MAX_WIDTH;
    /**
     * The largest batch B: the n = ∞ limits work with B×B kernel matrices (theory.md §7), and every hidden layer
     * of a network keeps B×B products of its update history; at B = 8192 one such matrix takes 512 MiB.
     */
    public static final int MAX_BATCH = 1 << 13;
    /** The most training steps T: every step of every width and seed is measured and kept for the charts. */
    public static final int MAX_STEPS = 1_000_000;
    /** The most seeds per width: each is a full training run at every width. */
    public static final int MAX_SEEDS = 10_000;

    /** @throws SettingException naming the setting whose value cannot be used */
    public Experiment {
        if (parametrization == null) {
            throw new SettingException(Setting.PARAMETRIZATION, "is missing");
        }
        if (dataSet == null) {
            throw new SettingException(Setting.DATA_SET, "is missing");
        }
        if (widths == null) {
            throw new SettingException(Setting.WIDTHS, "are missing");
        }
        widths = List.copyOf(widths);
        if (inputDim < 1) {
            throw new SettingException(Setting.INPUT_DIM, "must be at least 1, got " + inputDim);
        }
        if (inputDim > MAX_INPUT_DIM) {
            throw new SettingException(Setting.INPUT_DIM, "must be at most " + MAX_INPUT_DIM
                    + " (like a width: the input layer's n×d weights must fit in memory), got " + inputDim);
        }
        if (dataSet.fixedInputDim().isPresent() && inputDim != dataSet.fixedInputDim().getAsInt()) {
            throw new SettingException(Setting.INPUT_DIM, "of the " + dataSet.id() + " data set is "
                    + dataSet.fixedInputDim().getAsInt() + ", got " + inputDim);
        }
        if (batch < 1) {
            throw new SettingException(Setting.BATCH, "must be at least 1, got " + batch);
        }
        if (batch > MAX_BATCH) {
            throw new SettingException(Setting.BATCH, "must be at most " + MAX_BATCH + " (the n = ∞ limits and the"
                    + " update history hold B×B matrices), got " + batch);
        }
        if (steps < 0) {
            throw new SettingException(Setting.STEPS, "must be 0 or more, got " + steps);
        }
        if (steps > MAX_STEPS) {
            throw new SettingException(Setting.STEPS, "must be at most " + MAX_STEPS + " (every step is measured and"
                    + " kept for the charts), got " + steps);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new SettingException(Setting.LEARNING_RATE, "must be a positive number, got " + learningRate);
        }
        if (widths.isEmpty()) {
            throw new SettingException(Setting.WIDTHS, "are missing: give at least one width");
        }
        for (int i = 0; i < widths.size(); i++) {
            int n = widths.get(i);
            if (n < 1 || n > MAX_WIDTH) {
                throw new SettingException(Setting.WIDTHS, "must lie in 1.." + MAX_WIDTH + ", got " + n);
            }
            if (i > 0 && n <= widths.get(i - 1)) {
                throw new SettingException(Setting.WIDTHS, "must increase: " + widths);
            }
        }
        if (seeds < 1) {
            throw new SettingException(Setting.SEEDS, "must be at least 1, got " + seeds);
        }
        if (seeds > MAX_SEEDS) {
            throw new SettingException(Setting.SEEDS, "must be at most " + MAX_SEEDS + " (each seed trains every"
                    + " width once more), got " + seeds);
        }
    }

    /** The same experiment with another parametrization (a grid's preset, depth, activation or exponent axis). */
    public Experiment withParametrization(Parametrization p) {
        return new Experiment(p, dataSet, inputDim, batch, steps, learningRate, widths, seeds, seed, measureNtk);
    }
}
