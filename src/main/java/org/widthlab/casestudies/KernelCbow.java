package org.widthlab.casestudies;

import org.widthlab.engine.Loss;
import org.widthlab.theory.Activation;

/**
 * CBOW in a kernel limit ({@link KernelLimit}) of its linear network: the input embeddings stay at their infinitely
 * wide random start, whose Gram matrix is the identity, so the kernel of two windows is {@code K(x, x') = κ x·x'}
 * (κ = 1 for the GP limit, 2 for the NTK limit: φ = identity) and the network is the linear model
 * {@code f_t(x) = (Mx)_t}, each step {@code M[t, :] ← M[t, :] − ηκχ_t x} — a full-rank, word-by-word table
 * learned from counts. Exact and cheap: a window touches c entries of k + 1 rows of M.
 *
 * <p>Its embeddings for analogies are the frozen ones: orthonormal, so every analogy ties all candidate words
 * (scored as chance by {@link AnalogyAccuracy}).
 */
final class KernelCbow implements CbowModel {

    private final int vocabulary;
    private final float kappa;
    private final float[] table;

    KernelCbow(int vocabulary, KernelLimit limit) {
        this.vocabulary = vocabulary;
        this.kappa = (float) limit.kernel(KernelLimit.dual(Activation.IDENTITY), 1, 1, 1);
        this.table = new float[Math.multiplyExact(vocabulary, vocabulary)];
    }

    /** κ = K(x, x)/(x·x). */
    float kappa() {
        return kappa;
    }

    @Override
    public void train(int[] context, int contextCount, int[] targets, int targetCount, float eta) {
        for (int j = 0; j < targetCount; j++) {
            int t = targets[j];
            float chi = (float) Loss.CROSS_ENTROPY.derivative(logit(t, context, contextCount), j == 0 ? 1 : 0);
            float step = eta * kappa * chi / contextCount;
            int row = t * vocabulary;
            for (int i = 0; i < contextCount; i++) {
                table[row + context[i]] -= step;
            }
        }
    }

    @Override
    public double loss(int[] context, int contextCount, int[] targets, int targetCount) {
        double loss = 0;
        for (int j = 0; j < targetCount; j++) {
            loss += Loss.CROSS_ENTROPY.value(logit(targets[j], context, contextCount), j == 0 ? 1 : 0);
        }
        return loss;
    }

    private float logit(int t, int[] context, int contextCount) {
        int row = t * vocabulary;
        float sum = 0;
        for (int i = 0; i < contextCount; i++) {
            sum += table[row + context[i]];
        }
        return sum / contextCount;
    }

    @Override
    public float[] embeddings() {
        float[] identity = new float[table.length];
        for (int w = 0; w < vocabulary; w++) {
            identity[w * vocabulary + w] = 1;
        }
        return identity;
    }

    @Override
    public int embeddingDimension() {
        return vocabulary;
    }

    /** Itself: a step needs no working memory beyond the table. */
    @Override
    public CbowModel sharingWeights() {
        return this;
    }
}
