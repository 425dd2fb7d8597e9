package org.widthlab.casestudies;

import java.util.SplittableRandom;

/**
 * Draws words with probability ∝ count^{3/4} (word2vec's noise distribution) in constant time, by Walker's alias
 * method (Walker 1977; Vose 1991): each of V equally likely columns holds a word and, with the probability
 * {@code threshold[i]} missing to fill it, a second word {@code alias[i]}.
 */
final class NegativeSampler {

    static final double POWER = 0.75;

    private final float[] threshold;
    private final int[] alias;

    /** @throws IllegalArgumentException when no word has a positive count */
    NegativeSampler(long[] counts) {
        int v = counts.length;
        double[] p = new double[v];
        double sum = 0;
        for (int w = 0; w < v; w++) {
            p[w] = Math.pow(counts[w], POWER);
            sum += p[w];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("no word occurs: nothing to sample negatives from");
        }
        threshold = new float[v];
        alias = new int[v];
        int[] small = new int[v];
        int[] large = new int[v];
        int smallCount = 0;
        int largeCount = 0;
        double[] scaled = new double[v];
        for (int w = 0; w < v; w++) {
            scaled[w] = p[w] * v / sum;
            if (scaled[w] < 1) {
                small[smallCount++] = w;
            } else {
                large[largeCount++] = w;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            threshold[s] = (float) scaled[s];
            alias[s] = l;
            scaled[l] -= 1 - scaled[s];
            if (scaled[l] < 1) {
                small[smallCount++] = l;
            } else {
                large[largeCount++] = l;
            }
        }
        while (largeCount > 0) {
            int l = large[--largeCount];
            threshold[l] = 1;
            alias[l] = l;
        }
        while (smallCount > 0) {
            int s = small[--smallCount];
            threshold[s] = 1;
            alias[s] = s;
        }
    }

    int draw(SplittableRandom random) {
        int column = random.nextInt(threshold.length);
        return random.nextFloat() < threshold[column] ? column : alias[column];
    }
}
