package org.widthlab.casestudies;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Word-analogy questions "a is to b as c is to d", in the format of Google's {@code questions-words.txt}
 * (Mikolov et al. 2013): a line {@code : name} starts a section, every other non-blank line holds the four
 * words {@code a b c d}. Words are compared in lower case (as the corpus is read).
 *
 * @param sections the sections in file order
 */
public record AnalogyQuestions(List<Section> sections) {

    public record Question(String a, String b, String c, String d) {
    }

    public record Section(String name, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }
    }

    /**
     * The questions whose four words are all in a vocabulary, as ids {@code {a, b, c, d}}, and how many were
     * skipped because a word was missing (Mikolov's {@code compute-accuracy} skips them the same way).
     */
    public record Resolved(int[][] questions, int skipped) {
    }

    public AnalogyQuestions {
        sections = List.copyOf(sections);
    }

    /** The number of questions over all sections. */
    public int size() {
        return sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    /**
     * Reads a questions file.
     *
     * @throws IOException naming the file (and line) when it cannot be read, is not UTF-8 text, has a line that
     *                     is not four words, or holds no question
     */
    public static AnalogyQuestions read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a UTF-8 text file");
        }
        List<Section> sections = new ArrayList<>();
        String name = "questions";
        List<Question> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(":")) {
                if (!current.isEmpty()) {
                    sections.add(new Section(name, current));
                }
                name = line.substring(1).strip();
                current = new ArrayList<>();
                continue;
            }
            String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
            if (w.length != 4) {
                throw new IOException(file + ": line " + (i + 1) + ": expected four words (a b c d) or ': section',"
                        + " got " + w.length + " words");
            }
            current.add(new Question(w[0], w[1], w[2], w[3]));
        }
        if (!current.isEmpty()) {
            sections.add(new Section(name, current));
        }
        AnalogyQuestions questions = new AnalogyQuestions(sections);
        if (questions.size() == 0) {
            throw new IOException(file + ": no analogy questions in it (lines 'a b c d' after ': section')");
        }
        return questions;
    }

    /** The text of the questions file (the format {@link #read} reads). */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Section s : sections) {
            text.append(": ").append(s.name()).append('\n');
            for (Question q : s.questions()) {
                text.append(q.a()).append(' ').append(q.b()).append(' ').append(q.c()).append(' ').append(q.d())
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** The questions as word ids of {@code vocabulary}, skipping those with a word not in it. */
    public Resolved resolve(Vocabulary vocabulary) {
        List<int[]> ids = new ArrayList<>();
        int skipped = 0;
        for (Section s : sections) {
            for (Question q : s.questions()) {
                OptionalInt a = vocabulary.id(q.a());
                OptionalInt b = vocabulary.id(q.b());
                OptionalInt c = vocabulary.id(q.c());
                OptionalInt d = vocabulary.id(q.d());
                if (a.isPresent() && b.isPresent() && c.isPresent() && d.isPresent()) {
                    ids.add(new int[] {a.getAsInt(), b.getAsInt(), c.getAsInt(), d.getAsInt()});
                } else {
                    skipped++;
                }
            }
        }
        return new Resolved(ids.toArray(int[][]::new), skipped);
    }
}
