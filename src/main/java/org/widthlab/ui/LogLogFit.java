package org.widthlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/**
 * The measured width exponent of a size: the least-squares slope of log(size) against log(n) over
 * the larger half of the widths (at least three when there are three; finite-width corrections
 * shrink like n^{−1/2}, THEORY.md §6). Sizes that are not positive and finite are left out.
 */
final class LogLogFit {

    static final int MIN_POINTS = 3;

    private LogLogFit() {
    }

    /** The slope, or empty with fewer than two usable widths. */
    static OptionalDouble slope(NavigableMap<Integer, Double> sizeByWidth) {
        List<double[]> points = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : sizeByWidth.entrySet()) {
            if (e.getValue() > 0 && Double.isFinite(e.getValue())) {
                points.add(new double[] {Math.log(e.getKey()), Math.log(e.getValue())});
            }
        }
        int keep = Math.min(points.size(), Math.max(MIN_POINTS, (points.size() + 1) / 2));
        List<double[]> used = points.subList(points.size() - keep, points.size());
        if (used.size() < 2) {
            return OptionalDouble.empty();
        }
        double mx = used.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = used.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : used) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return OptionalDouble.of(sxy / sxx);
    }
}
