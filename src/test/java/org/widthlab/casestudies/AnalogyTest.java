package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;

/** Analogy questions (Google's format) and their accuracy by 3CosAdd. */
class AnalogyTest {

    private static final MatrixKernel KERNEL = MatrixKernels.withThreads(1);

    @TempDir
    Path folder;

    @Test
    void readsSectionsAndWordsInLowerCase() throws IOException {
        Path file = folder.resolve("q.txt");
        Files.writeString(file, ": capital-common-countries\nAthens Greece Baghdad Iraq\n\n: family\nboy girl"
                + " brother sister\nking queen man woman\n", StandardCharsets.UTF_8);
        AnalogyQuestions q = AnalogyQuestions.read(file);
        assertEquals(2, q.sections().size());
        assertEquals("capital-common-countries", q.sections().get(0).name());
        assertEquals(new AnalogyQuestions.Question("athens", "greece", "baghdad", "iraq"),
                q.sections().get(0).questions().get(0));
        assertEquals(3, q.size());
        Path again = folder.resolve("again.txt");
        Files.writeString(again, q.toText(), StandardCharsets.UTF_8);
        assertEquals(q, AnalogyQuestions.read(again));
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() throws IOException {
        Path file = folder.resolve("bad.txt");
        Files.writeString(file, ": s\na b c d\na b c\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> AnalogyQuestions.read(file));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Path empty = folder.resolve("empty.txt");
        Files.writeString(empty, ": only a section\n", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> AnalogyQuestions.read(empty));
    }

    @Test
    void questionsWithAWordOutsideTheVocabularyAreSkipped() {
        Vocabulary v = new Vocabulary(List.of("king", "queen", "man", "woman"), new long[] {5, 5, 5, 5});
        AnalogyQuestions q = new AnalogyQuestions(List.of(new AnalogyQuestions.Section("s", List.of(
                new AnalogyQuestions.Question("king", "queen", "man", "woman"),
                new AnalogyQuestions.Question("king", "queen", "boy", "girl")))));
        AnalogyQuestions.Resolved r = q.resolve(v);
        assertEquals(1, r.skipped());
        assertArrayEquals(new int[] {0, 1, 2, 3}, r.questions()[0]);
    }

    /**
     * Embeddings that are exactly "stem + form" vectors of one length (unit stems in some coordinates, the form ±1
     * in another: 3CosAdd normalizes every vector, so only equal lengths keep the analogy exact) answer every
     * question right.
     */
    @Test
    void plantedLinearStructureAnswersEveryQuestion() {
        int stems = 30;
        int dim = 12;
        SplittableRandom random = new SplittableRandom(3);
        float[][] stem = gaussianRows(random, stems, dim - 1);
        float[] embeddings = new float[stems * 2 * dim];
        for (int s = 0; s < stems; s++) {
            double norm = 0;
            for (float x : stem[s]) {
                norm += x * x;
            }
            for (int f = 0; f < 2; f++) {
                for (int j = 0; j < dim - 1; j++) {
                    embeddings[(s * 2 + f) * dim + j] = (float) (stem[s][j] / Math.sqrt(norm));
                }
                embeddings[(s * 2 + f) * dim + dim - 1] = f == 0 ? -1 : 1;
            }
        }
        List<int[]> questions = new ArrayList<>();
        for (int s1 = 0; s1 < stems; s1++) {
            for (int s2 = 0; s2 < stems; s2++) {
                if (s1 != s2) {
                    questions.add(new int[] {2 * s1, 2 * s1 + 1, 2 * s2, 2 * s2 + 1});
                }
            }
        }
        Estimate accuracy = AnalogyAccuracy.of(embeddings, dim, questions.toArray(int[][]::new), KERNEL);
        assertEquals(1.0, accuracy.value());
        assertTrue(accuracy.low() > 0.99 && accuracy.high() == 1.0);
    }

    /**
     * Orthonormal embeddings (a kernel limit's, which never move) tie every candidate: each question scores
     * 1/(V − 3), the chance of a random guess, computed rather than assumed.
     */
    @Test
    void orthonormalEmbeddingsScoreExactlyChance() {
        int v = 50;
        float[] identity = new float[v * v];
        for (int w = 0; w < v; w++) {
            identity[w * v + w] = 1;
        }
        int[][] questions = {{0, 1, 2, 3}, {4, 5, 6, 7}, {10, 11, 12, 13}};
        Estimate accuracy = AnalogyAccuracy.of(identity, v, questions, KERNEL);
        assertEquals(1.0 / (v - 3), accuracy.value(), 1e-12);
    }

    /** The batched matrix-product path against the obvious loop over questions and words, on random embeddings. */
    @Test
    void batchedScoresAgreeWithTheObviousLoop() {
        int v = 300;
        int dim = 17;
        SplittableRandom random = new SplittableRandom(5);
        float[] embeddings = new float[v * dim];
        for (int i = 0; i < embeddings.length; i++) {
            embeddings[i] = (float) random.nextGaussian();
        }
        int[][] questions = new int[600][];
        for (int q = 0; q < questions.length; q++) {
            questions[q] = new int[] {random.nextInt(v), random.nextInt(v), random.nextInt(v), random.nextInt(v)};
        }
        double correct = 0;
        for (int[] q : questions) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int w = 0; w < v; w++) {
                if (w == q[0] || w == q[1] || w == q[2]) {
                    continue;
                }
                double score = 0;
                for (int j = 0; j < dim; j++) {
                    double t = unit(embeddings, q[1], dim, j) - unit(embeddings, q[0], dim, j)
                            + unit(embeddings, q[2], dim, j);
                    score += unit(embeddings, w, dim, j) * t;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = w;
                }
            }
            correct += best == q[3] ? 1 : 0;
        }
        assertEquals(correct / questions.length, AnalogyAccuracy.of(embeddings, dim, questions, KERNEL).value(), 1e-12);
    }

    @Test
    void noQuestionIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> AnalogyAccuracy.of(new float[4], 2, new int[0][], KERNEL));
    }

    private static double unit(float[] rows, int w, int dim, int j) {
        double norm = 0;
        for (int k = 0; k < dim; k++) {
            norm += rows[w * dim + k] * rows[w * dim + k];
        }
        return rows[w * dim + j] / Math.sqrt(norm);
    }

    private static float[][] gaussianRows(SplittableRandom random, int rows, int dim) {
        float[][] x = new float[rows][dim];
        for (float[] row : x) {
            for (int j = 0; j < dim; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }
}
