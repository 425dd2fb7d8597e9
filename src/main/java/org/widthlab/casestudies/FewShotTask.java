package org.widthlab.casestudies;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One N-way K-shot task: N classes drawn at random, labelled 0..N−1 in random order (so no label means anything
 * across tasks), K support examples and Q query examples of each, all distinct. Every input carries one more
 * constant coordinate, the hidden bias's input (theory.md §7: a bias is an input coordinate).
 *
 * @param support       the support inputs (N·K), bias coordinate included
 * @param supportLabels their labels
 * @param query         the query inputs (N·Q)
 * @param queryLabels   their labels
 */
record FewShotTask(float[][] support, int[] supportLabels, float[][] query, int[] queryLabels) {

    /**
     * Draws a task from {@code classes} (only those with at least K + Q examples).
     *
     * @param bias the value of the constant input coordinate
     */
    static FewShotTask draw(List<float[][]> classes, int ways, int shots, int queries, float bias,
            SplittableRandom random) {
        List<float[][]> usable = new ArrayList<>();
        for (float[][] c : classes) {
            if (c.length >= shots + queries) {
                usable.add(c);
            }
        }
        int[] chosen = distinct(random, usable.size(), ways);
        float[][] support = new float[ways * shots][];
        int[] supportLabels = new int[ways * shots];
        float[][] query = new float[ways * queries][];
        int[] queryLabels = new int[ways * queries];
        for (int label = 0; label < ways; label++) {
            float[][] examples = usable.get(chosen[label]);
            int[] picked = distinct(random, examples.length, shots + queries);
            for (int s = 0; s < shots; s++) {
                support[label * shots + s] = withBias(examples[picked[s]], bias);
                supportLabels[label * shots + s] = label;
            }
            for (int q = 0; q < queries; q++) {
                query[label * queries + q] = withBias(examples[picked[shots + q]], bias);
                queryLabels[label * queries + q] = label;
            }
        }
        return new FewShotTask(support, supportLabels, query, queryLabels);
    }

    /** {@code count} distinct integers of 0..n−1 in random order (a partial Fisher–Yates shuffle). */
    private static int[] distinct(SplittableRandom random, int n, int count) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, count);
    }

    private static float[] withBias(float[] x, float bias) {
        float[] y = java.util.Arrays.copyOf(x, x.length + 1);
        y[x.length] = bias;
        return y;
    }

    /** The share of queries whose largest logit is their label (ties, and logits that overflowed, count as wrong). */
    static double accuracy(float[][] logits, int[] labels) {
        int correct = 0;
        for (int j = 0; j < labels.length; j++) {
            int best = 0;
            boolean tie = !Float.isFinite(logits[j][0]);
            for (int k = 1; k < logits[j].length; k++) {
                if (!Float.isFinite(logits[j][k])) {
                    tie = true;
                    break;
                }
                if (logits[j][k] > logits[j][best]) {
                    best = k;
                    tie = false;
                } else if (logits[j][k] == logits[j][best]) {
                    tie = true;
                }
            }
            if (best == labels[j] && !tie) {
                correct++;
            }
        }
        return correct / (double) labels.length;
    }

    /**
     * {@code χ_jk = (softmax(f_j)_k − [k = y_j])·scale}: the gradient of the softmax cross-entropy with respect to
     * the logits, times {@code scale} (1/count for a mean over examples).
     */
    static float[][] softmaxErrors(float[][] logits, int[] labels, double scale) {
        float[][] chi = new float[logits.length][];
        for (int j = 0; j < logits.length; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (float f : logits[j]) {
                max = Math.max(max, f);
            }
            double[] e = new double[logits[j].length];
            double sum = 0;
            for (int k = 0; k < e.length; k++) {
                e[k] = Math.exp(logits[j][k] - max);
                sum += e[k];
            }
            chi[j] = new float[e.length];
            for (int k = 0; k < e.length; k++) {
                chi[j][k] = (float) ((e[k] / sum - (k == labels[j] ? 1 : 0)) * scale);
            }
        }
        return chi;
    }
}
