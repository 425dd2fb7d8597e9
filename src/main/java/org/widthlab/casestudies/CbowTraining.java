package org.widthlab.casestudies;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The training loop of word2vec's CBOW with negative sampling (Mikolov et al. 2013; the loop of TP4's
 * {@code word2vec.c}, single-threaded): for every epoch and sentence, frequent words are dropped at random
 * (kept with probability {@code (√(f/(sN)) + 1)·sN/f} for a word seen f times in N tokens, s the subsampling
 * rate); at each remaining position a window of {@code w − b} words on each side (b uniform in 0..w−1) is the
 * context, the centre word the target, and k negatives are drawn from the unigram distribution to the power 3/4
 * (a negative equal to the centre word is skipped); the learning rate falls linearly from η to η·10⁻⁴ over all
 * epochs.
 *
 * <p>All randomness comes from {@code seed}, independently of the model: every model trained with the same
 * settings sees exactly the same windows and negatives, so their differences are the models' alone.
 */
final class CbowTraining {

    /** word2vec's {@code MAX_SENTENCE_LENGTH}: longer sentences are cut. */
    static final int MAX_SENTENCE = 1000;
    private static final int PROGRESS_EVERY = 10_000;

    private final Corpus corpus;
    private final Word2VecSettings.Training settings;
    private final NegativeSampler negatives;
    private final float[] keep;

    CbowTraining(Corpus corpus, Word2VecSettings.Training settings) {
        this.corpus = corpus;
        this.settings = settings;
        long[] counts = corpus.wordCounts();
        this.negatives = new NegativeSampler(counts);
        this.keep = keepProbabilities(counts, corpus.size(), settings.subsample());
    }

    NegativeSampler negatives() {
        return negatives;
    }

    /** The number of tokens {@link #train} goes through (all epochs), for progress. */
    long work() {
        return (long) corpus.size() * settings.epochs();
    }

    /**
     * Trains {@code model} on the corpus.
     *
     * @param progress told the number of tokens gone through so far, every {@value #PROGRESS_EVERY} or so
     * @throws Cancelled when {@code cancelled} turns true (checked every sentence)
     */
    void train(CbowModel model, BooleanSupplier cancelled, LongConsumer progress) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        int window = settings.window();
        int[] sentence = new int[MAX_SENTENCE];
        int[] context = new int[2 * window];
        int[] targets = new int[settings.negatives() + 1];
        long total = work();
        long done = 0;
        long reported = 0;
        float eta0 = (float) settings.learningRate();
        float eta = eta0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int s = 0; s < corpus.sentences(); s++) {
                Cancelled.check(cancelled);
                int start = corpus.sentenceStart(s);
                int end = corpus.sentenceEnd(s);
                for (int chunk = start; chunk < end; chunk += MAX_SENTENCE) {
                    int length = 0;
                    for (int i = chunk; i < Math.min(end, chunk + MAX_SENTENCE); i++) {
                        int word = corpus.token(i);
                        if (keep[word] >= 1 || keep[word] >= random.nextFloat()) {
                            sentence[length++] = word;
                        }
                    }
                    for (int pos = 0; pos < length; pos++) {
                        int reach = window - random.nextInt(window);
                        int count = 0;
                        for (int c = Math.max(0, pos - reach); c <= Math.min(length - 1, pos + reach); c++) {
                            if (c != pos) {
                                context[count++] = sentence[c];
                            }
                        }
                        int word = sentence[pos];
                        int targetCount = drawTargets(word, targets, random);
                        if (count > 0) {
                            model.train(context, count, targets, targetCount, eta);
                        }
                    }
                }
                done += end - start;
                if (done - reported >= PROGRESS_EVERY) {
                    reported = done;
                    progress.accept(done);
                    eta = (float) Math.max(eta0 * 1e-4, eta0 * (1 - done / (double) (total + 1)));
                }
            }
        }
        progress.accept(total);
    }

    /** targets[0] = word; then k draws from the negative sampler, those equal to word skipped. */
    private int drawTargets(int word, int[] targets, SplittableRandom random) {
        targets[0] = word;
        int count = 1;
        for (int k = 0; k < settings.negatives(); k++) {
            int t = negatives.draw(random);
            if (t != word) {
                targets[count++] = t;
            }
        }
        return count;
    }

    /** word2vec's subsampling: {@code min(1, (√(f/(sN)) + 1)·sN/f)}; 1 for every word when s = 0. */
    static float[] keepProbabilities(long[] counts, long tokens, double subsample) {
        float[] keep = new float[counts.length];
        for (int w = 0; w < counts.length; w++) {
            if (subsample <= 0 || counts[w] == 0) {
                keep[w] = 1;
            } else {
                double threshold = subsample * tokens;
                keep[w] = (float) Math.min(1, (Math.sqrt(counts[w] / threshold) + 1) * threshold / counts[w]);
            }
        }
        return keep;
    }
}
