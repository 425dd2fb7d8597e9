package org.widthlab.casestudies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The words of a corpus with their counts, indexed 0..V−1 (most frequent first where the corpus was read from
 * text). Immutable.
 */
public final class Vocabulary {

    private final List<String> words;
    private final long[] counts;
    private final Map<String, Integer> index;

    /**
     * @throws IllegalArgumentException unless there is one count (≥ 0) per word and no word repeats
     */
    public Vocabulary(List<String> words, long[] counts) {
        if (words.size() != counts.length) {
            throw new IllegalArgumentException(words.size() + " words but " + counts.length + " counts");
        }
        this.words = List.copyOf(words);
        this.counts = counts.clone();
        this.index = new HashMap<>(2 * words.size());
        for (int i = 0; i < words.size(); i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("negative count for '" + words.get(i) + "'");
            }
            if (index.put(words.get(i), i) != null) {
                throw new IllegalArgumentException("the word '" + words.get(i) + "' appears twice");
            }
        }
    }

    /** V. */
    public int size() {
        return words.size();
    }

    public String word(int id) {
        return words.get(id);
    }

    public long count(int id) {
        return counts[id];
    }

    /** The id of {@code word}, if it is in the vocabulary. */
    public OptionalInt id(String word) {
        Integer id = index.get(word);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The number of tokens counted. */
    public long tokens() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
