package org.widthlab.casestudies;

import java.util.Arrays;

/**
 * A corpus as word ids, cut into sentences (a context window never crosses a sentence's end, as in word2vec,
 * where a line break ends a sentence). Immutable.
 *
 * @param vocabulary     the words the ids refer to
 * @param tokens         the word ids, in order
 * @param sentenceStarts the index in {@code tokens} where each sentence starts, increasing from 0; a sentence
 *                       ends where the next starts (the last at the end of the tokens)
 */
public record Corpus(Vocabulary vocabulary, int[] tokens, int[] sentenceStarts) {

    public Corpus {
        tokens = tokens.clone();
        sentenceStarts = sentenceStarts.clone();
        if (tokens.length > 0 && (sentenceStarts.length == 0 || sentenceStarts[0] != 0)) {
            throw new IllegalArgumentException("the first sentence starts at token 0");
        }
        for (int s = 1; s < sentenceStarts.length; s++) {
            if (sentenceStarts[s] <= sentenceStarts[s - 1] || sentenceStarts[s] >= tokens.length) {
                throw new IllegalArgumentException("sentence starts must increase within the tokens, got "
                        + sentenceStarts[s - 1] + " then " + sentenceStarts[s]);
            }
        }
        for (int t : tokens) {
            if (t < 0 || t >= vocabulary.size()) {
                throw new IllegalArgumentException("word id " + t + " outside the vocabulary of " + vocabulary.size());
            }
        }
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }

    @Override
    public int[] sentenceStarts() {
        return sentenceStarts.clone();
    }

    public int size() {
        return tokens.length;
    }

    public int sentences() {
        return sentenceStarts.length;
    }

    /** Token {@code i}'s word id. */
    public int token(int i) {
        return tokens[i];
    }

    /** The first token of sentence s. */
    public int sentenceStart(int s) {
        return sentenceStarts[s];
    }

    /** One past the last token of sentence s. */
    public int sentenceEnd(int s) {
        return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : tokens.length;
    }

    /** The first {@code sentences} sentences (same vocabulary). */
    public Corpus head(int sentences) {
        int end = sentences < sentenceStarts.length ? sentenceStarts[sentences] : tokens.length;
        return new Corpus(vocabulary, Arrays.copyOf(tokens, end), Arrays.copyOf(sentenceStarts, sentences));
    }

    /** The sentences from {@code first} on (same vocabulary). */
    public Corpus tail(int first) {
        int start = first < sentenceStarts.length ? sentenceStarts[first] : tokens.length;
        int[] starts = Arrays.copyOfRange(sentenceStarts, Math.min(first, sentenceStarts.length), sentenceStarts.length);
        for (int s = 0; s < starts.length; s++) {
            starts[s] -= start;
        }
        return new Corpus(vocabulary, Arrays.copyOfRange(tokens, start, tokens.length), starts);
    }

    /** How often each word occurs in this corpus. */
    public long[] wordCounts() {
        long[] counts = new long[vocabulary.size()];
        for (int t : tokens) {
            counts[t]++;
        }
        return counts;
    }
}
