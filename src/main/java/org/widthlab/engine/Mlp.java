package org.widthlab.engine;

import java.util.function.BooleanSupplier;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;

/**
 * A finite-width MLP of theory.md §1 in an abc-parametrization (§2, TP4 §3), trained by full-batch SGD,
 * in float32, every matrix product through a {@link MatrixKernel}.
 *
 * <pre>
 *   h^1 = W^1 ξ,   x^l = φ(h^l),   h^{l+1} = W^{l+1} x^l,   f = W^{L+1} x^L        (no biases)
 * </pre>
 *
 * <p><b>The effective view (theory.md §2).</b> Instead of storing {@code w^l} and multiplying by
 * {@code n^{−a_l}} in every product, this class stores {@code W^l = n^{−a_l} w^l} itself, initialized
 * {@code N(0, n^{−2(a_l+b_l)})} (exact zeros when {@code b_l = ∞}), and trains it with the per-layer learning rate
 * {@code η_l = η n^{−(2a_l+c)}} ({@link Parametrization#initialStd}, {@link Parametrization#layerLearningRate}). For SGD this is the same trajectory in exact arithmetic: an SGD step
 * {@code w ← w − η n^{−c} ∂ℓ/∂w} with {@code ∂ℓ/∂w = n^{−a} ∂ℓ/∂W} moves W by {@code n^{−2a−c}η ∂ℓ/∂W}.
 * Chosen because every product is then a plain {@code sgemm} with α = 1 and the SGD step is a single
 * {@code sgemm} with α = −η_l, β = 1 (no separate gradient buffer of n² floats, no extra scaling passes);
 * float32 keeps the same relative precision at any scale, so nothing is lost.
 *
 * <p>Layout: one example per row; {@code H^l} and {@code X^l} are B×n, {@code W^l} is
 * n_out×n_in, so {@code H^l = X^{l−1} (W^l)ᵀ}. Layers are 1-based in names and 0-based in arrays.
 * Not thread-safe; {@code cancelled} is checked before every matrix product.
 */
final class Mlp {

    private final int depth;
    private final int width;
    private final Activation phi;
    private final MatrixKernel kernel;
    private final Elementwise elementwise;
    private final double[] initStd;
    /** layerLearningRate[l-1] = η_l = η n^{−(2a_l+c)}, l = 1..L+1. */
    private final double[] layerLearningRate;
    /** weights[l-1] = W^l, l = 1..L+1. */
    private final FloatMatrix[] weights;
    /** pre[l-1] = H^l, l = 1..L. */
    private final FloatMatrix[] pre;
    /** post[l] = X^l for l = 1..L; post[0] = the inputs ξ. */
    private final FloatMatrix[] post;
    /** slope[l-1] = φ'(H^l), l = 1..L, from the last forward pass (what backpropagation multiplies by). */
    private final FloatMatrix[] slope;
    /** grad[l-1] = ∂loss/∂H^l from the last backward pass. */
    private final FloatMatrix[] grad;
    private final FloatMatrix output;
    private final FloatMatrix chi;
    private final FloatMatrix backScratch;

    /**
     * Allocates a network of width n for d inputs and a batch of B (all buffers at once; see
     * {@link MemoryEstimate} for their size), trained with learning rate η.
     */
    Mlp(Parametrization p, double learningRate, int width, int inputDim, int batch, MatrixKernel kernel) {
        this.depth = p.depth();
        this.width = width;
        this.phi = p.activation();
        this.kernel = kernel;
        elementwise = new Elementwise(kernel.threads());
        initStd = new double[depth + 1];
        layerLearningRate = new double[depth + 1];
        weights = new FloatMatrix[depth + 1];
        for (int l = 1; l <= depth + 1; l++) {
            initStd[l - 1] = p.initialStd(l, width);
            layerLearningRate[l - 1] = p.layerLearningRate(l, learningRate, width);
            int fanIn = l == 1 ? inputDim : width;
            int fanOut = l == depth + 1 ? 1 : width;
            weights[l - 1] = FloatMatrix.zeros(fanOut, fanIn);
        }
        pre = new FloatMatrix[depth];
        post = new FloatMatrix[depth + 1];
        grad = new FloatMatrix[depth];
        slope = new FloatMatrix[depth];
        post[0] = FloatMatrix.zeros(batch, inputDim);
        for (int l = 1; l <= depth; l++) {
            pre[l - 1] = FloatMatrix.zeros(batch, width);
            post[l] = FloatMatrix.zeros(batch, width);
            slope[l - 1] = FloatMatrix.zeros(batch, width);
            grad[l - 1] = FloatMatrix.zeros(batch, width);
        }
        output = FloatMatrix.zeros(batch, 1);
        chi = FloatMatrix.zeros(batch, 1);
        backScratch = FloatMatrix.zeros(batch, width);
    }

    /**
     * Starts a new run: takes the inputs ξ (B×d) and draws fresh initial weights for {@code seed}
     * (deterministic, see {@link GaussianFill}).
     */
    void initialize(FloatMatrix inputs, long seed, BooleanSupplier cancelled) {
        post[0].copyFrom(inputs);
        for (int l = 1; l <= depth + 1; l++) {
            GaussianFill.fill(weights[l - 1], initStd[l - 1], seed, l, kernel.threads() > 1, cancelled);
        }
    }

    /** The forward pass on the inputs: fills {@code H^l}, {@code X^l}, {@code φ'(H^l)} and f. */
    void forward(BooleanSupplier cancelled) {
        for (int l = 1; l <= depth; l++) {
            checkCancelled(cancelled);
            kernel.gemm(false, true, 1f, post[l - 1], weights[l - 1], 0f, pre[l - 1]);
            elementwise.activate(phi, pre[l - 1], post[l], slope[l - 1]);
        }
        checkCancelled(cancelled);
        kernel.gemm(false, true, 1f, post[depth], weights[depth], 0f, output);
    }

    /**
     * One SGD step, given {@code χ_i = ∂loss/∂f_i} (with the 1/B of the mean already in it) for the
     * network state of the last {@link #forward}: backpropagates and updates every layer in place,
     * {@code W^l ← W^l − η_l (∂loss/∂H^l)ᵀ X^{l−1}} (with {@code ∂loss/∂H^{L+1} = χ}). Each
     * {@code ∂loss/∂X^{l−1} = ∂loss/∂H^l · W^l} is taken before W^l moves.
     */
    void sgdStep(float[] chiValues, BooleanSupplier cancelled) {
        chi.buffer().put(0, chiValues);
        FloatMatrix upstream = backScratch;
        checkCancelled(cancelled);
        kernel.gemm(false, false, 1f, chi, weights[depth], 0f, upstream);
        checkCancelled(cancelled);
        kernel.gemm(true, false, (float) -layerLearningRate[depth], chi, post[depth], 1f, weights[depth]);
        for (int l = depth; l >= 1; l--) {
            FloatMatrix g = grad[l - 1];
            g.copyFrom(upstream);
            elementwise.timesSlope(phi, slope[l - 1], g);
            if (l > 1) {
                checkCancelled(cancelled);
                kernel.gemm(false, false, 1f, g, weights[l - 1], 0f, upstream);
            }
            checkCancelled(cancelled);
            kernel.gemm(true, false, (float) -layerLearningRate[l - 1], g, post[l - 1], 1f, weights[l - 1]);
        }
    }

    static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }

    int depth() {
        return depth;
    }

    int width() {
        return width;
    }

    Activation phi() {
        return phi;
    }

    /** The elementwise operations on this network's matrices (on as many threads as its products). */
    Elementwise elementwise() {
        return elementwise;
    }

    MatrixKernel kernel() {
        return kernel;
    }

    /** {@code η_l = η n^{−(2a_l+c)}}: layer l's learning rate, l = 1..L+1. */
    double layerLearningRate(int layer) {
        return layerLearningRate[layer - 1];
    }

    /** {@code W^l}, l = 1..L+1 (live). */
    FloatMatrix weight(int layer) {
        return weights[layer - 1];
    }

    /** {@code H^l}, l = 1..L (live). */
    FloatMatrix preactivation(int layer) {
        return pre[layer - 1];
    }

    /** {@code X^l}, l = 0..L (live; X^0 = ξ). */
    FloatMatrix activation(int layer) {
        return post[layer];
    }

    /** {@code φ'(H^l)} of the last forward pass, l = 1..L (live). */
    FloatMatrix slope(int layer) {
        return slope[layer - 1];
    }

    /** {@code ∂loss/∂H^l} of the last step, l = 1..L (live). */
    FloatMatrix preactivationGradient(int layer) {
        return grad[layer - 1];
    }

    /** f, B×1 (live). */
    FloatMatrix output() {
        return output;
    }

    /** Thrown out of a computation when its sweep is cancelled. */
    static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
