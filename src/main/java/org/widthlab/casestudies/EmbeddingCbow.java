package org.widthlab.casestudies;

import org.widthlab.engine.Loss;

/**
 * CBOW as the linear network V → n → V of {@link LinearNetwork} (word2vec's model: the input layer's columns are
 * the input embeddings, the readout's rows the output embeddings), at a finite width or as its μP limit; the
 * step is word2vec's: {@code h = (1/c)Σ W¹[:, context]}, each target's logit {@code f_t = W²[t, :]·h}, its error
 * {@code χ_t = σ(f_t) − label} sent back through the not yet updated {@code W²[t, :]} and then W²[t, :] updated,
 * finally every context word's embedding moved by {@code −η·rate·(1/c)Σ_t χ_t W²[t, :]}. Only the rows of the
 * window's words and of the k + 1 targets are touched.
 */
final class EmbeddingCbow implements CbowModel {

    private final LinearNetwork net;
    private final float[] hidden;
    private final float[] hiddenGradient;

    EmbeddingCbow(LinearNetwork net) {
        if (net.inputs() != net.outputs()) {
            throw new IllegalArgumentException("CBOW has as many outputs as inputs (the vocabulary), got "
                    + net.inputs() + " and " + net.outputs());
        }
        this.net = net;
        this.hidden = new float[net.width()];
        this.hiddenGradient = new float[net.width()];
    }

    @Override
    public void train(int[] context, int contextCount, int[] targets, int targetCount, float eta) {
        average(context, contextCount);
        java.util.Arrays.fill(hiddenGradient, 0);
        for (int j = 0; j < targetCount; j++) {
            int t = targets[j];
            float chi = (float) Loss.CROSS_ENTROPY.derivative(net.logit(t, hidden), j == 0 ? 1 : 0);
            net.addThenStepOutputRow(t, chi, hiddenGradient, eta * chi, hidden);
        }
        float step = eta / contextCount;
        for (int i = 0; i < contextCount; i++) {
            net.stepInputRow(context[i], step, hiddenGradient);
        }
    }

    @Override
    public double loss(int[] context, int contextCount, int[] targets, int targetCount) {
        average(context, contextCount);
        double loss = 0;
        for (int j = 0; j < targetCount; j++) {
            loss += Loss.CROSS_ENTROPY.value(net.logit(targets[j], hidden), j == 0 ? 1 : 0);
        }
        return loss;
    }

    private void average(int[] context, int contextCount) {
        java.util.Arrays.fill(hidden, 0);
        float weight = 1f / contextCount;
        for (int i = 0; i < contextCount; i++) {
            net.addInputRow(context[i], weight, hidden);
        }
    }

    @Override
    public float[] embeddings() {
        return net.inputEmbeddings();
    }

    @Override
    public int embeddingDimension() {
        return net.width();
    }

    @Override
    public CbowModel sharingWeights() {
        return new EmbeddingCbow(net.sharingWeights());
    }
}
