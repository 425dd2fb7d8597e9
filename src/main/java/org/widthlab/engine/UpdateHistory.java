package org.widthlab.engine;

import java.util.function.BooleanSupplier;
import org.widthlab.linalg.FloatMatrix;

/**
 * Layer l's own accumulated update applied to its current input, {@code (W^l_t − W^l_0) x^{l−1}_t}
 * (theory.md §6 and §8, "ΔW^l x^{l−1}"), for every example of the batch. Each SGD step s changes W^l by
 * the rank-B product {@code −η_l G_sᵀ X_s} ({@code G_s = ∂loss/∂H^l}, {@code X_s = X^{l−1}} at that
 * step), so
 *
 * <pre>
 *   (W_t − W_0) X_tᵀ = −η_l Σ_{s&lt;t} G_sᵀ (X_s X_tᵀ),   i.e. row-wise  −η_l Σ_s (X_t X_sᵀ) G_s
 * </pre>
 *
 * Three ways, each layer taking the cheapest:
 * <ul>
 * <li>the input layer sees the same ξ at every step, so only {@code Σ_s G_s} is kept (B×n floats):
 *     {@code −η_1 (ξ ξᵀ) Σ_s G_s}, exact whatever the number of steps;</li>
 * <li>a hidden layer keeps the factors {@code G_s, X_s} ({@code 2TBn} floats) while that is no more
 *     than {@code W_0} itself ({@code n²} floats), i.e. while {@code 2TB ≤ n}; this also costs less than
 *     a forward product per measurement;</li>
 * <li>otherwise it keeps a copy of {@code W_0} and takes {@code H_t − X_t W_0ᵀ}, one product per
 *     measurement (a difference of Θ(1) numbers, accurate to float32 rounding, as {@code Δh} itself).</li>
 * </ul>
 */
final class UpdateHistory {

    private final Layer[] layers;

    /** Room for {@code steps} updates of every hidden layer 1..L of {@code net}. */
    UpdateHistory(Mlp net, int steps) {
        layers = new Layer[net.depth()];
        int batch = net.activation(0).rows();
        for (int l = 1; l <= net.depth(); l++) {
            FloatMatrix w = net.weight(l);
            layers[l - 1] = l == 1 ? new FixedInput(net, batch)
                    : keepsInitialWeights(w.cols(), w.rows(), steps, batch) ? new InitialWeights(net, l)
                    : new RankFactors(net, l, steps, batch);
        }
    }

    /**
     * Whether a hidden layer with this fan-in and fan-out keeps {@code W_0} rather than T rank-B factors.
     */
    static boolean keepsInitialWeights(long fanIn, long fanOut, long steps, long batch) {
        return steps * batch * (fanIn + fanOut) > fanIn * fanOut;
    }

    /** Floats a history of {@code steps} steps keeps for a hidden layer (see {@link #keepsInitialWeights}). */
    static long hiddenLayerFloats(long fanIn, long fanOut, long steps, long batch) {
        return keepsInitialWeights(fanIn, fanOut, steps, batch) ? fanIn * fanOut : steps * batch * (fanIn + fanOut);
    }

    /** Starts a new run from the current (initial) state of {@code net}. */
    void start(Mlp net) {
        for (Layer layer : layers) {
            layer.start(net);
        }
    }

    /** Records the step {@code net} has just taken (call right after {@link Mlp#sgdStep}). */
    void record(Mlp net) {
        for (Layer layer : layers) {
            layer.record(net);
        }
    }

    /**
     * {@code out ← (W^l_t − W^l_0) X^{l−1}_t} row by row (B×n_out), for the current state of {@code net}
     * (right after a forward pass).
     *
     */
    void ownUpdate(Mlp net, int layer, FloatMatrix out, BooleanSupplier cancelled) {
        Mlp.checkCancelled(cancelled);
        layers[layer - 1].ownUpdate(net, (float) -net.layerLearningRate(layer), out, cancelled);
    }

    private interface Layer {
        void start(Mlp net);

        void record(Mlp net);

        /** {@code coefficient} is {@code −η_l}. */
        void ownUpdate(Mlp net, float coefficient, FloatMatrix out, BooleanSupplier cancelled);
    }

    /** The input layer: ξ never changes, so {@code Σ_s G_s} is enough. */
    private static final class FixedInput implements Layer {
        private final FloatMatrix gradientSum;
        private final FloatMatrix gram;
        private int recorded;

        FixedInput(Mlp net, int batch) {
            gradientSum = FloatMatrix.zeros(batch, net.width());
            gram = FloatMatrix.zeros(batch, batch);
        }

        @Override
        public void start(Mlp net) {
            recorded = 0;
            net.kernel().gemm(false, true, 1f, net.activation(0), net.activation(0), 0f, gram);
        }

        @Override
        public void record(Mlp net) {
            if (recorded++ == 0) {
                gradientSum.copyFrom(net.preactivationGradient(1));
            } else {
                net.elementwise().add(net.preactivationGradient(1), gradientSum);
            }
        }

        @Override
        public void ownUpdate(Mlp net, float coefficient, FloatMatrix out, BooleanSupplier cancelled) {
            if (recorded == 0) {
                out.buffer().put(0, new float[out.size()]);
            } else {
                net.kernel().gemm(false, false, coefficient, gram, gradientSum, 0f, out);
            }
        }
    }

    /** A hidden layer's rank-B factors, one pair per step. */
    private static final class RankFactors implements Layer {
        private final int layer;
        private final FloatMatrix[] gradients;
        private final FloatMatrix[] inputs;
        private final FloatMatrix gram;
        private int recorded;

        RankFactors(Mlp net, int layer, int steps, int batch) {
            this.layer = layer;
            gradients = new FloatMatrix[steps];
            inputs = new FloatMatrix[steps];
            for (int s = 0; s < steps; s++) {
                gradients[s] = FloatMatrix.zeros(batch, net.weight(layer).rows());
                inputs[s] = FloatMatrix.zeros(batch, net.weight(layer).cols());
            }
            gram = FloatMatrix.zeros(batch, batch);
        }

        @Override
        public void start(Mlp net) {
            recorded = 0;
        }

        @Override
        public void record(Mlp net) {
            gradients[recorded].copyFrom(net.preactivationGradient(layer));
            inputs[recorded].copyFrom(net.activation(layer - 1));
            recorded++;
        }

        @Override
        public void ownUpdate(Mlp net, float coefficient, FloatMatrix out, BooleanSupplier cancelled) {
            if (recorded == 0) {
                out.buffer().put(0, new float[out.size()]);
                return;
            }
            FloatMatrix current = net.activation(layer - 1);
            for (int s = 0; s < recorded; s++) {
                Mlp.checkCancelled(cancelled);
                net.kernel().gemm(false, true, 1f, current, inputs[s], 0f, gram);
                net.kernel().gemm(false, false, coefficient, gram, gradients[s], s == 0 ? 0f : 1f, out);
            }
        }
    }

    /** A hidden layer's initial weights: {@code H_t − X_t W_0ᵀ}. */
    private static final class InitialWeights implements Layer {
        private final int layer;
        private final FloatMatrix initial;

        InitialWeights(Mlp net, int layer) {
            this.layer = layer;
            FloatMatrix w = net.weight(layer);
            initial = FloatMatrix.zeros(w.rows(), w.cols());
        }

        @Override
        public void start(Mlp net) {
            initial.copyFrom(net.weight(layer));
        }

        @Override
        public void record(Mlp net) {
        }

        @Override
        public void ownUpdate(Mlp net, float coefficient, FloatMatrix out, BooleanSupplier cancelled) {
            out.copyFrom(net.preactivation(layer));
            net.kernel().gemm(false, true, -1f, net.activation(layer - 1), initial, 1f, out);
        }
    }
}
