package org.widthlab.limits;

import java.util.Optional;
import java.util.OptionalDouble;
import org.widthlab.engine.TrainingData;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/**
 * The exact feature-learning limit of a one-hidden-layer network in μP (or MFP, the same up to the
 * symmetry shift): TP4 Theorem 6.1, {@code f_t(ξ) = E[V_t φ(U_t·ξ)]} over the Gaussian law of the
 * initial particle {@code (U_0, V_0)} ({@link DepthOneDynamics}).
 *
 * <ul>
 *   <li>φ = identity: the closed recursion of {@link LinearNetworkLimit}, exact for every d.</li>
 *   <li>d ≤ 2 (so at most 3 Gaussian dimensions): tensor Gauss–Hermite quadrature at two orders; the result
 *       is the higher order, the error estimate the largest change of f_t between the two. For a smooth,
 *       polynomial-like φ (GELU) that is below 1e-6; for tanh and erf, which the rule resolves only slowly,
 *       about 1e-4 at d = 1 and 1e-3 at d = 2 (ReLU's kink: 1e-3) — not machine precision, hence the
 *       estimate.</li>
 *   <li>d ≥ 3: quasi-Monte Carlo, {@value #QMC_SHIFTS} independently shifted Halton sets of
 *       {@value #QMC_POINTS} particles each (antithetic in V); the result is their mean, the error estimate its largest
 *       standard error (sample standard deviation over shifts / √shifts).</li>
 * </ul>
 */
public final class DepthOneFeatureLearningLimit {

    /** The largest d done by tensor quadrature. */
    static final int MAX_QUADRATURE_INPUT_DIM = 2;
    /** Tensor-grid budget: the higher order is the largest m ≤ {@value #MAX_ORDER} with m^dim ≤ this. */
    static final int MAX_GRID_POINTS = 1 << 14;
    static final int MAX_ORDER = 64;
    static final int QMC_SHIFTS = 8;
    static final int QMC_POINTS = 1024;

    private DepthOneFeatureLearningLimit() {
    }

    /**
     * Whether p is, up to the symmetry shift, μP at depth 1: canonical form (c = 0) with
     * {@code a = (−1/2, 1/2)}, {@code b_1 = 1/2} and {@code b_2 ≥ 1/2} ({@code b_2 > 1/2}, e.g. a zero readout,
     * makes {@code V_0 = n^{1/2−b_2} N(0,1) → 0}).
     */
    public static boolean appliesTo(Parametrization p) {
        if (p.depth() != 1) {
            return false;
        }
        Parametrization canonical = p.canonical();
        Parametrization mup = Preset.MUP.at(1, p.activation());
        return canonical.a().equals(mup.a()) && canonical.b(1).equals(mup.b(1))
                && canonical.b(2).compareTo(Exponent.HALF) >= 0;
    }

    /** Whether {@code V_0 = 0} in the limit ({@code b_2 > 1/2} in canonical form, e.g. a zero readout). */
    static boolean readoutVanishesAtStart(Parametrization p) {
        return p.canonical().b(2).compareTo(Exponent.HALF) > 0;
    }

    /**
     * The limit on the training and evaluation inputs for t = 0..steps.
     *
     * @param seed seeds the random shifts of quasi-Monte Carlo (unused by the exact methods)
     */
    static LimitResult compute(Parametrization p, TrainingData data, double[][] evalInputs, double learningRate,
            int steps, long seed) {
        if (!appliesTo(p)) {
            throw new IllegalArgumentException("the exact feature-learning limit is for depth-1 μP (or MFP) only");
        }
        boolean zeroReadout = readoutVanishesAtStart(p);
        int d = data.inputDim();
        if (p.activation() == Activation.IDENTITY) {
            Trajectory f = new LinearNetworkLimit(data, learningRate).train(evalInputs, steps, zeroReadout);
            return new LimitResult(LimitKind.FEATURE_LEARNING_EXACT,
                    "Depth-1 μP limit of a linear network: the exact recursion of TP4 Corollary 6.2 in d = " + d
                            + " dimensions.", Optional.empty(), Optional.of(f), OptionalDouble.empty());
        }
        DepthOneDynamics dynamics = new DepthOneDynamics(p.activation(), data, learningRate);
        int dim = zeroReadout ? d : d + 1;
        if (d <= MAX_QUADRATURE_INPUT_DIM) {
            int high = highOrder(dim);
            int low = (3 * high) / 4;
            Trajectory fine = dynamics.train(ParticleSets.tensorGaussHermite(d, zeroReadout, high), evalInputs, steps);
            Trajectory coarse = dynamics.train(ParticleSets.tensorGaussHermite(d, zeroReadout, low), evalInputs, steps);
            double error = Math.max(maxAbsDifference(fine.train(), coarse.train()),
                    maxAbsDifference(fine.eval(), coarse.eval()));
            return new LimitResult(LimitKind.FEATURE_LEARNING_EXACT, String.format(java.util.Locale.ROOT,
                    "Depth-1 μP limit (TP4 Theorem 6.1) by %d-dimensional tensor Gauss–Hermite quadrature of order %d;"
                            + " error estimate %.2g (largest change of f_t from order %d).", dim, high, error, low),
                    Optional.empty(), Optional.of(fine), OptionalDouble.of(error));
        }
        return quasiMonteCarlo(dynamics, d, zeroReadout, evalInputs, steps, seed);
    }

    private static LimitResult quasiMonteCarlo(DepthOneDynamics dynamics, int d, boolean zeroReadout,
            double[][] evalInputs, int steps, long seed) {
        Trajectory[] runs = new Trajectory[QMC_SHIFTS];
        java.util.SplittableRandom seeds = new java.util.SplittableRandom(seed);
        for (int s = 0; s < QMC_SHIFTS; s++) {
            runs[s] = dynamics.train(ParticleSets.shiftedHalton(d, zeroReadout, QMC_POINTS, seeds.nextLong()),
                    evalInputs, steps);
        }
        double[][] train = mean(runs, Trajectory::train);
        double[][] eval = mean(runs, Trajectory::eval);
        double error = Math.max(maxStandardError(runs, Trajectory::train, train),
                maxStandardError(runs, Trajectory::eval, eval));
        double[] lossCurve = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            lossCurve[t] = dynamics.data().loss().mean(train[t], dynamics.data().targets());
        }
        return new LimitResult(LimitKind.QUASI_MONTE_CARLO, String.format(java.util.Locale.ROOT,
                "Depth-1 μP limit (TP4 Theorem 6.1) by quasi-Monte Carlo in %d dimensions: %d randomly shifted Halton"
                        + " sets of %d particles (antithetic in V); standard error up to %.2g.", zeroReadout ? d : d + 1, QMC_SHIFTS,
                QMC_POINTS, error), Optional.empty(), Optional.of(new Trajectory(train, eval, lossCurve)),
                OptionalDouble.of(error));
    }

    static int highOrder(int dim) {
        int m = (int) Math.floor(Math.pow(MAX_GRID_POINTS, 1.0 / dim) + 1e-9);
        return Math.min(MAX_ORDER, m);
    }

    private static double[][] mean(Trajectory[] runs, java.util.function.Function<Trajectory, double[][]> part) {
        double[][] sum = part.apply(runs[0]);
        for (int s = 1; s < runs.length; s++) {
            double[][] x = part.apply(runs[s]);
            for (int t = 0; t < sum.length; t++) {
                for (int i = 0; i < sum[t].length; i++) {
                    sum[t][i] += x[t][i];
                }
            }
        }
        for (double[] row : sum) {
            for (int i = 0; i < row.length; i++) {
                row[i] /= runs.length;
            }
        }
        return sum;
    }

    private static double maxStandardError(Trajectory[] runs, java.util.function.Function<Trajectory, double[][]> part,
            double[][] mean) {
        double[][] ss = new double[mean.length][];
        for (int t = 0; t < mean.length; t++) {
            ss[t] = new double[mean[t].length];
        }
        for (Trajectory run : runs) {
            double[][] x = part.apply(run);
            for (int t = 0; t < mean.length; t++) {
                for (int i = 0; i < mean[t].length; i++) {
                    ss[t][i] += (x[t][i] - mean[t][i]) * (x[t][i] - mean[t][i]);
                }
            }
        }
        double max = 0;
        for (double[] row : ss) {
            for (double v : row) {
                max = Math.max(max, Math.sqrt(v / (runs.length - 1) / runs.length));
            }
        }
        return max;
    }

    private static double maxAbsDifference(double[][] a, double[][] b) {
        double max = 0;
        for (int t = 0; t < a.length; t++) {
            for (int i = 0; i < a[t].length; i++) {
                max = Math.max(max, Math.abs(a[t][i] - b[t][i]));
            }
        }
        return max;
    }
}
