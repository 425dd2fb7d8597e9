package org.widthlab.engine;

import java.util.stream.IntStream;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.theory.Activation;

/**
 * The elementwise work of a step, in float32, split by rows over the cores. Each element is computed
 * by itself, so the result does not depend on the number of threads. φ and φ' are those of
 * {@link Activation} (one definition of each), with direct float loops for ReLU and the identity.
 */
final class Elementwise {

    /** Rows per parallel task. */
    private static final int ROWS_PER_TASK = 8;

    private Elementwise() {
    }

    /** {@code x ← φ(h)}, elementwise (theory.md §1: {@code x^l = φ(h^l)}). */
    static void activate(Activation phi, FloatMatrix h, FloatMatrix x) {
        byRows(h, (hRow, outRow) -> {
            switch (phi) {
                case RELU -> {
                    for (int j = 0; j < hRow.length; j++) {
                        outRow[j] = Math.max(hRow[j], 0f);
                    }
                }
                case IDENTITY -> System.arraycopy(hRow, 0, outRow, 0, hRow.length);
                default -> {
                    for (int j = 0; j < hRow.length; j++) {
                        outRow[j] = (float) phi.value(hRow[j]);
                    }
                }
            }
        }, x, null);
    }

    /** {@code g ← g ∘ φ'(h)}, elementwise: the chain rule through {@code x = φ(h)}. */
    static void timesDerivative(Activation phi, FloatMatrix h, FloatMatrix g) {
        byRows(h, (hRow, gRow) -> {
            switch (phi) {
                case RELU -> {
                    for (int j = 0; j < hRow.length; j++) {
                        if (!(hRow[j] > 0)) {
                            gRow[j] = 0f;
                        }
                    }
                }
                case IDENTITY -> {
                }
                default -> {
                    for (int j = 0; j < hRow.length; j++) {
                        gRow[j] = (float) (gRow[j] * phi.derivative(hRow[j]));
                    }
                }
            }
        }, g, g);
    }

    /** {@code sum ← sum + g}, elementwise. */
    static void add(FloatMatrix g, FloatMatrix sum) {
        byRows(g, (gRow, sumRow) -> {
            for (int j = 0; j < gRow.length; j++) {
                sumRow[j] += gRow[j];
            }
        }, sum, sum);
    }

    /** A transformation of one row of the input into one row of the output (which holds {@code initial}'s row first). */
    private interface RowOp {
        void apply(float[] in, float[] out);
    }

    private static void byRows(FloatMatrix in, RowOp op, FloatMatrix out, FloatMatrix initial) {
        int rows = in.rows();
        int cols = in.cols();
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            float[] inRow = new float[cols];
            float[] outRow = new float[cols];
            for (int i = task * ROWS_PER_TASK; i < Math.min(rows, (task + 1) * ROWS_PER_TASK); i++) {
                in.buffer().get(i * cols, inRow);
                if (initial != null) {
                    initial.buffer().get(i * cols, outRow);
                }
                op.apply(inRow, outRow);
                out.buffer().put(i * cols, outRow);
            }
        });
    }
}
