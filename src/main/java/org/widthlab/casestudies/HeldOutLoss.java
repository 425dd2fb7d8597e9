package org.widthlab.casestudies;

import java.util.SplittableRandom;

/**
 * The negative-sampling loss on held-out text: at up to {@code maxPositions} positions spread evenly over the
 * held-out sentences, the full window (w words each side, within the sentence, nothing subsampled) and k
 * negatives drawn once from the training noise distribution, the same for every model; the estimate is the
 * mean loss per position with its 95% interval.
 */
final class HeldOutLoss {

    private final int[][] contexts;
    private final int[][] targets;

    HeldOutLoss(Corpus heldOut, int window, int negatives, NegativeSampler sampler, int maxPositions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int stride = Math.max(1, heldOut.size() / Math.max(1, maxPositions));
        java.util.List<int[]> contextList = new java.util.ArrayList<>();
        java.util.List<int[]> targetList = new java.util.ArrayList<>();
        for (int s = 0; s < heldOut.sentences(); s++) {
            int start = heldOut.sentenceStart(s);
            int end = heldOut.sentenceEnd(s);
            for (int pos = start + Math.floorMod(-start, stride); pos < end; pos += stride) {
                int[] context = new int[2 * window];
                int count = 0;
                for (int c = Math.max(start, pos - window); c <= Math.min(end - 1, pos + window); c++) {
                    if (c != pos) {
                        context[count++] = heldOut.token(c);
                    }
                }
                if (count == 0 || contextList.size() >= maxPositions) {
                    continue;
                }
                int[] t = new int[negatives + 1];
                t[0] = heldOut.token(pos);
                int targetCount = 1;
                for (int k = 0; k < negatives; k++) {
                    int candidate = sampler.draw(random);
                    if (candidate != t[0]) {
                        t[targetCount++] = candidate;
                    }
                }
                contextList.add(java.util.Arrays.copyOf(context, count));
                targetList.add(java.util.Arrays.copyOf(t, targetCount));
            }
        }
        if (contextList.size() < 2) {
            throw new IllegalArgumentException("the held-out text has fewer than 2 positions with a context");
        }
        contexts = contextList.toArray(int[][]::new);
        targets = targetList.toArray(int[][]::new);
    }

    int positions() {
        return contexts.length;
    }

    Estimate of(CbowModel model) {
        double[] losses = new double[contexts.length];
        for (int p = 0; p < contexts.length; p++) {
            losses[p] = model.loss(contexts[p], contexts[p].length, targets[p], targets[p].length);
        }
        return Estimate.mean(losses);
    }
}
