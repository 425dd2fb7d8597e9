package org.widthlab.limits;

/**
 * An extrapolation of finite-width values to n = ∞, <em>not</em> a limit (theory.md §7: deep nonlinear
 * feature learning has no cheap exact limit): the least-squares fit {@code v(n) = v_∞ + k n^{−1/2}}
 * (finite-width corrections shrink like {@code n^{−1/2}}, theory.md §6), i.e. a line in
 * {@code x = n^{−1/2}} whose intercept is {@code v_∞}.
 */
public final class Extrapolation {

    private Extrapolation() {
    }

    /** {@code v_∞} and {@code k} from values at the given widths (at least two different widths). */
    public static LeastSquaresLine fit(int[] widths, double[] values) {
        double[] x = new double[widths.length];
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] < 1) {
                throw new IllegalArgumentException("widths must be positive, got " + widths[k]);
            }
            x[k] = 1 / Math.sqrt(widths[k]);
        }
        return LeastSquaresLine.fit(x, values);
    }

    /**
     * Extrapolates whole curves: {@code curves[w][t][i]} is the value at width {@code widths[w]}, step t,
     * input i; each (t, i) is fitted on its own.
     */
    public static double[][] curves(int[] widths, double[][][] curves) {
        if (curves.length != widths.length) {
            throw new IllegalArgumentException(widths.length + " widths but " + curves.length + " curves");
        }
        int steps = curves[0].length;
        int inputs = curves[0][0].length;
        double[][] out = new double[steps][inputs];
        double[] values = new double[widths.length];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < inputs; i++) {
                for (int w = 0; w < widths.length; w++) {
                    values[w] = curves[w][t][i];
                }
                out[t][i] = fit(widths, values).intercept();
            }
        }
        return out;
    }
}
