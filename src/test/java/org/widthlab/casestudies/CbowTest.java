package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.Loss;
import org.widthlab.limits.LeastSquaresLine;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/** CBOW with negative sampling: the loop, the network, the kernel limits, and how far embeddings move. */
class CbowTest {

    private static final PlantedAnalogyCorpus TINY = new PlantedAnalogyCorpus(10, 2, 2, 6, 20_000, 3, 1, 5, 20, 3);
    private static final Word2VecSettings.Training ONE_EPOCH = new Word2VecSettings.Training(3, 4, 0, 0.2, 1, 11, 1);
    /** float32 logits of two implementations of the same first step: measured differences below 1e-7. */
    private static final double FLOAT_TOLERANCE = 1e-5;
    /** Held-out loss of Hogwild against one thread, same model and text (see the test). */
    private static final double HOGWILD_LOSS_TOLERANCE = 0.05;
    /** Fitted log-log slope of the embeddings' relative movement: within this of the prediction. */
    private static final double SLOPE_TOLERANCE = 0.15;

    @Test
    void trainingIsReproducibleFromTheSeed() {
        Corpus corpus = TINY.generate().corpus();
        int v = corpus.vocabulary().size();
        float[][] runs = new float[2][];
        for (int r = 0; r < 2; r++) {
            EmbeddingCbow model = new EmbeddingCbow(LinearNetwork.gaussian(LinearNetwork.muP(true), v, v, 16,
                    new LinearNetwork.Scales(1, 0), 5));
            new CbowTraining(corpus, ONE_EPOCH).train(model, () -> false, done -> { });
            runs[r] = model.embeddings();
        }
        assertArrayEquals(runs[0], runs[1]);
    }

    /**
     * Hogwild shares the text out without losing or repeating a position: without subsampling every token of a
     * sentence of two or more words is a centre word exactly once per epoch, whatever the number of threads, and
     * the progress ends at the whole text.
     */
    @Test
    void hogwildTrainsEveryPositionOnce() {
        Corpus corpus = TINY.generate().corpus();
        int v = corpus.vocabulary().size();
        long[] expected = new long[v];
        for (int s = 0; s < corpus.sentences(); s++) {
            if (corpus.sentenceEnd(s) - corpus.sentenceStart(s) >= 2) {
                for (int i = corpus.sentenceStart(s); i < corpus.sentenceEnd(s); i++) {
                    expected[corpus.token(i)] += 2;
                }
            }
        }
        for (int threads : new int[] {1, 2, 3}) {
            CentreWordCounter counter = new CentreWordCounter(new AtomicLongArray(v));
            AtomicLong lastProgress = new AtomicLong();
            Word2VecSettings.Training twoEpochs = new Word2VecSettings.Training(3, 4, 0, 0.2, 2, 11, threads);
            new CbowTraining(corpus, twoEpochs).train(counter, () -> false, lastProgress::set);
            long[] seen = new long[v];
            for (int w = 0; w < v; w++) {
                seen[w] = counter.centreWords().get(w);
            }
            assertArrayEquals(expected, seen, threads + " threads");
            assertEquals(2L * corpus.size(), lastProgress.get(), threads + " threads");
        }
    }

    /** Counts each step's centre word (targets[0]) into a table all its thread views share. */
    private record CentreWordCounter(AtomicLongArray centreWords) implements CbowModel {
        @Override
        public void train(int[] context, int contextCount, int[] targets, int targetCount, float eta) {
            centreWords.incrementAndGet(targets[0]);
        }

        @Override
        public double loss(int[] context, int contextCount, int[] targets, int targetCount) {
            throw new UnsupportedOperationException();
        }

        @Override
        public float[] embeddings() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int embeddingDimension() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CbowModel sharingWeights() {
            return new CentreWordCounter(centreWords);
        }
    }

    /**
     * Hogwild on the μP limit learns what one thread learns: the held-out loss after one epoch on two threads
     * within {@value #HOGWILD_LOSS_TOLERANCE} of one thread's: it differs by the order in which the steps land and
     * by each share's own random draws (measured over 10 runs on this corpus: at most 0.018 apart, around 1.41).
     * A text of 200,000 tokens, so that the learning rate falls in both (it is updated every 10,000 tokens of a
     * thread's share, as in word2vec).
     */
    @Test
    void hogwildLearnsWhatOneThreadLearns() {
        Corpus corpus = new PlantedAnalogyCorpus(10, 2, 2, 6, 200_000, 3, 1, 5, 20, 3).generate().corpus();
        int v = corpus.vocabulary().size();
        Corpus training = corpus.head(corpus.sentences() - 100);
        Corpus heldOutText = corpus.tail(corpus.sentences() - 100);
        double[] losses = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            Word2VecSettings.Training settings = new Word2VecSettings.Training(3, 4, 1e-3, 0.2, 1, 11, threads);
            CbowTraining loop = new CbowTraining(training, settings);
            HeldOutLoss heldOut = new HeldOutLoss(heldOutText, 3, 4, loop.negatives(), 2000, 12);
            EmbeddingCbow limit = new EmbeddingCbow(LinearNetwork.muPLimit(LinearNetwork.muP(true), v, v,
                    new LinearNetwork.Scales(1, 0)));
            losses[0] = heldOut.of(limit).value();
            loop.train(limit, () -> false, done -> { });
            losses[threads] = heldOut.of(limit).value();
        }
        assertTrue(losses[1] < losses[0] - 10 * HOGWILD_LOSS_TOLERANCE, "one thread learns: " + losses[0] + " → "
                + losses[1]);
        assertEquals(losses[1], losses[2], HOGWILD_LOSS_TOLERANCE);
    }

    /**
     * The fused step of {@link EmbeddingCbow} against word2vec's step written row operation by row operation: the
     * same floats, bit for bit, over many steps with repeated context words and targets (the row read before it
     * moves).
     */
    @Test
    void theFusedStepIsTheRowByRowStep() {
        int v = 40;
        int width = 37;
        LinearNetwork.Scales scales = new LinearNetwork.Scales(1, 0.5);
        Parametrization p = LinearNetwork.muP(false);
        LinearNetwork fused = LinearNetwork.gaussian(p, v, v, width, scales, 9);
        LinearNetwork reference = fused.copy();
        EmbeddingCbow model = new EmbeddingCbow(fused);
        SplittableRandom random = new SplittableRandom(4);
        for (int step = 0; step < 200; step++) {
            int[] context = random.ints(1 + random.nextInt(6), 0, v).toArray();
            int[] targets = random.ints(1 + random.nextInt(5), 0, v).toArray();
            model.train(context, context.length, targets, targets.length, 0.4f);
            rowByRowStep(reference, context, targets, 0.4f);
        }
        assertArrayEquals(reference.inputEmbeddings(), fused.inputEmbeddings());
        float[] h = new float[width];
        reference.addInputRow(3, 1, h);
        for (int t = 0; t < v; t++) {
            assertEquals(reference.logit(t, h), fused.logit(t, h), "output row " + t);
        }
    }

    private static void rowByRowStep(LinearNetwork net, int[] context, int[] targets, float eta) {
        float[] h = new float[net.width()];
        for (int word : context) {
            net.addInputRow(word, 1f / context.length, h);
        }
        float[] g = new float[net.width()];
        for (int j = 0; j < targets.length; j++) {
            float chi = (float) Loss.CROSS_ENTROPY.derivative(net.logit(targets[j], h), j == 0 ? 1 : 0);
            net.addOutputRow(targets[j], chi, g);
            net.stepOutputRow(targets[j], eta * chi, h);
        }
        for (int word : context) {
            net.stepInputRow(word, eta / context.length, g);
        }
    }

    /**
     * After one step from a zero readout, the μP limit's logits are the GP limit's exactly: the first readout step
     * is {@code −ηχh/V} with {@code h·h' = V x·x'}, and the input layer does not move yet (its gradient is the zero
     * readout). The NTK limit moves twice as far (κ = 2 for φ = identity).
     */
    @Test
    void theFirstStepOfTheMuPLimitIsTheGpLimitsStep() {
        int v = 12;
        LinearNetwork limit = LinearNetwork.muPLimit(LinearNetwork.muP(true), v, v, new LinearNetwork.Scales(1, 0));
        EmbeddingCbow mup = new EmbeddingCbow(limit);
        KernelCbow gp = new KernelCbow(v, KernelLimit.GP);
        KernelCbow ntk = new KernelCbow(v, KernelLimit.NTK);
        assertEquals(1, gp.kappa());
        assertEquals(2, ntk.kappa());
        int[] context = {1, 4, 4, 7};
        int[] targets = {3, 0, 9};
        for (CbowModel model : new CbowModel[] {mup, gp, ntk}) {
            model.train(context, context.length, targets, targets.length, 0.3f);
        }
        int[] probe = {4, 2};
        for (int t = 0; t < v; t++) {
            int[] one = {t};
            double fMup = logit(mup, probe, t);
            assertEquals(fMup, logit(gp, probe, t), FLOAT_TOLERANCE, "target " + t);
            assertEquals(2 * fMup, logit(ntk, probe, t), FLOAT_TOLERANCE, "target " + t);
            assertEquals(mup.loss(probe, 2, one, 1), gp.loss(probe, 2, one, 1), FLOAT_TOLERANCE);
        }
    }

    /**
     * Why the kernel limits' embeddings are the frozen ones: trained in NTP (the kernel regime), the input
     * embeddings move relatively by O(n^{−1/2}); in μP by Θ(1), at every width.
     */
    @Test
    void embeddingsMoveLikeOneOverRootWidthInNtpAndNotAtAllLessInMuP() {
        Corpus corpus = TINY.generate().corpus();
        int v = corpus.vocabulary().size();
        int[] widths = {64, 256, 1024, 4096};
        double[] logWidth = new double[widths.length];
        double[] logNtp = new double[widths.length];
        double[] logMup = new double[widths.length];
        Parametrization ntp = Preset.NTP.at(1, Activation.IDENTITY);
        for (int w = 0; w < widths.length; w++) {
            logWidth[w] = Math.log(widths[w]);
            logNtp[w] = Math.log(relativeMovement(ntp, widths[w], corpus, new LinearNetwork.Scales(1, 1)));
            logMup[w] = Math.log(relativeMovement(LinearNetwork.muP(true), widths[w], corpus,
                    new LinearNetwork.Scales(1, 0)));
        }
        assertEquals(-0.5, LeastSquaresLine.fit(logWidth, logNtp).slope(), SLOPE_TOLERANCE, "NTP");
        assertEquals(0, LeastSquaresLine.fit(logWidth, logMup).slope(), SLOPE_TOLERANCE, "μP");
        assertTrue(Math.exp(logMup[widths.length - 1]) > 0.1, "μP embeddings move by a fixed fraction");
    }

    /** Walker's alias table draws each word with probability ∝ count^{3/4}. */
    @Test
    void negativesFollowTheUnigramDistributionToTheThreeQuarters() {
        long[] counts = {1, 10, 100, 1000, 0, 37};
        NegativeSampler sampler = new NegativeSampler(counts);
        SplittableRandom random = new SplittableRandom(2);
        int draws = 2_000_000;
        long[] seen = new long[counts.length];
        for (int i = 0; i < draws; i++) {
            seen[sampler.draw(random)]++;
        }
        double sum = 0;
        for (long c : counts) {
            sum += Math.pow(c, 0.75);
        }
        for (int w = 0; w < counts.length; w++) {
            double p = Math.pow(counts[w], 0.75) / sum;
            double standardError = Math.sqrt(p * (1 - p) / draws);
            assertEquals(p, seen[w] / (double) draws, 5 * standardError + 1e-12, "word " + w);
        }
    }

    /** word2vec's keep probability (√(f/sN) + 1)·sN/f, capped at 1. */
    @Test
    void subsamplingKeepsFrequentWordsLess() {
        float[] keep = CbowTraining.keepProbabilities(new long[] {1, 100, 10_000}, 100_000, 1e-3);
        assertEquals(1, keep[0]);
        assertEquals(1, keep[1]);
        double threshold = 1e-3 * 100_000;
        assertEquals((Math.sqrt(10_000 / threshold) + 1) * threshold / 10_000, keep[2], 1e-6);
        assertArrayEquals(new float[] {1, 1, 1}, CbowTraining.keepProbabilities(new long[] {1, 100, 10_000}, 100_000, 0));
    }

    private static double relativeMovement(Parametrization p, int width, Corpus corpus, LinearNetwork.Scales scales) {
        int v = corpus.vocabulary().size();
        LinearNetwork net = LinearNetwork.gaussian(p, v, v, width, scales, width);
        float[] before = net.inputEmbeddings();
        new CbowTraining(corpus, ONE_EPOCH).train(new EmbeddingCbow(net), () -> false, done -> { });
        float[] after = net.inputEmbeddings();
        double moved = 0;
        double size = 0;
        for (int i = 0; i < before.length; i++) {
            moved += (after[i] - before[i]) * (double) (after[i] - before[i]);
            size += before[i] * (double) before[i];
        }
        return Math.sqrt(moved / size);
    }

    private static double logit(CbowModel model, int[] context, int target) {
        // the loss of the target as the positive word is −log σ(f) = log(1 + e^{−f}): invert it for f
        double loss = model.loss(context, context.length, new int[] {target}, 1);
        return -Math.log(Math.expm1(loss));
    }
}
