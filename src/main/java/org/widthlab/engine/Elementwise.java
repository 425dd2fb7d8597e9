package org.widthlab.engine;

import java.util.stream.IntStream;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.theory.Activation;

/**
 * The elementwise work of a step, in float32, by blocks of rows, over the cores or on the calling thread
 * alone (a network whose products run on one thread, e.g. one cell of a grid among others running side by
 * side, keeps its elementwise work on that thread too). Each element is computed by itself, so the result does
 * not depend on the number of threads. φ and φ' are those of {@link Activation} (one definition of each),
 * with direct float loops for ReLU and the identity, and tanh's pair from one exponential ({@link #tanhAndSlope}).
 */
final class Elementwise {

    /** Rows per block (a parallel task). */
    private static final int ROWS_PER_BLOCK = 8;
    /**
     * Below this |z|, {@link #tanhAndSlope} takes tanh from its series: there 1 − e^{−2|z|} ≈ 2|z| would lose
     * about log2(1/(2|z|)) of double's 53 bits (5 at 2^−6), and the series' first omitted term, 17z⁷/315, is
     * under 1e−12 of tanh z.
     */
    private static final double TANH_SERIES_BELOW = 0x1p-6;

    private final boolean parallel;

    /** Elementwise work for a network whose products run on {@code threads} threads. */
    Elementwise(int threads) {
        this.parallel = threads > 1;
    }

    /**
     * {@code x ← φ(h)} and {@code slope ← φ'(h)}, elementwise (theory.md §1: {@code x^l = φ(h^l)}; the slope is
     * what backpropagation multiplies by, {@link #timesSlope}). The identity's slope is 1 and is not written.
     */
    void activate(Activation phi, FloatMatrix h, FloatMatrix x, FloatMatrix slope) {
        int cols = h.cols();
        forEachBlock(h.rows(), (first, end) -> {
            float[] in = new float[cols];
            float[] out = new float[cols];
            float[] derivative = new float[cols];
            for (int i = first; i < end; i++) {
                h.buffer().get(i * cols, in);
                switch (phi) {
                    case IDENTITY -> {
                        x.buffer().put(i * cols, in);
                        continue;
                    }
                    case RELU -> {
                        for (int j = 0; j < cols; j++) {
                            out[j] = Math.max(in[j], 0f);
                            derivative[j] = in[j] > 0 ? 1f : 0f;
                        }
                    }
                    case TANH -> {
                        for (int j = 0; j < cols; j++) {
                            tanhAndSlope(in[j], out, derivative, j);
                        }
                    }
                    default -> {
                        for (int j = 0; j < cols; j++) {
                            out[j] = (float) phi.value(in[j]);
                            derivative[j] = (float) phi.derivative(in[j]);
                        }
                    }
                }
                x.buffer().put(i * cols, out);
                slope.buffer().put(i * cols, derivative);
            }
        });
    }

    /**
     * tanh z and its derivative sech² z into {@code value[j]} and {@code slope[j]}, from one exponential:
     * with e = e^{−2|z|}, tanh z = sign(z)(1 − e)/(1 + e) and sech² z = 4e/(1 + e)² (the formula of
     * {@link Activation#TANH}'s derivative); below {@link #TANH_SERIES_BELOW}, tanh z = z(1 − z²/3 + 2z⁴/15).
     * Both are rounded once to float from double, so they agree with {@code (float) Math.tanh(z)} and
     * {@code (float) Activation.TANH.derivative(z)} to one float rounding (Math.tanh is not an intrinsic on
     * JDK 17 and cost a fifth of a grid's time).
     */
    static void tanhAndSlope(double z, float[] value, float[] slope, int j) {
        double magnitude = Math.abs(z);
        double e = Math.exp(-2 * magnitude);
        double onePlusE = 1 + e;
        slope[j] = (float) (4 * e / (onePlusE * onePlusE));
        if (magnitude < TANH_SERIES_BELOW) {
            double z2 = z * z;
            value[j] = (float) (z * (1 - z2 * (1.0 / 3 - z2 * (2.0 / 15))));
        } else {
            value[j] = (float) Math.copySign((1 - e) / onePlusE, z);
        }
    }

    /** {@code g ← g ∘ φ'(h)}, elementwise, given the slope {@link #activate} kept: the chain rule through {@code x = φ(h)}. */
    void timesSlope(Activation phi, FloatMatrix slope, FloatMatrix g) {
        if (phi == Activation.IDENTITY) {
            return;
        }
        int cols = g.cols();
        forEachBlock(g.rows(), (first, end) -> {
            float[] gRow = new float[cols];
            float[] slopeRow = new float[cols];
            for (int i = first; i < end; i++) {
                g.buffer().get(i * cols, gRow);
                slope.buffer().get(i * cols, slopeRow);
                for (int j = 0; j < cols; j++) {
                    gRow[j] *= slopeRow[j];
                }
                g.buffer().put(i * cols, gRow);
            }
        });
    }

    /** {@code sum ← sum + g}, elementwise. */
    void add(FloatMatrix g, FloatMatrix sum) {
        int cols = g.cols();
        forEachBlock(g.rows(), (first, end) -> {
            float[] gRow = new float[cols];
            float[] sumRow = new float[cols];
            for (int i = first; i < end; i++) {
                g.buffer().get(i * cols, gRow);
                sum.buffer().get(i * cols, sumRow);
                for (int j = 0; j < cols; j++) {
                    sumRow[j] += gRow[j];
                }
                sum.buffer().put(i * cols, sumRow);
            }
        });
    }

    /** Rows {@code first} (inclusive) to {@code end} (exclusive). */
    private interface RowBlock {
        void apply(int first, int end);
    }

    /** Runs {@code block} over all rows: in blocks of {@value #ROWS_PER_BLOCK} on the cores, or as one on this thread. */
    private void forEachBlock(int rows, RowBlock block) {
        if (!parallel) {
            block.apply(0, rows);
            return;
        }
        int blocks = (rows + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
        IntStream.range(0, blocks).parallel()
                .forEach(b -> block.apply(b * ROWS_PER_BLOCK, Math.min(rows, (b + 1) * ROWS_PER_BLOCK)));
    }
}
