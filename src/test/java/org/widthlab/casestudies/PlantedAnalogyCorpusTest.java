package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The planted-analogy corpus: reproducible from its seed, and carrying the structure its documentation promises. */
class PlantedAnalogyCorpusTest {

    private static final PlantedAnalogyCorpus SMALL = new PlantedAnalogyCorpus(60, 4, 2, 10, 50_000, 3, 1, 20, 100, 7);

    @Test
    void theSameSeedGivesTheSameCorpusAndQuestions() {
        PlantedAnalogyCorpus.Generated a = SMALL.generate();
        PlantedAnalogyCorpus.Generated b = SMALL.generate();
        assertArrayEquals(a.corpus().tokens(), b.corpus().tokens());
        assertArrayEquals(a.corpus().sentenceStarts(), b.corpus().sentenceStarts());
        assertEquals(a.questions(), b.questions());
        PlantedAnalogyCorpus other = new PlantedAnalogyCorpus(60, 4, 2, 10, 50_000, 3, 1, 20, 100, 8);
        assertFalse(Arrays.equals(a.corpus().tokens(), other.generate().corpus().tokens()));
    }

    @Test
    void vocabularySentencesAndQuestionsHaveTheDocumentedShape() {
        PlantedAnalogyCorpus.Generated g = SMALL.generate();
        Corpus corpus = g.corpus();
        assertEquals(60 * 4, corpus.vocabulary().size());
        assertTrue(corpus.size() >= 50_000 && corpus.size() < 50_000 + 30);
        for (int s = 0; s < corpus.sentences(); s++) {
            int length = corpus.sentenceEnd(s) - corpus.sentenceStart(s);
            assertTrue(length >= 10 && length <= 30, "sentence length " + length);
        }
        assertEquals(2, g.questions().sections().size());
        assertEquals(100, g.questions().size());
        assertEquals(0, g.questions().resolve(corpus.vocabulary()).skipped());
        for (int a = 0; a < 2; a++) {
            for (AnalogyQuestions.Question q : g.questions().sections().get(a).questions()) {
                // a and b share the stem, c and d share the other stem; a→b and c→d flip the same attribute letter
                assertEquals(stem(q.a()), stem(q.b()));
                assertEquals(stem(q.c()), stem(q.d()));
                assertFalse(stem(q.a()).equals(stem(q.c())));
                assertEquals(form(q.a()), form(q.c()));
                assertEquals(form(q.b()), form(q.d()));
                assertEquals(1, differingLetters(form(q.a()), form(q.b())));
                assertTrue(form(q.a()).charAt(a) != form(q.b()).charAt(a), "section " + a + " flips attribute " + a);
                assertEquals(stemIndex(q.a()) % SMALL.families(), stemIndex(q.c()) % SMALL.families(),
                        "both stems of a question are of one family");
            }
        }
    }

    /**
     * The topic of a sentence moves its words' attributes together within a family: two words of one family in one
     * sentence agree on an attribute more often than two words of one family in different sentences (the signal the
     * analogies are learned from).
     */
    @Test
    void wordsOfOneFamilyInOneSentenceShareTheirAttributesMoreThanChance() {
        Corpus corpus = SMALL.generate().corpus();
        int forms = SMALL.forms();
        long[] agree = new long[2];
        long[] pairs = new long[2];
        for (int s = 0; s + 1 < corpus.sentences(); s++) {
            for (int i = corpus.sentenceStart(s); i < corpus.sentenceEnd(s); i++) {
                for (int j = i + 1; j < corpus.sentenceEnd(s + 1); j++) {
                    int a = corpus.token(i);
                    int b = corpus.token(j);
                    if ((a / forms) % SMALL.families() != (b / forms) % SMALL.families()) {
                        continue;
                    }
                    int across = j >= corpus.sentenceEnd(s) ? 1 : 0;
                    agree[across] += ((a % forms) & 1) == ((b % forms) & 1) ? 1 : 0;
                    pairs[across]++;
                }
            }
        }
        double within = agree[0] / (double) pairs[0];
        double across = agree[1] / (double) pairs[1];
        assertTrue(within > across + 0.05, "agreement within sentences " + within + ", across " + across);
    }

    @Test
    void frequentStemsComeFirstInTheZipfPrior() {
        long[] counts = SMALL.generate().corpus().wordCounts();
        long firstTen = 0;
        long lastTen = 0;
        for (int s = 0; s < 10; s++) {
            for (int f = 0; f < 4; f++) {
                firstTen += counts[s * 4 + f];
                lastTen += counts[(59 - s) * 4 + f];
            }
        }
        assertTrue(firstTen > 2 * lastTen, "first ten stems " + firstTen + ", last ten " + lastTen);
    }

    @Test
    void badSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PlantedAnalogyCorpus(1, 4, 2, 10, 100, 3, 1, 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlantedAnalogyCorpus(60, 4, 2, 10, 100, 3, 1, 61, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlantedAnalogyCorpus(60, 31, 2, 10, 100, 3, 1, 20, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new PlantedAnalogyCorpus(60, 4, 2, 10, 100, -1, 1, 20, 10, 1));
    }

    private static int stemIndex(String word) {
        for (int s = 0; s < SMALL.stems(); s++) {
            if (SMALL.word(s, 0).startsWith(stem(word) + "_")) {
                return s;
            }
        }
        throw new AssertionError("no stem " + stem(word));
    }

    private static String stem(String word) {
        return word.substring(0, word.indexOf('_'));
    }

    private static String form(String word) {
        return word.substring(word.indexOf('_') + 1);
    }

    private static int differingLetters(String x, String y) {
        int n = 0;
        for (int i = 0; i < x.length(); i++) {
            n += x.charAt(i) != y.charAt(i) ? 1 : 0;
        }
        return n;
    }
}
