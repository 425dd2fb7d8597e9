package org.widthlab.engine;

import java.util.SplittableRandom;
import org.widthlab.linalg.FloatMatrix;

/**
 * A fixed training batch: inputs ξ_i (rows of a B×d matrix), scalar targets y_i and the loss they are
 * trained with. Generated from a seed and independent of the width, so every width sees the same data
 * (as in mup's coordinate check and the peer program); {@link DataSetKind} says how each kind is drawn.
 *
 * @param inputs  B×d, one example per row (not to be modified)
 * @param targets y_i (regression targets, or class labels 0/1 for {@link Loss#CROSS_ENTROPY})
 * @param loss    the per-example loss
 */
record DataSet(FloatMatrix inputs, float[] targets, Loss loss) {

    int batch() {
        return targets.length;
    }

    /** The data set of this kind with d inputs and B examples, derived from {@code seed} alone. */
    static DataSet generate(DataSetKind kind, int inputDim, int batch, long seed) {
        SplittableRandom random = new SplittableRandom(GaussianFill.streamSeed(seed, -1, 0));
        float[] xi = new float[batch * inputDim];
        float[] y = new float[batch];
        kind.draw(random, inputDim, batch, xi, y);
        return new DataSet(FloatMatrix.of(batch, inputDim, xi), y, kind.loss());
    }
}
