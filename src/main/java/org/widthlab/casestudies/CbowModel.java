package org.widthlab.casestudies;

/**
 * A model of CBOW with negative sampling (Mikolov et al. 2013): from the average x of a window's one-hot context
 * words it scores every candidate centre word t by a logit {@code f_t(x)}, trained with the logistic loss
 * {@code −log σ(f_{word}) − Σ_negatives log σ(−f_t)} (the sigmoid only in the loss; theory.md §9).
 */
interface CbowModel {

    /**
     * One SGD step at one position with learning rate η.
     *
     * @param context      the context words' ids in {@code [0, contextCount)} (repeats count twice)
     * @param targets      in {@code [0, targetCount)}: the centre word first (label 1), then the negatives (label 0)
     */
    void train(int[] context, int contextCount, int[] targets, int targetCount, float eta);

    /** The loss of one position, {@code −log σ(f_{targets[0]}) − Σ_{j≥1} log σ(−f_{targets[j]})}. */
    double loss(int[] context, int contextCount, int[] targets, int targetCount);

    /** The input embeddings the analogies are read from, row-major V×{@link #embeddingDimension()}. */
    float[] embeddings();

    int embeddingDimension();

    /**
     * A model that trains these same weights with working memory of its own, for another thread: Hogwild
     * ({@link CbowTraining}), where threads step the shared weights without locks.
     */
    CbowModel sharingWeights();
}
