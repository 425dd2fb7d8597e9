package org.widthlab.casestudies;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of the word-embedding case study ({@link Word2VecStudy}).
 *
 * @param data          where the corpus and the analogy questions come from
 * @param training      how every model is trained (the same for all)
 * @param widths        the finite μP widths, increasing
 * @param heldOutFraction the share of sentences (at the end) kept out of training for the held-out loss
 * @param heldOutPositions at most this many held-out positions are scored
 * @param threads       how many models train at once
 */
public record Word2VecSettings(Data data, Training training, List<Integer> widths, double heldOutFraction,
        int heldOutPositions, int threads) {

    /** The default finite widths. */
    public static final List<Integer> DEFAULT_WIDTHS = List.of(16, 64, 256, 1024);

    /** Where the corpus comes from: generated ({@link Synthetic}) or read from files ({@link Files}). */
    public sealed interface Data permits Synthetic, Files {
    }

    /** The planted-analogy corpus of {@link PlantedAnalogyCorpus}. */
    public record Synthetic(PlantedAnalogyCorpus corpus) implements Data {
    }

    /**
     * A plain-text corpus and a questions file in the {@code questions-words} format.
     *
     * @param maxVocabulary the most frequent words kept (the μP limit is a V×V network)
     * @param minCount      rarer words are dropped, as word2vec does
     */
    public record Files(Path corpus, Path questions, int maxVocabulary, int minCount) implements Data {
        public static final int DEFAULT_MAX_VOCABULARY = 3000;
        /** word2vec's default. */
        public static final int DEFAULT_MIN_COUNT = 5;

        public Files {
            if (maxVocabulary < 2 || minCount < 1) {
                throw new IllegalArgumentException("--max-vocabulary must be ≥ 2 and --min-count ≥ 1, got "
                        + maxVocabulary + " and " + minCount);
            }
        }
    }

    /**
     * CBOW with negative sampling, as {@link CbowTraining} runs it.
     *
     * @param window       w: up to w words each side
     * @param negatives    k
     * @param subsample    s (0: no subsampling)
     * @param learningRate η at the start (it falls linearly to η·10⁻⁴)
     * @param epochs       passes over the training text
     * @param seed         draws the windows, subsampling and negatives (and, offset, every initialization)
     * @param hogwildThreads threads that train each model together, asynchronously, each on its share of the text
     *                     (Hogwild, as word2vec does): 1 is reproducible to the last digit; more is faster on free
     *                     cores, but then the numbers change a little from run to run
     */
    public record Training(int window, int negatives, double subsample, double learningRate, int epochs, long seed,
            int hogwildThreads) {

        /** One thread: reproducible to the last digit (word2vec's Hogwild is {@link #hogwildThreads} > 1). */
        public static final int DEFAULT_HOGWILD_THREADS = 1;

        public Training withSeed(long newSeed) {
            return new Training(window, negatives, subsample, learningRate, epochs, newSeed, hogwildThreads);
        }

        public Training {
            if (window < 1 || negatives < 1 || epochs < 1 || hogwildThreads < 1) {
                throw new IllegalArgumentException("window, negatives, epochs and Hogwild threads must be ≥ 1, got "
                        + window + ", " + negatives + ", " + epochs + ", " + hogwildThreads);
            }
            if (!(subsample >= 0) || !(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("subsampling must be ≥ 0 and the learning rate finite and > 0, got "
                        + subsample + " and " + learningRate);
            }
        }
    }

    public Word2VecSettings {
        widths = StudyWidths.checked(widths);
        if (!(heldOutFraction > 0 && heldOutFraction < 1) || heldOutPositions < 2 || threads < 1) {
            throw new IllegalArgumentException("the held-out share must be in (0, 1), its positions ≥ 2 and threads ≥ 1;"
                    + " got " + heldOutFraction + ", " + heldOutPositions + ", " + threads);
        }
    }

    /** The default corpus: V = 3,000 words (750 stems × 4 forms), about a million tokens. */
    public static PlantedAnalogyCorpus defaultCorpus(long seed) {
        return new PlantedAnalogyCorpus(750, 25, 2, 100, 1_000_000, 3, 1, 200, 2000, seed);
    }

    /**
     * The default training: window 5, 5 negatives, subsampling 10⁻³, η = 0.2, one epoch. On the default corpus
     * η = 0.5 blows up the widths from 64 on and the μP limit (held-out loss 7 at n = 64, 10⁸–10⁹ from n = 256);
     * more epochs over its million tokens make the wide models fit the corpus's sampling noise (the μP limit's
     * analogy accuracy falls from 90.6% after one epoch to 61.6% after three, below n = 64's), so one pass
     * (README, "The paper's own experiments").
     */
    public static Training defaultTraining(long seed) {
        return new Training(5, 5, 1e-3, 0.2, 1, seed, Training.DEFAULT_HOGWILD_THREADS);
    }

    /** The defaults, on the default synthetic corpus: the README's table. */
    public static Word2VecSettings defaults() {
        return new Word2VecSettings(new Synthetic(defaultCorpus(1)), defaultTraining(1), DEFAULT_WIDTHS, 0.1, 20_000, 2);
    }

    /** A quicker run for the classroom: the same corpus model and training, a third of the text. */
    public static Word2VecSettings classroom() {
        PlantedAnalogyCorpus c = defaultCorpus(1);
        PlantedAnalogyCorpus shorter = new PlantedAnalogyCorpus(c.stems(), c.families(), c.attributes(),
                c.latentDimension(), c.tokens() / 3, c.topicStrength(), c.attributeStrength(), c.questionStems(),
                c.questions(), c.seed());
        return new Word2VecSettings(new Synthetic(shorter), defaultTraining(1), DEFAULT_WIDTHS, 0.1, 20_000, 2);
    }
}
