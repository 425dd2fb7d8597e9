package org.widthlab.casestudies;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A user's plain-text corpus (e.g. text8): UTF-8, words separated by blanks, a line break ends a sentence (a line
 * longer than {@value CbowTraining#MAX_SENTENCE} words is cut into sentences of that length, as word2vec does).
 * Words are lower-cased. The vocabulary is the {@code maxVocabulary} most frequent words seen at least
 * {@code minCount} times (ties by first appearance); other words are dropped from the text, as word2vec drops rare
 * words.
 */
public final class TextCorpus {

    private TextCorpus() {
    }

    /**
     * Reads the file twice (counting, then mapping words to ids), streaming, so that only the ids are held in
     * memory.
     *
     * @throws IOException naming the file when it cannot be read, is not UTF-8, or keeps fewer than two words
     * @throws Cancelled   when {@code cancelled} turns true
     */
    public static Corpus read(Path file, int maxVocabulary, int minCount, BooleanSupplier cancelled)
            throws IOException {
        Map<String, long[]> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        tokenize(file, cancelled, new TokenSink() {
            @Override
            public void word(String w) {
                long[] c = counts.get(w);
                if (c == null) {
                    counts.put(w, new long[] {1});
                    order.add(w);
                } else {
                    c[0]++;
                }
            }

            @Override
            public void endOfLine() {
            }
        });
        List<String> kept = order.stream().filter(w -> counts.get(w)[0] >= minCount)
                .sorted((x, y) -> Long.compare(counts.get(y)[0], counts.get(x)[0]))
                .limit(maxVocabulary).toList();
        if (kept.size() < 2) {
            throw new IOException(file + ": fewer than two words occur at least " + minCount + " times");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            ids.put(kept.get(i), i);
        }
        IdSink sink = new IdSink(ids);
        tokenize(file, cancelled, sink);
        int[] tokens = Arrays.copyOf(sink.tokens, sink.length);
        long[] vocabularyCounts = new long[kept.size()];
        for (int t : tokens) {
            vocabularyCounts[t]++;
        }
        return new Corpus(new Vocabulary(kept, vocabularyCounts), tokens,
                sink.starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private interface TokenSink {
        void word(String lowerCase);

        void endOfLine();
    }

    /** Word ids in order, a new sentence at every line and every {@value CbowTraining#MAX_SENTENCE} kept words. */
    private static final class IdSink implements TokenSink {
        private final Map<String, Integer> ids;
        private final List<Integer> starts = new ArrayList<>();
        private int[] tokens = new int[1 << 16];
        private int length;
        private int sentenceLength;

        IdSink(Map<String, Integer> ids) {
            this.ids = ids;
        }

        @Override
        public void word(String w) {
            Integer id = ids.get(w);
            if (id == null) {
                return;
            }
            if (sentenceLength % CbowTraining.MAX_SENTENCE == 0) {
                starts.add(length);
            }
            if (length == tokens.length) {
                tokens = Arrays.copyOf(tokens, 2 * length);
            }
            tokens[length++] = id;
            sentenceLength++;
        }

        @Override
        public void endOfLine() {
            sentenceLength = 0;
        }
    }

    private static void tokenize(Path file, BooleanSupplier cancelled, TokenSink sink) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[1 << 16];
        StringBuilder word = new StringBuilder();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            int read;
            while ((read = reader.read(buffer)) > 0) {
                Cancelled.check(cancelled);
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (Character.isWhitespace(c)) {
                        if (word.length() > 0) {
                            sink.word(word.toString().toLowerCase(Locale.ROOT));
                            word.setLength(0);
                        }
                        if (c == '\n') {
                            sink.endOfLine();
                        }
                    } else {
                        word.append(c);
                    }
                }
            }
            if (word.length() > 0) {
                sink.word(word.toString().toLowerCase(Locale.ROOT));
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a UTF-8 text file");
        }
    }
}
