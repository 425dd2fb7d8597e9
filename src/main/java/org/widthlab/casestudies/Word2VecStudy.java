package org.widthlab.casestudies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepHandle;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.theory.Parametrization;

/**
 * Case study 1, TP4's Word2Vec in small (theory.md §9): CBOW with negative sampling on a corpus of V words, the
 * linear network V → n → V in μP with the output embeddings starting at zero, trained at every finite width, as
 * its exact μP limit (width V, input embeddings starting as the identity, {@link LinearNetwork#muPLimit}) and in
 * its two kernel limits ({@link KernelCbow}), all on exactly the same windows and negatives. Each model is scored
 * by its word-analogy accuracy ({@link AnalogyAccuracy}) and its negative-sampling loss on held-out text
 * ({@link HeldOutLoss}).
 */
public final class Word2VecStudy {

    public static final String ANALOGY_ACCURACY = "analogy-accuracy";
    public static final String HELD_OUT_LOSS = "heldout-ns-loss";
    /** Floats the largest model holds at its peak, in units of V²: two V×V layers and three copies while scoring analogies. */
    private static final int LIMIT_PEAK_SQUARES = 5;
    private static final long HELD_OUT_SEED_OFFSET = 0x5EED;
    /** Input embeddings at scale 1 (the limit's start is the identity), output embeddings at zero. */
    private static final LinearNetwork.Scales SCALES = new LinearNetwork.Scales(1, 0);

    private Word2VecStudy() {
    }

    /** The prepared data: the training loop over the training text, the held-out scorer and the questions as ids. */
    record Prepared(CbowTraining loop, int vocabulary, HeldOutLoss heldOut, AnalogyQuestions.Resolved questions) {
    }

    /** Starts the study; results stream to {@code listener}. */
    public static SweepHandle start(Word2VecSettings settings, SweepExecutor executor, CaseStudyListener listener) {
        return CaseStudyRun.start(cancelled -> jobs(settings, prepare(settings, cancelled)), settings.threads(),
                executor, listener);
    }

    /**
     * Generates or reads the corpus and questions and splits off the held-out text.
     *
     * @throws UncheckedIOException naming a file that cannot be read
     * @throws IllegalArgumentException when the models would not fit in memory, or no question can be asked
     */
    static Prepared prepare(Word2VecSettings settings, BooleanSupplier cancelled) {
        Corpus corpus;
        AnalogyQuestions questions;
        try {
            if (settings.data() instanceof Word2VecSettings.Synthetic synthetic) {
                PlantedAnalogyCorpus.Generated generated = synthetic.corpus().generate();
                corpus = generated.corpus();
                questions = generated.questions();
            } else {
                Word2VecSettings.Files files = (Word2VecSettings.Files) settings.data();
                questions = AnalogyQuestions.read(files.questions());
                requireFits(files.maxVocabulary(), settings);
                corpus = TextCorpus.read(files.corpus(), files.maxVocabulary(), files.minCount(), cancelled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        requireFits(corpus.vocabulary().size(), settings);
        AnalogyQuestions.Resolved resolved = questions.resolve(corpus.vocabulary());
        if (resolved.questions().length == 0) {
            throw new IllegalArgumentException("none of the " + questions.size() + " analogy questions has all four"
                    + " words in the corpus's " + corpus.vocabulary().size() + "-word vocabulary");
        }
        int heldOutSentences = Math.max(1, (int) Math.round(corpus.sentences() * settings.heldOutFraction()));
        if (heldOutSentences >= corpus.sentences()) {
            throw new IllegalArgumentException("the corpus has " + corpus.sentences() + " sentence(s): too few to keep"
                    + " some out of training");
        }
        Corpus training = corpus.head(corpus.sentences() - heldOutSentences);
        Corpus heldOutText = corpus.tail(corpus.sentences() - heldOutSentences);
        CbowTraining loop = new CbowTraining(training, settings.training());
        HeldOutLoss heldOut = new HeldOutLoss(heldOutText, settings.training().window(),
                settings.training().negatives(), loop.negatives(), settings.heldOutPositions(),
                settings.training().seed() + HELD_OUT_SEED_OFFSET);
        return new Prepared(loop, corpus.vocabulary().size(), heldOut, resolved);
    }

    /** One job per model: every width, the μP limit, the GP and NTK limits. */
    static List<StudyJob> jobs(Word2VecSettings settings, Prepared data) {
        int v = data.vocabulary();
        Parametrization muP = LinearNetwork.muP(true);
        CbowTraining loop = data.loop();
        double tokens = loop.work();
        List<StudyJob> jobs = new ArrayList<>();
        for (int width : settings.widths()) {
            long seed = settings.training().seed() * 1_000_003L + width;
            jobs.add(new StudyJob("n = " + width, tokens * (width + 8), (cancelled, fraction) -> score(
                    ModelResult.WIDTH, width, new EmbeddingCbow(LinearNetwork.gaussian(muP, v, v, width, SCALES, seed)),
                    loop, data, cancelled, fraction)));
        }
        jobs.add(new StudyJob("μP limit", tokens * (v + 8), (cancelled, fraction) -> score(ModelResult.MUP_LIMIT, null,
                muPLimit(v), loop, data, cancelled, fraction)));
        for (KernelLimit limit : KernelLimit.values()) {
            jobs.add(new StudyJob(limit == KernelLimit.GP ? "GP limit" : "NTK limit", tokens * 8,
                    (cancelled, fraction) -> score(limit.id(), null, new KernelCbow(v, limit), loop, data, cancelled,
                            fraction)));
        }
        return jobs;
    }

    /** The exact μP limit of the study's networks ({@link #jobs}): width V, input embeddings the identity. */
    static EmbeddingCbow muPLimit(int vocabulary) {
        return new EmbeddingCbow(LinearNetwork.muPLimit(LinearNetwork.muP(true), vocabulary, vocabulary, SCALES));
    }

    private static List<ModelResult> score(String model, Integer width, CbowModel cbow, CbowTraining loop,
            Prepared data, BooleanSupplier cancelled, java.util.function.DoubleConsumer fraction) {
        long start = System.nanoTime();
        double work = loop.work();
        loop.train(cbow, cancelled, done -> fraction.accept(done / work));
        Cancelled.check(cancelled);
        float[] embeddings = cbow.embeddings();
        MatrixKernel kernel = MatrixKernels.withThreads(1);
        Estimate analogies = allFinite(embeddings)
                ? AnalogyAccuracy.of(embeddings, cbow.embeddingDimension(), data.questions().questions(), kernel)
                : Estimate.DIVERGED;
        Estimate heldOut = data.heldOut().of(cbow);
        double seconds = (System.nanoTime() - start) / 1e9;
        return List.of(new ModelResult(model, width, null, ANALOGY_ACCURACY, analogies, seconds),
                new ModelResult(model, width, null, HELD_OUT_LOSS, heldOut, seconds));
    }

    private static boolean allFinite(float[] values) {
        for (float x : values) {
            if (!Float.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** The μP limit and the kernel limits hold V×V tables: refuse a vocabulary whose models would not fit. */
    private static void requireFits(int vocabulary, Word2VecSettings settings) {
        double bytes = 4.0 * vocabulary * vocabulary * LIMIT_PEAK_SQUARES * Math.min(settings.threads(), 2);
        long available = Runtime.getRuntime().maxMemory();
        if (bytes > 0.8 * available || (long) vocabulary * vocabulary > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a vocabulary of %d words needs about %.1f"
                    + " GiB for the V×V μP limit and kernel limits, more than this Java process may use (%.1f GiB):"
                    + " keep fewer words (--max-vocabulary) or start Java with a larger -Xmx", vocabulary,
                    bytes / (1L << 30), available / (double) (1L << 30)));
        }
    }
}
