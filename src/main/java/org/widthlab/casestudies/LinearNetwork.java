package org.widthlab.casestudies;

import java.util.SplittableRandom;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/**
 * A one-hidden-layer <em>linear</em> network {@code ξ ∈ R^d → h = W¹ξ ∈ R^n → f = W²h ∈ R^{d_o}} in an
 * abc-parametrization of depth 1 (theory.md §2, in the effective view: {@code W^l} initialized with standard
 * deviation {@code σ_l n^{−(a_l+b_l)}} and trained by SGD with the per-layer rate {@code η n^{−(2a_l+c)}}),
 * and its exact infinite-width μP limit (theory.md §7, TP4 Corollary 6.2 and the remark after it).
 *
 * <p><b>Why the limit is a finite network.</b> Stack the initial input weights and readout as
 * {@code W¹_0 = σ_u Ω_in}, {@code W²_0 = σ_v n^{−1} Ω_outᵀ} with {@code Ω = [Ω_in, Ω_out] ∈ R^{n×(d+d_o)}}
 * (μP: {@code a_1+b_1 = 0}, {@code a_2+b_2 = 1}, rates {@code ηn} and {@code η/n}). Every SGD step adds to W¹ a
 * matrix {@code W²ᵀ(…)} and to W² a matrix {@code (…)W¹ᵀ}, so at every step {@code W¹ = ΩA}, {@code W² = n^{−1}BΩᵀ}
 * with {@code A ∈ R^{(d+d_o)×d}}, {@code B ∈ R^{d_o×(d+d_o)}}, and {@code f = n^{−1}BΩᵀΩAξ}. The updates of A and B
 * only involve {@code ΩᵀΩ/n}, which tends to the identity as n → ∞. So the limit is <em>this same network</em> at
 * width {@code m = d + d_o} with {@code Ω = √m·I} (whose {@code ΩᵀΩ/m} is exactly I): input weights
 * {@code σ_u√m} on the "diagonal", readout {@code σ_v/√m} on the last d_o hidden units, trained by the same
 * code with the same rates. A readout that starts at zero never needs its d_o directions: then m = d.
 * Any Ω with orthogonal columns of norm √n gives the limit exactly, at any width n ≥ m; Gaussian Ω gives the
 * finite widths, whose {@code ΩᵀΩ/n} misses I by O(n^{−1/2}), hence their O(n^{−1/2}) distance from the limit.
 * A hidden bias is one more input coordinate (a constant).
 *
 * <p><b>Storage</b> (both layers row by row, so that a step touching a few inputs and outputs touches a few
 * rows): {@code inputRow(i) = W¹[:, i]} (the embedding of input coordinate i, length n) and
 * {@code outputRow(k) = W²[k, :]}. Not thread-safe: threads that step the same weights (Hogwild) each use a
 * {@link #sharingWeights} view.
 */
public final class LinearNetwork {

    /** The standard deviations' prefactors: {@code W¹ ~ σ_u n^{−(a_1+b_1)}}, {@code W² ~ σ_v n^{−(a_2+b_2)}}. */
    public record Scales(double input, double readout) {
        public Scales {
            if (!(input >= 0) || !(readout >= 0) || Double.isInfinite(input) || Double.isInfinite(readout)) {
                throw new IllegalArgumentException("initial scales must be finite and ≥ 0, got " + input + ", "
                        + readout);
            }
        }
    }

    /** The entries of Ω, asked for in a fixed order: every unit α = 0..n−1, then every column 0..d+d_o−1. */
    @FunctionalInterface
    interface Omega {
        double entry(int unit, int column);
    }

    private final int inputs;
    private final int outputs;
    private final int width;
    /** in[i] = W¹[:, i]. */
    private final float[][] in;
    /** out[k] = W²[k, :]. */
    private final float[][] out;
    private final double inputRate;
    private final double outputRate;
    /** For {@link FloatRows#dot}. */
    private final float[] scratch;

    private LinearNetwork(int inputs, int outputs, int width, float[][] in, float[][] out, double inputRate,
            double outputRate) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.width = width;
        this.in = in;
        this.out = out;
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.scratch = new float[width];
    }

    /** μP at depth 1 with φ = identity, its readout at zero or not. */
    public static Parametrization muP(boolean zeroReadout) {
        Parametrization p = Preset.MUP.at(1, Activation.IDENTITY);
        return zeroReadout ? p.withZeroReadout() : p;
    }

    /** A network of width n with i.i.d. Gaussian initial weights, reproducible from {@code seed}. */
    public static LinearNetwork gaussian(Parametrization p, int inputs, int outputs, int width, Scales scales,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return fromOmega(p, inputs, outputs, width, scales, (unit, column) -> random.nextGaussian());
    }

    /**
     * The exact infinite-width limit of {@link #gaussian} in μP: the width-(d+d_o) network (d with a zero
     * readout) with {@code Ω = √m·I}.
     *
     * @throws IllegalArgumentException unless {@code p} is μP at depth 1 with φ = identity (up to the symmetry)
     */
    public static LinearNetwork muPLimit(Parametrization p, int inputs, int outputs, Scales scales) {
        requireMuP(p);
        int m = limitWidth(p, inputs, outputs);
        double root = Math.sqrt(m);
        return fromOmega(p, inputs, outputs, m, scales, (unit, column) -> unit == column ? root : 0);
    }

    /** The width of the μP limit network: d + d_o, or d when the readout starts at zero. */
    public static int limitWidth(Parametrization p, int inputs, int outputs) {
        return p.readoutStartsAtZero() ? inputs : inputs + outputs;
    }

    /** {@code W¹ = σ_u n^{−(a_1+b_1)} Ω_in}, {@code W² = σ_v n^{−(a_2+b_2)} Ω_outᵀ} (zero when b_2 = ∞). */
    static LinearNetwork fromOmega(Parametrization p, int inputs, int outputs, int width, Scales scales,
            Omega omega) {
        requireLinearDepthOne(p);
        if (inputs < 1 || outputs < 1 || width < 1) {
            throw new IllegalArgumentException("a network needs at least one input, output and hidden unit, got "
                    + inputs + ", " + outputs + ", " + width);
        }
        double inputStd = scales.input() * p.initialStd(1, width);
        double readoutStd = scales.readout() * p.initialStd(2, width);
        float[][] in = new float[inputs][width];
        float[][] out = new float[outputs][width];
        int columns = inputs + (p.readoutStartsAtZero() ? 0 : outputs);
        for (int unit = 0; unit < width; unit++) {
            for (int column = 0; column < columns; column++) {
                double value = omega.entry(unit, column);
                if (column < inputs) {
                    in[column][unit] = (float) (inputStd * value);
                } else {
                    out[column - inputs][unit] = (float) (readoutStd * value);
                }
            }
        }
        return new LinearNetwork(inputs, outputs, width, in, out, p.layerLearningRate(1, 1, width),
                p.layerLearningRate(2, 1, width));
    }

    private static void requireLinearDepthOne(Parametrization p) {
        if (p.depth() != 1 || p.activation() != Activation.IDENTITY) {
            throw new IllegalArgumentException("a linear network has one hidden layer and φ = identity, got L = "
                    + p.depth() + " and φ = " + p.activation().id());
        }
    }

    /** μP's effective exponents: init {@code a_1+b_1 = 0}, {@code a_2+b_2 ∈ {1, ∞}}; rates {@code 2a_1+c = −1}, {@code 2a_2+c = 1}. */
    private static void requireMuP(Parametrization p) {
        requireLinearDepthOne(p);
        Exponent readoutInit = p.initExponent(2);
        boolean muP = p.initExponent(1).isZero()
                && (readoutInit.isInfinite() || readoutInit.equals(Exponent.ONE))
                && p.rateExponent(1).equals(Exponent.of(-1))
                && p.rateExponent(2).equals(Exponent.ONE);
        if (!muP) {
            throw new IllegalArgumentException("the width-(d+d_o) network is the limit of μP only");
        }
    }

    /** An independent copy (weights and rates). */
    public LinearNetwork copy() {
        return new LinearNetwork(inputs, outputs, width, FloatRows.copy(in), FloatRows.copy(out), inputRate,
                outputRate);
    }

    /** A network on these same weight arrays with working memory of its own, for another thread (Hogwild). */
    LinearNetwork sharingWeights() {
        return new LinearNetwork(inputs, outputs, width, in, out, inputRate, outputRate);
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public int width() {
        return width;
    }

    /** {@code n^{−(2a_1+c)}}: the input layer's learning rate per unit η. */
    public double inputRate() {
        return inputRate;
    }

    /** {@code n^{−(2a_2+c)}}: the readout's learning rate per unit η. */
    public double outputRate() {
        return outputRate;
    }

    // ---- one row at a time (sparse inputs and outputs: word embeddings) ----

    /** {@code h += weight · W¹[:, i]}. */
    void addInputRow(int i, float weight, float[] h) {
        FloatRows.axpy(weight, in[i], h, width);
    }

    /** {@code f_k = W²[k, :]·h}. */
    float logit(int k, float[] h) {
        return FloatRows.dot(out[k], h, width, scratch);
    }

    /** {@code acc += weight · W²[k, :]}: backpropagating an output's error to the hidden layer. */
    void addOutputRow(int k, float weight, float[] acc) {
        FloatRows.axpy(weight, out[k], acc, width);
    }

    /** {@code W²[k, :] ← W²[k, :] − step·n^{−(2a_2+c)}·h}: one SGD step on output k (step = η·∂ℓ/∂f_k). */
    void stepOutputRow(int k, float step, float[] h) {
        FloatRows.axpy((float) (-step * outputRate), h, out[k], width);
    }

    /**
     * {@link #addOutputRow addOutputRow(k, weight, acc)} then {@link #stepOutputRow stepOutputRow(k, step, h)} in one
     * pass over the row: the error goes back through the row before it moves.
     */
    void addThenStepOutputRow(int k, float weight, float[] acc, float step, float[] h) {
        FloatRows.axpyThenStep(weight, out[k], acc, (float) (step * outputRate), h, width);
    }

    /** {@code W¹[:, i] ← W¹[:, i] − step·n^{−(2a_1+c)}·g}: one SGD step on input i (g = ∂ℓ/∂h, step = η·ξ_i). */
    void stepInputRow(int i, float step, float[] g) {
        FloatRows.axpy((float) (-step * inputRate), g, in[i], width);
    }

    /** A copy of the input rows, d×n row-major: row i is input coordinate i's embedding {@code W¹[:, i]}. */
    public float[] inputEmbeddings() {
        float[] rows = new float[Math.multiplyExact(inputs, width)];
        for (int i = 0; i < inputs; i++) {
            System.arraycopy(in[i], 0, rows, i * width, width);
        }
        return rows;
    }

    // ---- dense batches (few inputs, few outputs: few-shot learning) ----

    /** {@code h_j = W¹ξ_j} for every example j. */
    float[][] hidden(float[][] x) {
        float[][] h = new float[x.length][width];
        for (int j = 0; j < x.length; j++) {
            requireInputs(x[j]);
            for (int i = 0; i < inputs; i++) {
                if (x[j][i] != 0) {
                    addInputRow(i, x[j][i], h[j]);
                }
            }
        }
        return h;
    }

    /** {@code f_j = W²h_j} for every example j. */
    float[][] logits(float[][] h) {
        float[][] f = new float[h.length][outputs];
        for (int j = 0; j < h.length; j++) {
            for (int k = 0; k < outputs; k++) {
                f[j][k] = logit(k, h[j]);
            }
        }
        return f;
    }

    /** The outputs on one input, in double (for tests and small evaluations). */
    public double[] apply(double[] x) {
        float[] xf = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            xf[i] = (float) x[i];
        }
        float[] f = logits(hidden(new float[][] {xf}))[0];
        double[] result = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            result[k] = f[k];
        }
        return result;
    }

    /** A zero gradient of this network's shape. */
    Gradient newGradient() {
        return new Gradient(new float[inputs][width], new float[outputs][width]);
    }

    /**
     * Adds the gradient of {@code Σ_j Σ_k χ_{jk} f_{jk}} at this network's weights to {@code g}, where
     * {@code h = hidden(x)}: {@code ∂/∂W²[k,:] = Σ_j χ_{jk} h_j}, {@code ∂/∂W¹[:,i] = Σ_j ξ_{ji} Σ_k χ_{jk} W²[k,:]}.
     */
    void accumulateGradient(float[][] x, float[][] h, float[][] chi, Gradient g) {
        float[] hiddenGradient = new float[width];
        for (int j = 0; j < x.length; j++) {
            java.util.Arrays.fill(hiddenGradient, 0);
            for (int k = 0; k < outputs; k++) {
                float c = chi[j][k];
                if (c != 0) {
                    FloatRows.axpy(c, h[j], g.out[k], width);
                    addOutputRow(k, c, hiddenGradient);
                }
            }
            for (int i = 0; i < inputs; i++) {
                if (x[j][i] != 0) {
                    FloatRows.axpy(x[j][i], hiddenGradient, g.in[i], width);
                }
            }
        }
    }

    /** One SGD step: {@code W^l ← W^l − η n^{−(2a_l+c)} g^l}. */
    void step(Gradient g, double eta) {
        for (int i = 0; i < inputs; i++) {
            FloatRows.axpy((float) (-eta * inputRate), g.in[i], in[i], width);
        }
        for (int k = 0; k < outputs; k++) {
            FloatRows.axpy((float) (-eta * outputRate), g.out[k], out[k], width);
        }
    }

    /**
     * {@code Σ_l n^{−(2a_l+c)}‖g^l‖²}: the squared length of a gradient in the geometry SGD steps in, which is
     * {@code χᵀK̂χ} with the network's empirical tangent kernel K̂. It tends to a finite limit with the width (in μP
     * it is the gradient norm of TP4's own code, whose weights are ours rescaled by {@code n^{±1/2}}), so clipping
     * by it means the same at every width and in the limit.
     */
    double stepNormSquared(Gradient g) {
        double in2 = 0;
        for (float[] row : g.in) {
            in2 += FloatRows.dot(row, row, width, scratch);
        }
        double out2 = 0;
        for (float[] row : g.out) {
            out2 += FloatRows.dot(row, row, width, scratch);
        }
        return inputRate * in2 + outputRate * out2;
    }

    private void requireInputs(float[] x) {
        if (x.length != inputs) {
            throw new IllegalArgumentException("input of dimension " + x.length + ", expected " + inputs);
        }
    }

    /** A gradient with respect to both layers, in the network's row layout. */
    static final class Gradient {
        private final float[][] in;
        private final float[][] out;

        private Gradient(float[][] in, float[][] out) {
            this.in = in;
            this.out = out;
        }

        void scale(float factor) {
            for (float[] row : in) {
                FloatRows.scale(factor, row, row.length);
            }
            for (float[] row : out) {
                FloatRows.scale(factor, row, row.length);
            }
        }

        void clear() {
            for (float[] row : in) {
                java.util.Arrays.fill(row, 0);
            }
            for (float[] row : out) {
                java.util.Arrays.fill(row, 0);
            }
        }
    }
}
