package org.widthlab.engine;

import java.util.List;
import java.util.Objects;
import org.widthlab.theory.Parametrization;

/**
 * Everything that decides a width sweep's numbers: same experiment, same numbers. The window shows
 * one, {@code sweep --config FILE} runs one, and {@code io.ExperimentFile} stores one.
 *
 * @param parametrization the abc-parametrization, depth and activation
 * @param dataSet         which data set to generate
 * @param inputDim        d, the input dimension (fixed as n grows; {@code sine} needs d = 1)
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

    public Experiment {
        Objects.requireNonNull(parametrization, "parametrization");
        Objects.requireNonNull(dataSet, "dataSet");
        widths = List.copyOf(widths);
        if (inputDim < 1) {
            throw new IllegalArgumentException("input dimension must be at least 1, got " + inputDim);
        }
        if (dataSet == DataSetKind.SINE && inputDim != 1) {
            throw new IllegalArgumentException("the sine data set is 1-D: use --input-dim 1, got " + inputDim);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + batch);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("give at least one width");
        }
        for (int i = 0; i < widths.size(); i++) {
            int n = widths.get(i);
            if (n < 1 || n > MAX_WIDTH) {
                throw new IllegalArgumentException("width " + n + " is outside 1.." + MAX_WIDTH);
            }
            if (i > 0 && n <= widths.get(i - 1)) {
                throw new IllegalArgumentException("widths must increase: " + widths);
            }
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
        }
    }

    public Experiment withParametrization(Parametrization p) {
        return new Experiment(p, dataSet, inputDim, batch, steps, learningRate, widths, seeds, seed, measureNtk);
    }
}
