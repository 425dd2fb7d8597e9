package org.widthlab.casestudies;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic few-shot classes whose differences live in a shared low-dimensional subspace, generated from a seed:
 * a random k-dimensional subspace U of R^d (orthonormal basis, drawn once) holds every class's mean
 * {@code μ_c = U z_c}, {@code z_c ~ N(0, I_k)}; an example of class c is
 * {@code x = μ_c + σ_in U ε + σ_out (I − UUᵀ) ε'} with ε, ε' standard normal. The d − k directions outside U
 * carry only noise, σ_out large: comparing raw inputs (what a kernel limit does, its features fixed) mostly
 * compares noise, while a network that learns to look into U across many tasks compares classes. The first
 * {@code metaTrainClasses} classes are for meta-training, the rest for meta-testing (the same U, new means).
 *
 * @param dimension          d
 * @param subspaceDimension  k
 * @param metaTrainClasses   classes to meta-train on
 * @param metaTestClasses    classes to meta-test on
 * @param examplesPerClass   examples of every class (Omniglot has 20)
 * @param withinNoise        σ_in, the spread of a class inside U
 * @param outsideNoise       σ_out, the noise outside U
 * @param seed               everything is drawn from this
 */
public record SubspaceFewShot(int dimension, int subspaceDimension, int metaTrainClasses, int metaTestClasses,
        int examplesPerClass, double withinNoise, double outsideNoise, long seed) {

    public SubspaceFewShot {
        if (dimension < 1 || subspaceDimension < 1 || subspaceDimension > dimension || metaTrainClasses < 1
                || metaTestClasses < 1 || examplesPerClass < 1) {
            throw new IllegalArgumentException("synthetic few-shot data needs d ≥ k ≥ 1 and at least one class and"
                    + " example; got d = " + dimension + ", k = " + subspaceDimension + ", " + metaTrainClasses + " + "
                    + metaTestClasses + " classes, " + examplesPerClass + " examples");
        }
        if (!(withinNoise >= 0) || !(outsideNoise >= 0)) {
            throw new IllegalArgumentException("noise levels must be ≥ 0, got " + withinNoise + ", " + outsideNoise);
        }
    }

    /** The same kind of classes drawn from another seed. */
    public SubspaceFewShot withSeed(long newSeed) {
        return new SubspaceFewShot(dimension, subspaceDimension, metaTrainClasses, metaTestClasses, examplesPerClass,
                withinNoise, outsideNoise, newSeed);
    }

    public FewShotData generate() {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] basis = orthonormalColumns(random, dimension, subspaceDimension);
        List<float[][]> classes = new ArrayList<>();
        for (int c = 0; c < metaTrainClasses + metaTestClasses; c++) {
            double[] z = gaussian(random, subspaceDimension);
            double[] mean = times(basis, z);
            float[][] examples = new float[examplesPerClass][dimension];
            for (int e = 0; e < examplesPerClass; e++) {
                double[] inside = times(basis, gaussian(random, subspaceDimension));
                double[] outside = gaussian(random, dimension);
                double[] projection = times(basis, transposeTimes(basis, outside));
                for (int i = 0; i < dimension; i++) {
                    examples[e][i] = (float) (mean[i] + withinNoise * inside[i]
                            + outsideNoise * (outside[i] - projection[i]));
                }
            }
            classes.add(examples);
        }
        return new FewShotData(dimension, classes.subList(0, metaTrainClasses),
                classes.subList(metaTrainClasses, classes.size()));
    }

    /** d×k with orthonormal columns: Gram–Schmidt on Gaussian columns. */
    private static double[][] orthonormalColumns(SplittableRandom random, int d, int k) {
        double[][] q = new double[d][k];
        for (int c = 0; c < k; c++) {
            double[] v = gaussian(random, d);
            for (int pass = 0; pass < 2; pass++) {
                for (int prev = 0; prev < c; prev++) {
                    double dot = 0;
                    for (int i = 0; i < d; i++) {
                        dot += v[i] * q[i][prev];
                    }
                    for (int i = 0; i < d; i++) {
                        v[i] -= dot * q[i][prev];
                    }
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                q[i][c] = v[i] / norm;
            }
        }
        return q;
    }

    private static double[] gaussian(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    private static double[] times(double[][] basis, double[] z) {
        double[] x = new double[basis.length];
        for (int i = 0; i < basis.length; i++) {
            for (int j = 0; j < z.length; j++) {
                x[i] += basis[i][j] * z[j];
            }
        }
        return x;
    }

    private static double[] transposeTimes(double[][] basis, double[] x) {
        double[] z = new double[basis[0].length];
        for (int i = 0; i < basis.length; i++) {
            for (int j = 0; j < z.length; j++) {
                z[j] += basis[i][j] * x[i];
            }
        }
        return z;
    }
}
