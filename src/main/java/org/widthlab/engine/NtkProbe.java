package org.widthlab.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.widthlab.linalg.FloatMatrix;

/**
 * The empirical NTK of the network on the first few training examples, and its relative change
 * {@code ‖K_t − K_0‖_F / ‖K_0‖_F} (theory.md §8, optional). The kernel is the one SGD follows, with
 * each layer weighted by its rate: since {@code ∂f_i/∂W^l = g^l_i (x^{l−1}_i)ᵀ} with
 * {@code g^l_i = ∂f_i/∂h^l_i},
 *
 * <pre>
 *   K(ξ_i, ξ_j) = Σ_{l=1}^{L+1} η_l (g^l_i · g^l_j)(x^{l−1}_i · x^{l−1}_j),   g^{L+1} = 1
 * </pre>
 *
 * (theory.md §7: {@code f_{t+1} − f_t = −Σ_i K(·, ξ_i) χ_i} to first order). It costs one extra
 * backward pass on k examples per step.
 */
final class NtkProbe {

    /** How many examples (at most) the kernel is measured on. */
    static final int EXAMPLES = 8;

    private final Mlp net;
    private final int k;
    private final FloatMatrix ones;
    private final FloatMatrix[] slopeRows;
    private final FloatMatrix[] postRows;
    private final FloatMatrix upstream;
    private final FloatMatrix g;
    private final FloatMatrix gramG;
    private final FloatMatrix gramX;
    private double[] initial;

    NtkProbe(Mlp net) {
        this.net = net;
        int depth = net.depth();
        k = Math.min(EXAMPLES, net.activation(0).rows());
        ones = FloatMatrix.zeros(k, 1);
        ones.buffer().put(0, filled(k));
        slopeRows = new FloatMatrix[depth];
        postRows = new FloatMatrix[depth + 1];
        for (int l = 0; l <= depth; l++) {
            postRows[l] = FloatMatrix.zeros(k, net.activation(l).cols());
            if (l > 0) {
                slopeRows[l - 1] = FloatMatrix.zeros(k, net.width());
            }
        }
        upstream = FloatMatrix.zeros(k, net.width());
        g = FloatMatrix.zeros(k, net.width());
        gramG = FloatMatrix.zeros(k, k);
        gramX = FloatMatrix.zeros(k, k);
    }

    /** The relative change since the baseline; with {@code baseline} true, stores the kernel now and returns 0. */
    double relativeChange(boolean baseline, BooleanSupplier cancelled) {
        double[] kernel = kernel(cancelled);
        if (baseline || initial == null) {
            initial = kernel;
            return 0;
        }
        double change = 0;
        double size = 0;
        for (int i = 0; i < kernel.length; i++) {
            double d = kernel[i] - initial[i];
            change += d * d;
            size += initial[i] * initial[i];
        }
        return Math.sqrt(change / size);
    }

    private double[] kernel(BooleanSupplier cancelled) {
        int depth = net.depth();
        for (int l = 0; l <= depth; l++) {
            firstRows(net.activation(l), postRows[l]);
            if (l > 0) {
                firstRows(net.slope(l), slopeRows[l - 1]);
            }
        }
        double[] kernel = new double[k * k];
        Mlp.checkCancelled(cancelled);
        net.kernel().gemm(false, true, 1f, postRows[depth], postRows[depth], 0f, gramX);
        add(kernel, net.layerLearningRate(depth + 1), null, gramX);
        net.kernel().gemm(false, false, 1f, ones, net.weight(depth + 1), 0f, upstream);
        for (int l = depth; l >= 1; l--) {
            g.copyFrom(upstream);
            net.elementwise().timesSlope(net.phi(), slopeRows[l - 1], g);
            Mlp.checkCancelled(cancelled);
            net.kernel().gemm(false, true, 1f, g, g, 0f, gramG);
            net.kernel().gemm(false, true, 1f, postRows[l - 1], postRows[l - 1], 0f, gramX);
            add(kernel, net.layerLearningRate(l), gramG, gramX);
            if (l > 1) {
                net.kernel().gemm(false, false, 1f, g, net.weight(l), 0f, upstream);
            }
        }
        return kernel;
    }

    /** {@code kernel += η_l · (a ∘ b)}, a = all ones when null. */
    private static void add(double[] kernel, double layerLearningRate, FloatMatrix a, FloatMatrix b) {
        float[] bValues = b.toArray();
        float[] aValues = a == null ? null : a.toArray();
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] += layerLearningRate * (aValues == null ? 1 : aValues[i]) * bValues[i];
        }
    }

    private static void firstRows(FloatMatrix source, FloatMatrix target) {
        float[] values = new float[target.size()];
        source.buffer().get(0, values);
        target.buffer().put(0, values);
    }

    private static float[] filled(int length) {
        float[] values = new float[length];
        Arrays.fill(values, 1f);
        return values;
    }
}
