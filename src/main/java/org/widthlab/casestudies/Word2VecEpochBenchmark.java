package org.widthlab.casestudies;

/**
 * The wall time of one epoch of the word-embedding μP limit, for {@code bench}: the default study's data
 * ({@link Word2VecSettings#defaults()}: V = 3,000 words, about a million tokens) and training, the limit (width
 * V, input embeddings starting as the identity, output embeddings at zero) trained for one epoch from its start
 * on {@code hogwildThreads} threads, without the scoring. The first epoch is timed too (the study runs no
 * warm-up either).
 */
public final class Word2VecEpochBenchmark {

    private Word2VecEpochBenchmark() {
    }

    /** Generates the default corpus once, then trains a fresh μP limit {@code repeats} times; each run's seconds. */
    public static double[] secondsOf(int hogwildThreads, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        Word2VecSettings defaults = Word2VecSettings.defaults();
        Word2VecSettings.Training t = defaults.training();
        Word2VecSettings settings = new Word2VecSettings(defaults.data(), new Word2VecSettings.Training(t.window(),
                t.negatives(), t.subsample(), t.learningRate(), 1, t.seed(), hogwildThreads), defaults.widths(),
                defaults.heldOutFraction(), defaults.heldOutPositions(), 1);
        Word2VecStudy.Prepared data = Word2VecStudy.prepare(settings, () -> false);
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            EmbeddingCbow limit = Word2VecStudy.muPLimit(data.vocabulary());
            long start = System.nanoTime();
            data.loop().train(limit, () -> false, done -> { });
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }
}
