package org.widthlab.limits;

/**
 * How fast finite-width curves approach the limit's: for each width n the distance
 * {@code D(n) = √(mean_{t,i} (f^n_t(ξ_i) − f^∞_t(ξ_i))²)} (root mean square over steps and inputs), and the
 * log-log least-squares slope of D against n (≈ −1/2 expected: finite-width fluctuations are
 * {@code Θ(n^{−1/2})}, theory.md §6).
 *
 * @param widths    the widths n
 * @param distances D(n) per width
 * @param slope     the fitted slope of log D against log n
 */
public record Convergence(int[] widths, double[] distances, double slope) {

    public Convergence {
        widths = widths.clone();
        distances = distances.clone();
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public double[] distances() {
        return distances.clone();
    }

    /**
     * The convergence of loss curves: {@code lossCurves[w][t]} at width {@code widths[w]} against the limit's
     * {@code limitLoss[t]} (D(n) is then the root mean square over the steps).
     */
    public static Convergence ofLossCurves(int[] widths, double[][] lossCurves, double[] limitLoss) {
        double[][][] curves = new double[lossCurves.length][][];
        for (int w = 0; w < lossCurves.length; w++) {
            curves[w] = column(lossCurves[w]);
        }
        return of(widths, curves, column(limitLoss));
    }

    private static double[][] column(double[] values) {
        double[][] out = new double[values.length][1];
        for (int t = 0; t < values.length; t++) {
            out[t][0] = values[t];
        }
        return out;
    }

    /**
     * @param widths the widths (at least two different ones)
     * @param curves {@code curves[w][t][i]} at width {@code widths[w]} (e.g. seed-averaged {@code f_t}, or a loss
     *               curve as {@code [t][0]})
     * @param limit  {@code limit[t][i]}, the same shape
     */
    public static Convergence of(int[] widths, double[][][] curves, double[][] limit) {
        if (curves.length != widths.length) {
            throw new IllegalArgumentException(widths.length + " widths but " + curves.length + " curves");
        }
        double[] distances = new double[widths.length];
        double[] logN = new double[widths.length];
        double[] logD = new double[widths.length];
        for (int w = 0; w < widths.length; w++) {
            distances[w] = rmsDifference(curves[w], limit);
            logN[w] = Math.log(widths[w]);
            logD[w] = Math.log(distances[w]);
        }
        return new Convergence(widths, distances, LeastSquaresLine.fit(logN, logD).slope());
    }

    static double rmsDifference(double[][] a, double[][] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("curves of " + a.length + " and " + b.length + " steps");
        }
        double s = 0;
        int count = 0;
        for (int t = 0; t < a.length; t++) {
            if (a[t].length != b[t].length) {
                throw new IllegalArgumentException("curves of different numbers of inputs at step " + t);
            }
            for (int i = 0; i < a[t].length; i++) {
                double diff = a[t][i] - b[t][i];
                s += diff * diff;
                count++;
            }
        }
        return Math.sqrt(s / count);
    }
}
