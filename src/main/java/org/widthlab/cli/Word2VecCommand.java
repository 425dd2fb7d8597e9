package org.widthlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.widthlab.casestudies.PlantedAnalogyCorpus;
import org.widthlab.casestudies.Word2VecSettings;
import org.widthlab.casestudies.Word2VecStudy;
import org.widthlab.engine.SweepExecutor;
import java.util.stream.Collectors;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casestudy word2vec}: CBOW word embeddings on the planted-analogy corpus (or the user's text and
 * analogy file) at finite μP widths, in the μP limit and in the kernel limits ({@link Word2VecStudy}).
 */
@Command(name = "word2vec", mixinStandardHelpOptions = true, defaultValueProvider = Word2VecCommand.Defaults.class,
        description = "Word embeddings (CBOW, negative sampling) at finite muP widths, in the muP limit and in the GP"
                + " and NTK limits: analogy accuracy and held-out loss, as JSON.")
final class Word2VecCommand implements Callable<Integer> {

    /** The defaults shown in the help and used for unset options: {@link Word2VecSettings#defaults()}. */
    static final class Defaults extends OptionDefaults {
        @Override
        protected Object value(String option) {
            Word2VecSettings d = Word2VecSettings.defaults();
            PlantedAnalogyCorpus c = ((Word2VecSettings.Synthetic) d.data()).corpus();
            Word2VecSettings.Training t = d.training();
            return switch (option) {
                case "--max-vocabulary" -> Word2VecSettings.Files.DEFAULT_MAX_VOCABULARY;
                case "--min-count" -> Word2VecSettings.Files.DEFAULT_MIN_COUNT;
                case "--stems" -> c.stems();
                case "--families" -> c.families();
                case "--attributes" -> c.attributes();
                case "--latent-dim" -> c.latentDimension();
                case "--tokens" -> c.tokens();
                case "--topic-strength" -> c.topicStrength();
                case "--attribute-strength" -> c.attributeStrength();
                case "--question-stems" -> c.questionStems();
                case "--question-count" -> c.questions();
                case "--widths" -> d.widths().stream().map(String::valueOf).collect(Collectors.joining(","));
                case "--window" -> t.window();
                case "--negatives" -> t.negatives();
                case "--subsample" -> t.subsample();
                case "--lr" -> t.learningRate();
                case "--epochs" -> t.epochs();
                case "--seed" -> t.seed();
                case "--hogwild" -> t.hogwildThreads();
                default -> null;
            };
        }
    }

    @Option(names = "--corpus", paramLabel = "FILE", description = "a plain-text corpus (UTF-8, words separated by"
            + " blanks, e.g. text8) instead of the synthetic one; needs --questions")
    Path corpus;

    @Option(names = "--questions", paramLabel = "FILE", description = "analogy questions in the questions-words"
            + " format (': section' lines, then 'a b c d' lines), for --corpus")
    Path questions;

    @Option(names = "--max-vocabulary", paramLabel = "V",
            description = "with --corpus: keep the V most frequent words (default ${DEFAULT-VALUE})")
    int maxVocabulary;

    @Option(names = "--min-count", paramLabel = "C",
            description = "with --corpus: drop words seen fewer times (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--stems", paramLabel = "S", description = "synthetic corpus: stems (default "
            + "${DEFAULT-VALUE})")
    int stems;

    @Option(names = "--families", paramLabel = "G",
            description = "synthetic corpus: families of stems, each with its own attribute directions (default"
                    + " ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--attributes", paramLabel = "A",
            description = "synthetic corpus: binary attributes, V = S·2^A words (default ${DEFAULT-VALUE})")
    int attributes;

    @Option(names = "--latent-dim", paramLabel = "D",
            description = "synthetic corpus: dimension of the latent word vectors (default ${DEFAULT-VALUE})")
    int latentDimension;

    @Option(names = "--tokens", paramLabel = "N",
            description = "synthetic corpus: length in tokens (default ${DEFAULT-VALUE})")
    long tokens;

    @Option(names = "--topic-strength", paramLabel = "TAU",
            description = "synthetic corpus: how strongly a sentence's topic picks its words (default ${DEFAULT-VALUE})")
    double topicStrength;

    @Option(names = "--attribute-strength", paramLabel = "BETA",
            description = "synthetic corpus: length of the attribute directions (default ${DEFAULT-VALUE})")
    double attributeStrength;

    @Option(names = "--question-stems", paramLabel = "K",
            description = "synthetic corpus: questions use the K most frequent stems (default ${DEFAULT-VALUE})")
    int questionStems;

    @Option(names = "--question-count", paramLabel = "Q",
            description = "synthetic corpus: number of analogy questions (default ${DEFAULT-VALUE})")
    int questionCount;

    @Option(names = "--widths", paramLabel = "N1,N2,...",
            description = "finite muP widths, increasing: a list or a doubling range like 16..1024 (default ${DEFAULT-VALUE})")
    String widths;

    @Option(names = "--window", paramLabel = "W", description = "context words each side"
            + " (default ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--negatives", paramLabel = "K", description = "negative samples"
            + " (default ${DEFAULT-VALUE})")
    int negatives;

    @Option(names = "--subsample", paramLabel = "S", description = "subsampling of frequent"
            + " words, 0 for none (default ${DEFAULT-VALUE})")
    double subsample;

    @Option(names = "--lr", paramLabel = "ETA", description = "learning rate at the start,"
            + " falling linearly (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--epochs", paramLabel = "E", description = "passes over the training text"
            + " (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", paramLabel = "SEED", description = "seed of the corpus, the"
            + " training draws and the initializations (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--hogwild", paramLabel = "T", description = "threads that train each model together,"
            + " asynchronously, each on its share of the text (Hogwild, as word2vec does). The default"
            + " ${DEFAULT-VALUE} gives the same numbers on every run; 2 trains the muP limit faster on two free cores,"
            + " but then its numbers change a little from run to run")
    int hogwildThreads;

    @Mixin
    CaseStudyRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Word2VecSettings settings = settings();
        return CaseStudyOutput.run("word2vec", json(settings), null, run.out, run.quiet, spec.commandLine().getOut(),
                spec.commandLine().getErr(), listener -> Word2VecStudy.start(settings, SweepExecutor.sameThread(),
                        listener));
    }

    private List<Integer> widths() {
        return ParametrizationOptions.option("--widths", () -> Grammar.list(Values.SIZE, widths));
    }

    Word2VecSettings settings() {
        Word2VecSettings.Data data;
        if (corpus != null || questions != null) {
            if (corpus == null || questions == null) {
                throw new IllegalArgumentException("--corpus and --questions go together");
            }
            CaseStudyOutput.requireReadable("--corpus", corpus);
            CaseStudyOutput.requireReadable("--questions", questions);
            data = new Word2VecSettings.Files(corpus, questions, maxVocabulary, minCount);
        } else {
            data = new Word2VecSettings.Synthetic(new PlantedAnalogyCorpus(stems, families, attributes, latentDimension,
                    tokens,
                    topicStrength, attributeStrength, questionStems, questionCount, seed));
        }
        return new Word2VecSettings(data, new Word2VecSettings.Training(window, negatives, subsample, learningRate,
                epochs, seed, hogwildThreads), widths(), 0.1, 20_000, run.threads());
    }

    private static Map<String, Object> json(Word2VecSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.data() instanceof Word2VecSettings.Synthetic synthetic) {
            m.put("data", "planted-analogy");
            m.put("corpus", synthetic.corpus());
            m.put("vocabulary", synthetic.corpus().vocabularySize());
        } else {
            Word2VecSettings.Files files = (Word2VecSettings.Files) s.data();
            m.put("data", "files");
            m.put("corpus", files.corpus().toString());
            m.put("questions", files.questions().toString());
            m.put("maxVocabulary", files.maxVocabulary());
            m.put("minCount", files.minCount());
        }
        m.put("training", s.training());
        m.put("widths", s.widths());
        m.put("heldOutFraction", s.heldOutFraction());
        m.put("heldOutPositions", s.heldOutPositions());
        m.put("threads", s.threads());
        return m;
    }
}
