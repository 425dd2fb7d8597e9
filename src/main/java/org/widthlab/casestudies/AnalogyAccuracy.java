package org.widthlab.casestudies;

import org.widthlab.linalg.FloatMatrix;
import org.widthlab.linalg.MatrixKernel;

/**
 * Word-analogy accuracy of embeddings by 3CosAdd (Mikolov et al. 2013, as their {@code compute-accuracy}):
 * for "a : b :: c : ?" the answer is the word w ∉ {a, b, c} whose unit-length embedding ê_w maximizes
 * {@code ê_w·(ê_b − ê_a + ê_c)}. Where several words share the maximal score exactly (embeddings with no
 * structure at all, e.g. the orthonormal ones of a kernel limit), a question counts as the chance that a
 * uniformly random choice among them is right: 1/(number tied) if d is among them. The scores of a batch of
 * questions are one matrix product.
 */
public final class AnalogyAccuracy {

    private static final int QUESTIONS_PER_PRODUCT = 256;

    private AnalogyAccuracy() {
    }

    /**
     * @param embeddings row-major V×dim: row w is word w's embedding
     * @param questions  word ids {a, b, c, d}
     * @throws IllegalArgumentException when there is no question
     */
    public static Estimate of(float[] embeddings, int dim, int[][] questions, MatrixKernel kernel) {
        if (questions.length == 0) {
            throw new IllegalArgumentException("no analogy question has all four words in the vocabulary");
        }
        int vocabulary = embeddings.length / dim;
        FloatMatrix unit = FloatMatrix.of(vocabulary, dim, unitRows(embeddings, dim));
        double correct = 0;
        for (int first = 0; first < questions.length; first += QUESTIONS_PER_PRODUCT) {
            int count = Math.min(QUESTIONS_PER_PRODUCT, questions.length - first);
            FloatMatrix targets = FloatMatrix.zeros(count, dim);
            for (int q = 0; q < count; q++) {
                int[] question = questions[first + q];
                for (int j = 0; j < dim; j++) {
                    targets.set(q, j, unit.get(question[1], j) - unit.get(question[0], j) + unit.get(question[2], j));
                }
            }
            FloatMatrix scores = FloatMatrix.zeros(count, vocabulary);
            kernel.gemm(false, true, 1f, targets, unit, 0f, scores);
            float[] all = scores.toArray();
            for (int q = 0; q < count; q++) {
                correct += credit(all, q * vocabulary, vocabulary, questions[first + q]);
            }
        }
        return Estimate.proportion(correct, questions.length);
    }

    /** 1/(number of words tied at the best score) if d is among them, else 0. */
    static double credit(float[] scores, int offset, int vocabulary, int[] question) {
        float best = Float.NEGATIVE_INFINITY;
        int tied = 0;
        boolean answerTied = false;
        for (int w = 0; w < vocabulary; w++) {
            if (w == question[0] || w == question[1] || w == question[2]) {
                continue;
            }
            float s = scores[offset + w];
            if (s > best) {
                best = s;
                tied = 1;
                answerTied = w == question[3];
            } else if (s == best) {
                tied++;
                answerTied |= w == question[3];
            }
        }
        return answerTied ? 1.0 / tied : 0;
    }

    /** Each row divided by its length (a zero row stays zero). */
    private static float[] unitRows(float[] rows, int dim) {
        float[] unit = new float[rows.length];
        for (int offset = 0; offset < rows.length; offset += dim) {
            double norm = 0;
            for (int j = 0; j < dim; j++) {
                norm += (double) rows[offset + j] * rows[offset + j];
            }
            double inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int j = 0; j < dim; j++) {
                unit[offset + j] = (float) (rows[offset + j] * inverse);
            }
        }
        return unit;
    }
}
