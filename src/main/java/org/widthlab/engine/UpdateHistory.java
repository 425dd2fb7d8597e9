package org.widthlab.engine;

import java.util.function.BooleanSupplier;
import org.widthlab.linalg.FloatMatrix;

/**
 * Layer l's own accumulated update applied to the current input, {@code (W^l_t − W^l_0) x^{l−1}_t}
 * (THEORY.md §6 and §8, "ΔW^l x^{l−1}"), without keeping a copy of {@code W^l_0}: each SGD step s
 * changes W^l by the rank-B product {@code −η_l G_sᵀ X_s} (G_s = ∂loss/∂H^l, X_s = X^{l−1} at that
 * step), so
 *
 * <pre>
 *   (W_t − W_0) X_tᵀ  =  −η_l Σ_{s&lt;t} G_sᵀ (X_s X_tᵀ),   i.e. row-wise  Σ_s (X_t X_sᵀ) G_s · (−η_l)
 * </pre>
 *
 * costs {@code 2B²(n_in + n_out)} flops per stored step and {@code 2B(n_in + n_out)} floats of memory
 * per step, instead of n² floats for {@code W_0}.
 */
final class UpdateHistory {

    private final FloatMatrix[][] gradients;
    private final FloatMatrix[][] inputs;
    private final FloatMatrix gram;
    private int recorded;

    /** Room for {@code steps} updates of every hidden layer 1..L of {@code net}. */
    UpdateHistory(Mlp net, int steps) {
        int depth = net.depth();
        gradients = new FloatMatrix[depth][steps];
        inputs = new FloatMatrix[depth][steps];
        for (int l = 1; l <= depth; l++) {
            FloatMatrix g = net.preactivationGradient(l);
            FloatMatrix x = net.activation(l - 1);
            for (int s = 0; s < steps; s++) {
                gradients[l - 1][s] = FloatMatrix.zeros(g.rows(), g.cols());
                inputs[l - 1][s] = FloatMatrix.zeros(x.rows(), x.cols());
            }
        }
        int batch = net.activation(0).rows();
        gram = FloatMatrix.zeros(batch, batch);
    }

    /** Forgets every recorded step (a new run). */
    void clear() {
        recorded = 0;
    }

    /** Records the step {@code net} has just taken (call right after {@link Mlp#sgdStep}). */
    void record(Mlp net) {
        for (int l = 1; l <= net.depth(); l++) {
            gradients[l - 1][recorded].copyFrom(net.preactivationGradient(l));
            inputs[l - 1][recorded].copyFrom(net.activation(l - 1));
        }
        recorded++;
    }

    /**
     * {@code out ← (W^l_t − W^l_0) X^{l−1}_t} row by row (B×n_out), for the current state of {@code net}.
     *
     * @param eta η (the rates of {@code net} are per unit η)
     */
    void ownUpdate(Mlp net, int layer, double eta, FloatMatrix out, BooleanSupplier cancelled) {
        FloatMatrix current = net.activation(layer - 1);
        if (recorded == 0) {
            out.buffer().put(0, new float[out.size()]);
            return;
        }
        float coefficient = (float) (-eta * net.rate(layer));
        for (int s = 0; s < recorded; s++) {
            Mlp.checkCancelled(cancelled);
            net.kernel().gemm(false, true, 1f, current, inputs[layer - 1][s], 0f, gram);
            net.kernel().gemm(false, false, coefficient, gram, gradients[layer - 1][s], s == 0 ? 0f : 1f, out);
        }
    }
}
