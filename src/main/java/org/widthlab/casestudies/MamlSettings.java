package org.widthlab.casestudies;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of the few-shot case study ({@link MamlStudy}).
 *
 * @param data        where the classes come from
 * @param training    how every model meta-learns (the same for all)
 * @param widths      the finite μP widths, increasing
 * @param testTasks   meta-test tasks every model is scored on (the same tasks for all)
 * @param kernelTasks the kernel limits meta-train on at most this many tasks (they keep every query input seen)
 * @param threads     how many models train at once
 */
public record MamlSettings(Data data, Training training, List<Integer> widths, int testTasks, int kernelTasks,
        int threads) {

    /** TP4's widths were 2 … 8192; these stop at 2048 to stay within a laptop's minute. */
    public static final List<Integer> DEFAULT_WIDTHS = List.of(2, 8, 32, 128, 512, 2048);

    /** Where the classes come from: generated ({@link Synthetic}) or a user's CSV file ({@link Csv}). */
    public sealed interface Data permits Synthetic, Csv {
    }

    public record Synthetic(SubspaceFewShot classes) implements Data {
    }

    /**
     * @param file           features then class per line ({@link FewShotCsv})
     * @param metaTrainShare the share of classes used for meta-training
     */
    public record Csv(Path file, double metaTrainShare) implements Data {
        public static final double DEFAULT_META_TRAIN_SHARE = 0.7;
    }

    /**
     * First-order MAML, as TP4 ran it on Omniglot (their values in brackets).
     *
     * @param ways         N classes per task [5]
     * @param shots        K support examples per class [1]
     * @param queries      query examples per class [1]
     * @param innerStep    α, the adaptation step [0.4]
     * @param metaRate     η, the meta learning rate [0.1]
     * @param metaBatch    tasks per meta-step [32]
     * @param metaSteps    meta-steps
     * @param clip         the meta-gradient's length is clipped to this [0.5]
     * @param inputScale   σ_u: input weights start as σ_u·N(0, 1) (μP: a_1 + b_1 = 0) [1]
     * @param readoutScale σ_v: the readout starts as σ_v·N(0, 1/n²) (μP: a_2 + b_2 = 1) [1/32]
     * @param bias         the hidden bias's constant input coordinate [1]
     * @param seed         draws the tasks and (offset) every initialization
     */
    public record Training(int ways, int shots, int queries, double innerStep, double metaRate, int metaBatch,
            int metaSteps, double clip, double inputScale, double readoutScale, double bias, long seed) {
        public Training withSeed(long newSeed) {
            return new Training(ways, shots, queries, innerStep, metaRate, metaBatch, metaSteps, clip, inputScale,
                    readoutScale, bias, newSeed);
        }

        public Training {
            if (ways < 2 || shots < 1 || queries < 1 || metaBatch < 1 || metaSteps < 0) {
                throw new IllegalArgumentException("a task needs ≥ 2 ways, ≥ 1 shot and query; meta-batches ≥ 1 task,"
                        + " meta-steps ≥ 0; got " + ways + ", " + shots + ", " + queries + ", " + metaBatch + ", "
                        + metaSteps);
            }
            for (double x : new double[] {innerStep, metaRate, clip, inputScale}) {
                if (!(x > 0)) {
                    throw new IllegalArgumentException("the inner step, meta learning rate, clip and σ_u must be > 0");
                }
            }
            if (!(readoutScale >= 0) || !Double.isFinite(bias)) {
                throw new IllegalArgumentException("σ_v must be ≥ 0 and the bias finite, got " + readoutScale + ", "
                        + bias);
            }
        }
    }

    public MamlSettings {
        widths = StudyWidths.checked(widths);
        if (testTasks < 2 || kernelTasks < 0 || threads < 1) {
            throw new IllegalArgumentException("test tasks must be ≥ 2, kernel tasks ≥ 0 and threads ≥ 1; got "
                    + testTasks + ", " + kernelTasks + ", " + threads);
        }
    }

    /** The default classes: d = 64 with an 8-dimensional class subspace, 800 + 200 classes of 20 examples. */
    public static SubspaceFewShot defaultClasses(long seed) {
        return new SubspaceFewShot(64, 8, 800, 200, 20, 0.5, 1.0, seed);
    }

    public static Training defaultTraining(long seed) {
        return new Training(5, 1, 1, 0.4, 0.1, 16, 1000, 0.5, 1, 1.0 / 32, 1, seed);
    }

    /** The defaults: the README's table. */
    public static MamlSettings defaults() {
        return new MamlSettings(new Synthetic(defaultClasses(1)), defaultTraining(1), DEFAULT_WIDTHS, 2000, 2000, 2);
    }

    /** A quicker run for the classroom: a third of the meta-steps, a quarter of the test tasks. */
    public static MamlSettings classroom() {
        Training t = defaultTraining(1);
        return new MamlSettings(new Synthetic(defaultClasses(1)), new Training(t.ways(), t.shots(), t.queries(),
                t.innerStep(), t.metaRate(), t.metaBatch(), t.metaSteps() / 3, t.clip(), t.inputScale(),
                t.readoutScale(), t.bias(), t.seed()), DEFAULT_WIDTHS, 500, 1000, 2);
    }
}
