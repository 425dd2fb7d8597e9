package org.widthlab.limits;

/** The one dot product of the package. */
final class Vectors {

    private Vectors() {
    }

    /** {@code Σ_k x_k y_k}; the caller checks that the lengths agree (see {@link #requireSameLength}). */
    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += x[k] * y[k];
        }
        return s;
    }

    /** @throws IllegalArgumentException naming both dimensions when x and y differ in length */
    static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("inputs of different dimensions: " + x.length + " and " + y.length);
        }
    }
}
