package org.widthlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.widthlab.linalg.FloatMatrix;

/**
 * The measurements of a coordinate check (theory.md §8) of one training run, on its training batch:
 * after each step t, per hidden layer l the RMS of {@code h^l_t}, {@code x^l_t}, {@code h^l_t − h^l_0},
 * {@code x^l_t − x^l_0} and {@code (W^l_t − W^l_0) x^{l−1}_t}; then the last layer's feature-kernel change, the RMS of
 * {@code f_t} and {@code f_t − f_0}, the training loss, and (optionally) the empirical NTK's relative
 * change. Step 0 also stores the baselines the later steps are compared with.
 */
final class CoordinateCheck {

    private final Mlp net;
    private final UpdateHistory history;
    private final NtkProbe ntk;
    private final FloatMatrix[] initialPre;
    private final FloatMatrix[] initialPost;
    private final FloatMatrix initialOutput;
    private final FloatMatrix ownUpdate;

    /** @param ntk null unless the NTK change is measured */
    CoordinateCheck(Mlp net, UpdateHistory history, NtkProbe ntk) {
        this.net = net;
        this.history = history;
        this.ntk = ntk;
        int depth = net.depth();
        initialPre = new FloatMatrix[depth];
        initialPost = new FloatMatrix[depth];
        for (int l = 1; l <= depth; l++) {
            FloatMatrix h = net.preactivation(l);
            initialPre[l - 1] = FloatMatrix.zeros(h.rows(), h.cols());
            initialPost[l - 1] = FloatMatrix.zeros(h.rows(), h.cols());
        }
        FloatMatrix last = net.activation(depth);
        initialOutput = FloatMatrix.zeros(net.output().rows(), 1);
        ownUpdate = FloatMatrix.zeros(last.rows(), last.cols());
    }

    /** The measurements of {@code net}'s state after step t (t = 0 right after initialization), not yet marked diverged. */
    List<Measurement> measure(int step, long seed, DataSet data, BooleanSupplier cancelled) {
        int depth = net.depth();
        int width = net.width();
        if (step == 0) {
            for (int l = 1; l <= depth; l++) {
                initialPre[l - 1].copyFrom(net.preactivation(l));
                initialPost[l - 1].copyFrom(net.activation(l));
            }
            initialOutput.copyFrom(net.output());
        }
        List<Measurement> rows = new ArrayList<>(5 * depth + 5);
        for (int l = 1; l <= depth; l++) {
            history.ownUpdate(net, l, ownUpdate, cancelled);
            rows.add(new Measurement(width, seed, step, l, Quantity.H, Rms.of(net.preactivation(l)), false));
            rows.add(new Measurement(width, seed, step, l, Quantity.X, Rms.of(net.activation(l)), false));
            rows.add(new Measurement(width, seed, step, l, Quantity.DELTA_H,
                    Rms.difference(net.preactivation(l), initialPre[l - 1]), false));
            rows.add(new Measurement(width, seed, step, l, Quantity.DELTA_X,
                    Rms.difference(net.activation(l), initialPost[l - 1]), false));
            rows.add(new Measurement(width, seed, step, l, Quantity.OWN_UPDATE, Rms.of(ownUpdate), false));
        }
        rows.add(new Measurement(width, seed, step, 0, Quantity.FEATURE_KERNEL_CHANGE,
                featureKernelChange(net.activation(depth), initialPost[depth - 1]), false));
        rows.add(new Measurement(width, seed, step, 0, Quantity.F, Rms.of(net.output()), false));
        rows.add(new Measurement(width, seed, step, 0, Quantity.DELTA_F, Rms.difference(net.output(), initialOutput),
                false));
        rows.add(lossMeasurement(step, seed, data));
        if (ntk != null) {
            rows.add(new Measurement(width, seed, step, 0, Quantity.NTK_CHANGE, ntk.relativeChange(step == 0, cancelled),
                    false));
        }
        return rows;
    }

    /** The training loss after step t, as a measurement (not yet marked diverged). */
    Measurement lossMeasurement(int step, long seed, DataSet data) {
        return new Measurement(net.width(), seed, step, 0, Quantity.LOSS, loss(data), false);
    }

    /** The training loss, mean over the batch of ℓ(f_i, y_i). */
    double loss(DataSet data) {
        float[] f = outputs();
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            sum += data.loss().value(f[i], data.targets()[i]);
        }
        return sum / f.length;
    }

    /** {@code χ_i = ∂(mean loss)/∂f_i = ℓ'(f_i, y_i)/B}. */
    float[] lossGradient(DataSet data) {
        float[] f = outputs();
        float[] chi = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            chi[i] = (float) (data.loss().derivative(f[i], data.targets()[i]) / f.length);
        }
        return chi;
    }

    private float[] outputs() {
        return net.output().toArray();
    }

    /**
     * {@code mean_i |x_{t,i}·x_{t,i} − x_{0,i}·x_{0,i}| / n}: the change of the diagonal of the last
     * layer's feature kernel, averaged in magnitude over the batch (theory.md §6: Θ(n^{−e})).
     */
    static double featureKernelChange(FloatMatrix now, FloatMatrix initial) {
        int cols = now.cols();
        float[] a = new float[cols];
        float[] b = new float[cols];
        double sum = 0;
        for (int i = 0; i < now.rows(); i++) {
            now.buffer().get(i * cols, a);
            initial.buffer().get(i * cols, b);
            double change = Rms.sumOfSquaredDifferences(a, null, cols) - Rms.sumOfSquaredDifferences(b, null, cols);
            sum += Math.abs(change) / cols;
        }
        return sum / now.rows();
    }
}
