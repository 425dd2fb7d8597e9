package org.widthlab.limits;

/**
 * The least-squares line {@code y ≈ intercept + slope·x} through points (x_k, y_k), by the normal
 * equations: {@code slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)²}, {@code intercept = ȳ − slope·x̄}.
 *
 * @param intercept the fitted value at x = 0
 * @param slope     the fitted slope
 */
public record LeastSquaresLine(double intercept, double slope) {

    public static LeastSquaresLine fit(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a line needs at least 2 points with x and y, got " + x.length
                    + " and " + y.length);
        }
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k];
            my += y[k];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a line needs at least two different x values");
        }
        double slope = sxy / sxx;
        return new LeastSquaresLine(my - slope * mx, slope);
    }
}
