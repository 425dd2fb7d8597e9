package org.widthlab.casestudies;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The training loop of word2vec's CBOW with negative sampling (Mikolov et al. 2013; the loop of TP4's
 * {@code word2vec.c}): for every epoch and sentence, frequent words are dropped at random
 * (kept with probability {@code (√(f/(sN)) + 1)·sN/f} for a word seen f times in N tokens, s the subsampling
 * rate); at each remaining position a window of {@code w − b} words on each side (b uniform in 0..w−1) is the
 * context, the centre word the target, and k negatives are drawn from the unigram distribution to the power 3/4
 * (a negative equal to the centre word is skipped); the learning rate falls linearly from η to η·10⁻⁴ over all
 * epochs. With more than one Hogwild thread ({@link Word2VecSettings.Training#hogwildThreads}) the text is
 * shared out among threads that step the same weights at once, as word2vec does.
 *
 * <p>All randomness comes from {@code seed}, independently of the model: with one Hogwild thread, every model
 * trained with the same settings sees exactly the same windows and negatives, so their differences are the
 * models' alone.
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
     * Trains {@code model} on the corpus: on this thread when {@code hogwildThreads} is 1, else Hogwild (Recht et
     * al. 2011, word2vec's scheme): the sentences are cut into that many consecutive shares, each trained on a
     * thread of its own with its own random stream, all stepping the same weights without locks, the learning
     * rate following the tokens gone through by all. Then the result depends on how the threads interleave.
     *
     * @param progress told the number of tokens gone through so far, every {@value #PROGRESS_EVERY} or so
     * @throws Cancelled when {@code cancelled} turns true (checked every sentence)
     */
    void train(CbowModel model, BooleanSupplier cancelled, LongConsumer progress) {
        int threads = settings.hogwildThreads();
        Counter done = new Counter(new AtomicLong(), progress);
        if (threads == 1) {
            trainShare(model, 0, corpus.sentences(), new SplittableRandom(settings.seed()), cancelled, done);
        } else {
            trainHogwild(model, threads, cancelled, done);
        }
        progress.accept(work());
    }

    private void trainHogwild(CbowModel model, int threads, BooleanSupplier cancelled, Counter done) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "widthlab-hogwild");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int share = 1; share < threads; share++) {
                CbowModel view = model.sharingWeights();
                int from = shareStart(share, threads);
                int to = shareStart(share + 1, threads);
                SplittableRandom random = root.split();
                Counter silent = new Counter(done.tokens(), tokens -> { });
                others.add(pool.submit(() -> trainShare(view, from, to, random, cancelled, silent)));
            }
            trainShare(model, 0, shareStart(1, threads), root, cancelled, done);
            for (Future<?> other : others) {
                other.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first sentence of share {@code share} of {@code shares}: consecutive, as even as can be. */
    private int shareStart(int share, int shares) {
        return (int) ((long) corpus.sentences() * share / shares);
    }

    /** The tokens gone through by all threads; {@code progress} hears of them from one thread only. */
    private record Counter(AtomicLong tokens, LongConsumer progress) {
    }

    /** Every epoch over sentences {@code from..to−1}. */
    private void trainShare(CbowModel model, int from, int to, SplittableRandom random, BooleanSupplier cancelled,
            Counter done) {
        int window = settings.window();
        int[] sentence = new int[MAX_SENTENCE];
        int[] context = new int[2 * window];
        int[] targets = new int[settings.negatives() + 1];
        long total = work();
        long sinceUpdate = 0;
        float eta0 = (float) settings.learningRate();
        float eta = eta0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int s = from; s < to; s++) {
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
                long tokens = done.tokens().addAndGet(end - start);
                sinceUpdate += end - start;
                if (sinceUpdate >= PROGRESS_EVERY) {
                    sinceUpdate = 0;
                    done.progress().accept(tokens);
                    eta = (float) Math.max(eta0 * 1e-4, eta0 * (1 - tokens / (double) (total + 1)));
                }
            }
        }
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
