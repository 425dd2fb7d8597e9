package org.widthlab.casestudies;

import java.util.Arrays;
import java.util.List;
import org.widthlab.theory.DualActivation;
import org.widthlab.theory.Activation;

/**
 * First-order MAML in a kernel limit ({@link KernelLimit}) of the one-hidden-layer network with activation φ: the
 * features never move, so the network is the kernel machine {@code f(ξ) = Σ_j K(ξ, z_j) c_j} (c_j ∈ R^N) over the
 * inputs z_j it was meta-trained on, starting from f = 0 (TP4's own GP/NTK baselines, {@code inf1lp.py}, do the
 * same). Adapting to a task is one kernel gradient step, {@code f' = f − α Σ_s K(·, x_s) χ_s}; a meta-step appends
 * every query input of the batch with the coefficient {@code −η χ'_q} of its query-loss gradient at the adapted
 * machine, after clipping the step's length {@code √(χ'ᵀKχ')} (the same geometry as
 * {@link LinearNetwork#stepNormSquared}).
 *
 * <p>Its cost grows with every input kept: evaluating f costs one kernel value per stored input. It keeps at most
 * {@code capacity} inputs; meta-steps that would exceed it are not taken ({@link #full()}).
 */
final class KernelMetaLearner implements MetaLearner {

    private final KernelLimit limit;
    private final DualActivation phi;
    private final double inputScale;
    private final int dimension;
    private final int outputs;
    private final int capacity;
    /** columns[i][j] = coordinate i of stored input j (one array per coordinate, for vectorized dot products). */
    private final float[][] columns;
    private final double[] squaredNorms;
    private final float[][] coefficients;
    private int stored;
    private boolean full;

    /**
     * @param inputScale σ_u²: {@code Σ¹(ξ, ζ) = σ_u² ξ·ζ} (ξ with its bias coordinate)
     * @param capacity   the most inputs kept
     */
    KernelMetaLearner(KernelLimit limit, Activation phi, double inputScale, int dimension, int outputs, int capacity) {
        this.limit = limit;
        this.phi = KernelLimit.dual(phi);
        this.inputScale = inputScale;
        this.dimension = dimension;
        this.outputs = outputs;
        this.capacity = capacity;
        this.columns = new float[dimension][capacity];
        this.squaredNorms = new double[capacity];
        this.coefficients = new float[capacity][];
    }

    /** The number of inputs kept. */
    int stored() {
        return stored;
    }

    /** Whether a meta-step was refused because the inputs would have exceeded the capacity. */
    boolean full() {
        return full;
    }

    @Override
    public void metaStep(List<FewShotTask> tasks, double innerStep, double metaRate, double clip) {
        int queries = tasks.stream().mapToInt(t -> t.query().length).sum();
        if (stored + queries > capacity) {
            full = true;
            return;
        }
        float[][] points = new float[queries][];
        float[][] chi = new float[queries][];
        int p = 0;
        for (FewShotTask task : tasks) {
            float[][] logits = adaptedQueryLogits(task, innerStep);
            float[][] errors = FewShotTask.softmaxErrors(logits, task.queryLabels(),
                    1.0 / (task.query().length * tasks.size()));
            for (int q = 0; q < task.query().length; q++) {
                points[p] = task.query()[q];
                chi[p++] = errors[q];
            }
        }
        double length = Math.sqrt(stepNormSquared(points, chi));
        double factor = metaRate * (length > clip ? clip / length : 1);
        for (int q = 0; q < queries; q++) {
            float[] c = new float[outputs];
            for (int k = 0; k < outputs; k++) {
                c[k] = (float) (-factor * chi[q][k]);
            }
            add(points[q], c);
        }
    }

    @Override
    public float[][] adaptedQueryLogits(FewShotTask task, double innerStep) {
        float[][] support = task.support();
        float[][] chi = FewShotTask.softmaxErrors(values(support), task.supportLabels(), 1.0 / support.length);
        float[][] logits = values(task.query());
        for (int q = 0; q < task.query().length; q++) {
            for (int s = 0; s < support.length; s++) {
                double k = kernel(task.query()[q], support[s]);
                for (int o = 0; o < outputs; o++) {
                    logits[q][o] -= (float) (innerStep * k * chi[s][o]);
                }
            }
        }
        return logits;
    }

    /** f at each input: {@code Σ_j K(x, z_j) c_j}. */
    private float[][] values(float[][] inputs) {
        float[][] f = new float[inputs.length][outputs];
        float[] dots = new float[capacity];
        for (int i = 0; i < inputs.length; i++) {
            float[] x = inputs[i];
            Arrays.fill(dots, 0, stored, 0);
            for (int c = 0; c < dimension; c++) {
                if (x[c] != 0) {
                    FloatRows.axpy(x[c], columns[c], dots, stored);
                }
            }
            double xx = inputScale * dot(x, x);
            for (int j = 0; j < stored; j++) {
                double k = limit.kernel(phi, xx, inputScale * dots[j], squaredNorms[j]);
                for (int o = 0; o < outputs; o++) {
                    f[i][o] += (float) (k * coefficients[j][o]);
                }
            }
        }
        return f;
    }

    private double stepNormSquared(float[][] points, float[][] chi) {
        double sum = 0;
        for (int a = 0; a < points.length; a++) {
            for (int b = 0; b < points.length; b++) {
                double k = kernel(points[a], points[b]);
                for (int o = 0; o < outputs; o++) {
                    sum += chi[a][o] * k * chi[b][o];
                }
            }
        }
        return sum;
    }

    private double kernel(float[] x, float[] z) {
        return limit.kernel(phi, inputScale * dot(x, x), inputScale * dot(x, z), inputScale * dot(z, z));
    }

    private void add(float[] z, float[] c) {
        for (int i = 0; i < dimension; i++) {
            columns[i][stored] = z[i];
        }
        squaredNorms[stored] = inputScale * dot(z, z);
        coefficients[stored] = c;
        stored++;
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (double) x[i] * y[i];
        }
        return s;
    }
}
