package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.io.Json;

/** The contract of {@code casestudy word2vec|maml}: the JSON of issue 11, the CSV, bad input. */
class CaseStudyCommandTest {

    private static final String[] TINY_MAML_ANY_WIDTHS = {"casestudy", "maml", "--input-dim", "8", "--subspace-dim",
        "2", "--train-classes", "20", "--test-classes", "10", "--examples", "4", "--meta-steps", "5", "--meta-batch",
        "4", "--test-tasks", "20", "--kernel-tasks", "8", "-q"};
    private static final String[] TINY_MAML = with(TINY_MAML_ANY_WIDTHS, "--widths", "2,8");

    @TempDir
    Path dir;

    @Test
    void mamlPrintsOneEntryPerModelAndWritesTheTable() throws Exception {
        Path csv = dir.resolve("maml.csv");
        CliRunner r = CliRunner.run(with(TINY_MAML, "--out", csv.toString()));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertEquals("maml", json.get("study").asText());
        JsonNode models = json.get("models");
        assertEquals(2 + 1 + 4, models.size());
        List<String> kinds = new ArrayList<>();
        for (JsonNode m : models) {
            kinds.add(m.get("model").asText() + "/" + (m.get("width").isNull() ? "-" : m.get("width").asText()) + "/"
                    + (m.get("kernel").isNull() ? "-" : m.get("kernel").asText()));
            assertEquals("accuracy", m.get("metric").asText());
            double value = m.get("value").asDouble();
            assertTrue(m.get("ci95").get(0).asDouble() <= value && value <= m.get("ci95").get(1).asDouble());
        }
        assertEquals(List.of("width/2/-", "width/8/-", "mup-limit/-/-", "ntk-limit/-/linear", "ntk-limit/-/relu",
                "gp-limit/-/linear", "gp-limit/-/relu"), kinds);
        assertEquals(5, json.at("/settings/training/metaSteps").asInt());
        assertTrue(json.get("seconds").asDouble() > 0);
        assertTrue(json.get("kernelNote").asText().contains("8 tasks"), json.get("kernelNote").asText());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(CaseStudyOutput.CSV_HEADER, lines.get(0));
        assertEquals(1 + 7, lines.size());
        assertTrue(lines.get(1).startsWith("maml,width,2,,accuracy,"), lines.get(1));
    }

    @Test
    void word2vecReadsTheUsersCorpusAndQuestions() throws Exception {
        StringBuilder text = new StringBuilder();
        String[] words = {"king", "queen", "man", "woman", "boy", "girl", "prince", "princess", "the", "a"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int line = 0; line < 400; line++) {
            for (int w = 0; w < 12; w++) {
                text.append(words[random.nextInt(words.length)]).append(w == 11 ? "\n" : " ");
            }
        }
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, text, StandardCharsets.UTF_8);
        Path questions = dir.resolve("questions.txt");
        Files.writeString(questions, ": family\nking queen man woman\nboy girl prince princess\nking queen dragon"
                + " unicorn\n", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("casestudy", "word2vec", "--corpus", corpus.toString(), "--questions",
                questions.toString(), "--widths", "4,8", "--epochs", "1", "-q");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertEquals("files", json.at("/settings/data").asText());
        assertEquals(2 * (2 + 1 + 2), json.get("models").size());
        int accuracies = 0;
        for (JsonNode m : json.get("models")) {
            assertTrue(m.get("kernel").isNull());
            if (m.get("metric").asText().equals("analogy-accuracy")) {
                accuracies++;
            }
        }
        assertEquals(5, accuracies);
    }

    @Test
    void widthsAreAListOrADoublingRange() {
        MamlCommand range = new MamlCommand();
        new picocli.CommandLine(range).parseArgs("--widths", "2..16");
        assertEquals(List.of(2, 4, 8, 16), range.settings().widths());
        Word2VecCommand list = new Word2VecCommand();
        new picocli.CommandLine(list).parseArgs("--widths", "16,64,256");
        assertEquals(List.of(16, 64, 256), list.settings().widths());
    }

    @Test
    void badInputIsOneLineBeforeAnyWork() {
        CliRunner decreasing = CliRunner.run(with(TINY_MAML_ANY_WIDTHS, "--widths", "8,4"));
        assertEquals(WidthLabCli.USAGE_ERROR, decreasing.exitCode());
        assertTrue(decreasing.err().contains("increasing"), decreasing.err());
        assertEquals(1, decreasing.err().strip().lines().count(), decreasing.err());

        CliRunner alone = CliRunner.run("casestudy", "word2vec", "--corpus", dir.resolve("x.txt").toString());
        assertEquals(WidthLabCli.USAGE_ERROR, alone.exitCode());
        assertTrue(alone.err().contains("--questions"), alone.err());

        CliRunner missing = CliRunner.run("casestudy", "word2vec", "--corpus", dir.resolve("none.txt").toString(),
                "--questions", dir.resolve("none-q.txt").toString());
        assertEquals(WidthLabCli.USAGE_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("none.txt"), missing.err());

        CliRunner folder = CliRunner.run(with(TINY_MAML, "--out", dir.resolve("no/such/folder/x.csv").toString()));
        assertEquals(WidthLabCli.USAGE_ERROR, folder.exitCode());
        assertTrue(folder.err().contains("does not exist"), folder.err());
        assertFalse(folder.err().contains("Exception"), folder.err());
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
