package org.widthlab.casestudies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic corpus in which analogies have right answers, generated from a seed (nothing downloaded, nobody's
 * sentences shipped). It is the latent-variable model of Arora et al. (2016, "A latent variable model approach to
 * PMI-based word embeddings") with a planted family structure:
 *
 * <ul>
 *   <li>Every word is a <b>stem</b> s = 0..S−1 in one of F = 2^A <b>forms</b>: the form sets A binary
 *       <b>attributes</b> (think gender, number, tense). The stems fall into G <b>families</b> (stem s in family
 *       s mod G), and each family has its own direction for each attribute, as a real language has one direction
 *       for capital-of among countries and another for the plural among nouns. Word (s, f) of family g has the
 *       latent vector {@code v = u_s + Σ_a (f_a − ½) δ_{g,a}} in R^D, where the stem vectors {@code u_s ~ N(0, I_D)}
 *       and the family attribute directions {@code δ_{g,a} ~ N(0, β² I_D)} are drawn once. So within a family every
 *       pair of words differing in attribute a differs by the same vector: "(s₁, f) is to (s₁, f') as (s₂, f) is to
 *       (s₂, f')" holds exactly in the latent space. With G·A directions besides the stems', a narrow embedding cannot
 *       hold them all.</li>
 *   <li>Each <b>sentence</b> (length uniform in 10..30) is about a hidden topic c: K = min(16, D) of the D latent
 *       directions, chosen at random, with weights {@code N(0, τ²/K)} (zero elsewhere; so {@code u·c ~ N(0, τ²)}
 *       for a stem vector u, whatever D, and drawing a sentence costs K, not D, per word of the vocabulary);
 *       each of its words is drawn independently with probability {@code ∝ p(s)·exp(v·c)}, where
 *       {@code p(s) ∝ 1/(s + 10)}
 *       gives the stems Zipf-like frequencies: first a stem with probability ∝ {@code p(s)·exp(u_s·c)·Z_g(c)}, then
 *       its form with probability ∝ {@code exp(a_{g,f}·c)}, where Z_g(c) sums the latter over the forms.</li>
 * </ul>
 *
 * Words that share topics co-occur, and in this model the pointwise mutual information of two words is close to
 * {@code τ² v·v'/D} (Arora et al., Theorem 2.2), so embeddings that factorize it recover the latent vectors up to a
 * linear map, and with them the analogies. The questions ask, for each attribute, "a b c d" =
 * (s₁, f), (s₁, f'), (s₂, f), (s₂, f') with s₁, s₂ of one family and f' = f with that attribute flipped, over the
 * most frequent stems.
 *
 * @param stems          S
 * @param families       G, the number of families (each with its own attribute directions)
 * @param attributes     A (F = 2^A forms, V = S·F words)
 * @param latentDimension D
 * @param tokens         the corpus length (whole sentences: at least this many tokens)
 * @param topicStrength  τ, how strongly a sentence's topic shapes its words
 * @param attributeStrength β, the length of the attribute directions relative to the stems' (per coordinate)
 * @param questionStems  the questions use this many of the most frequent stems
 * @param questions      the number of questions, split evenly over the attributes
 * @param seed           everything is drawn from this
 */
public record PlantedAnalogyCorpus(int stems, int families, int attributes, int latentDimension, long tokens,
        double topicStrength,
        double attributeStrength, int questionStems, int questions, long seed) {

    private static final int MIN_SENTENCE = 10;
    /** The latent directions a sentence's topic uses. */
    static final int TOPIC_DIRECTIONS = 16;
    private static final int MAX_SENTENCE = 30;
    private static final double ZIPF_OFFSET = 10;
    private static final String[][] ATTRIBUTE_LETTERS = {{"a", "e"}, {"s", "p"}, {"o", "u"}, {"k", "t"}, {"m", "n"},
        {"l", "r"}};
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    public PlantedAnalogyCorpus {
        if (stems < 2 || families < 1 || families > stems / 2 || attributes < 1 || attributes > ATTRIBUTE_LETTERS.length || latentDimension < 1
                || tokens < 1 || questionStems < 2 || questionStems > stems || questions < 1) {
            throw new IllegalArgumentException("a planted corpus needs ≥ 2 stems, 1..S/2 families, 1.."
                    + ATTRIBUTE_LETTERS.length + " attributes, D ≥ 1, ≥ 1 token, 2..S question stems and ≥ 1 question;"
                    + " got S = " + stems + ", G = " + families + ", A = " + attributes + ", D = " + latentDimension + ", " + tokens + " tokens, "
                    + questionStems + " question stems, " + questions + " questions");
        }
        if (!(topicStrength >= 0) || !(attributeStrength >= 0)) {
            throw new IllegalArgumentException("τ and β must be ≥ 0, got " + topicStrength + ", " + attributeStrength);
        }
        if ((long) stems << attributes > 1_000_000) {
            throw new IllegalArgumentException("S·2^A = " + ((long) stems << attributes) + " words: at most 1,000,000");
        }
    }

    /** The same corpus drawn from another seed. */
    public PlantedAnalogyCorpus withSeed(long newSeed) {
        return new PlantedAnalogyCorpus(stems, families, attributes, latentDimension, tokens, topicStrength,
                attributeStrength, questionStems, questions, newSeed);
    }

    /** The corpus and its questions. */
    public record Generated(Corpus corpus, AnalogyQuestions questions) {
    }

    /** The number of forms, 2^A. */
    public int forms() {
        return 1 << attributes;
    }

    /** V = S·2^A. */
    public int vocabularySize() {
        return stems * forms();
    }

    /** Generates the corpus and questions (the same for the same record). */
    public Generated generate() {
        SplittableRandom random = new SplittableRandom(seed);
        int d = latentDimension;
        double[][] stemVectors = gaussianRows(random, stems, d, 1);
        double[][][] formVectors = new double[families][forms()][d];
        for (int g = 0; g < families; g++) {
            double[][] directions = gaussianRows(random, attributes, d, attributeStrength);
            for (int f = 0; f < forms(); f++) {
                for (int a = 0; a < attributes; a++) {
                    double sign = ((f >> a) & 1) - 0.5;
                    for (int j = 0; j < d; j++) {
                        formVectors[g][f][j] += sign * directions[a][j];
                    }
                }
            }
        }
        double[] logPrior = new double[stems];
        for (int s = 0; s < stems; s++) {
            logPrior[s] = -Math.log(s + ZIPF_OFFSET);
        }
        double[] stemWeights = new double[stems];
        double[] familyLogSum = new double[families];
        int[] tokenIds = new int[Math.toIntExact(tokens + MAX_SENTENCE)];
        List<Integer> starts = new ArrayList<>();
        double[] stemCumulative = new double[stems];
        double[][] formCumulative = new double[families][forms()];
        int k = Math.min(TOPIC_DIRECTIONS, d);
        int[] topicDirections = new int[k];
        double[] topic = new double[k];
        double topicStd = topicStrength / Math.sqrt(k);
        int[] directions = new int[d];
        for (int j = 0; j < d; j++) {
            directions[j] = j;
        }
        int length = 0;
        while (length < tokens) {
            for (int j = 0; j < k; j++) {
                int pick = j + random.nextInt(d - j);
                int t = directions[j];
                directions[j] = directions[pick];
                directions[pick] = t;
                topicDirections[j] = directions[j];
                topic[j] = topicStd * random.nextGaussian();
            }
            for (int g = 0; g < families; g++) {
                familyLogSum[g] = cumulativeSoftmax(formVectors[g], topicDirections, topic, null, formCumulative[g]);
            }
            for (int s = 0; s < stems; s++) {
                stemWeights[s] = logPrior[s] + familyLogSum[s % families];
            }
            cumulativeSoftmax(stemVectors, topicDirections, topic, stemWeights, stemCumulative);
            starts.add(length);
            int sentenceLength = MIN_SENTENCE + random.nextInt(MAX_SENTENCE - MIN_SENTENCE + 1);
            for (int i = 0; i < sentenceLength; i++) {
                int s = draw(stemCumulative, random);
                int f = draw(formCumulative[s % families], random);
                tokenIds[length++] = s * forms() + f;
            }
        }
        Vocabulary vocabulary = vocabulary(Arrays.copyOf(tokenIds, length));
        Corpus corpus = new Corpus(vocabulary, Arrays.copyOf(tokenIds, length),
                starts.stream().mapToInt(Integer::intValue).toArray());
        return new Generated(corpus, questions(corpus, random));
    }

    private Vocabulary vocabulary(int[] tokenIds) {
        long[] counts = new long[vocabularySize()];
        for (int t : tokenIds) {
            counts[t]++;
        }
        List<String> words = new ArrayList<>(vocabularySize());
        for (int s = 0; s < stems; s++) {
            for (int f = 0; f < forms(); f++) {
                words.add(word(s, f));
            }
        }
        return new Vocabulary(words, counts);
    }

    /** The word of stem s in form f, e.g. {@code bado_ap}: a pronounceable stem, then one letter per attribute. */
    String word(int s, int f) {
        StringBuilder text = new StringBuilder(stemName(s)).append('_');
        for (int a = 0; a < attributes; a++) {
            text.append(ATTRIBUTE_LETTERS[a][(f >> a) & 1]);
        }
        return text.toString();
    }

    /** Distinct for distinct stems: s scrambled by a bijection of 0..70^k−1, written as k consonant-vowel syllables. */
    private String stemName(int s) {
        int syllables = CONSONANTS.length() * VOWELS.length();
        int k = 2;
        long space = (long) syllables * syllables;
        while (space < stems) {
            k++;
            space *= syllables;
        }
        long code = Math.floorMod(37L * s + 11, space);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < k; i++) {
            int syllable = (int) (code % syllables);
            code /= syllables;
            name.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
        }
        return name.toString();
    }

    /**
     * For each attribute, {@code questions/A} questions over the {@code questionStems} most frequent stems, the two
     * stems of a question from one family.
     */
    private AnalogyQuestions questions(Corpus corpus, SplittableRandom random) {
        long[] counts = corpus.wordCounts();
        Integer[] byFrequency = new Integer[stems];
        long[] stemCounts = new long[stems];
        for (int s = 0; s < stems; s++) {
            byFrequency[s] = s;
            for (int f = 0; f < forms(); f++) {
                stemCounts[s] += counts[s * forms() + f];
            }
        }
        Arrays.sort(byFrequency, (x, y) -> Long.compare(stemCounts[y], stemCounts[x]));
        List<List<Integer>> topByFamily = new ArrayList<>();
        for (int g = 0; g < families; g++) {
            topByFamily.add(new ArrayList<>());
        }
        for (int i = 0; i < questionStems; i++) {
            topByFamily.get(byFrequency[i] % families).add(byFrequency[i]);
        }
        List<Integer> firstStems = new ArrayList<>();
        for (int i = 0; i < questionStems; i++) {
            if (topByFamily.get(byFrequency[i] % families).size() >= 2) {
                firstStems.add(byFrequency[i]);
            }
        }
        if (firstStems.isEmpty()) {
            throw new IllegalArgumentException("no family has two stems among the " + questionStems
                    + " most frequent: ask about more stems or make fewer families");
        }
        List<AnalogyQuestions.Section> sections = new ArrayList<>();
        for (int a = 0; a < attributes; a++) {
            int perSection = questions / attributes + (a < questions % attributes ? 1 : 0);
            List<AnalogyQuestions.Question> list = new ArrayList<>();
            for (int q = 0; q < perSection; q++) {
                int s1 = firstStems.get(random.nextInt(firstStems.size()));
                List<Integer> family = topByFamily.get(s1 % families);
                int s2;
                do {
                    s2 = family.get(random.nextInt(family.size()));
                } while (s2 == s1);
                int f = random.nextInt(forms()) & ~(1 << a);
                int flipped = f | (1 << a);
                list.add(new AnalogyQuestions.Question(word(s1, f), word(s1, flipped), word(s2, f), word(s2, flipped)));
            }
            sections.add(new AnalogyQuestions.Section("attribute-" + (a + 1) + " (" + ATTRIBUTE_LETTERS[a][0] + " → "
                    + ATTRIBUTE_LETTERS[a][1] + ")", list));
        }
        return new AnalogyQuestions(sections);
    }

    private static double[][] gaussianRows(SplittableRandom random, int rows, int d, double std) {
        double[][] x = new double[rows][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = std * random.nextGaussian();
            }
        }
        return x;
    }

    /**
     * cumulative[i] = Σ_{j ≤ i} exp(logPrior_j + vectors_j·c − max), unnormalized, for the topic c with the given
     * weights on the given directions; returns the log of the full sum (with the max added back).
     */
    private static double cumulativeSoftmax(double[][] vectors, int[] directions, double[] topic, double[] logPrior,
            double[] cumulative) {
        double[] score = new double[vectors.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vectors.length; i++) {
            double s = logPrior == null ? 0 : logPrior[i];
            for (int j = 0; j < topic.length; j++) {
                s += vectors[i][directions[j]] * topic[j];
            }
            score[i] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < vectors.length; i++) {
            sum += Math.exp(score[i] - max);
            cumulative[i] = sum;
        }
        return max + Math.log(sum);
    }

    private static int draw(double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, index >= 0 ? index + 1 : -index - 1);
    }
}
