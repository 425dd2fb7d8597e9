package org.widthlab.limits;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/**
 * One seed's training-loss curves from a width sweep, per width, for comparison with a limit
 * ({@link Convergence#ofLossCurves}) or for an extrapolation ({@link LimitCalculator#extrapolatedLoss}). A
 * width whose run diverged, or did not reach every step, is left out.
 *
 * @param widths the widths with a complete, finite curve, increasing
 * @param curves {@code curves[w][t]}: the loss at width {@code widths[w]}, step t = 0..T
 */
public record SweepLossCurves(int[] widths, double[][] curves) {

    /**
     * @param measurements a sweep's measurements (any order; other quantities are ignored)
     * @param seed         the seed whose curves to take (each seed of a sweep trains on its own data)
     * @param steps        T
     */
    public static SweepLossCurves from(List<Measurement> measurements, long seed, int steps) {
        Map<Integer, double[]> byWidth = new TreeMap<>();
        Map<Integer, Boolean> bad = new TreeMap<>();
        for (Measurement m : measurements) {
            if (m.quantity() != Quantity.LOSS || m.seed() != seed || m.step() > steps) {
                continue;
            }
            double[] curve = byWidth.computeIfAbsent(m.width(), w -> filled(steps + 1));
            curve[m.step()] = m.value();
            if (m.diverged() || !Double.isFinite(m.value())) {
                bad.put(m.width(), true);
            }
        }
        byWidth.entrySet().removeIf(e -> bad.containsKey(e.getKey())
                || java.util.Arrays.stream(e.getValue()).anyMatch(Double::isNaN));
        return new SweepLossCurves(byWidth.keySet().stream().mapToInt(Integer::intValue).toArray(),
                byWidth.values().toArray(double[][]::new));
    }

    private static double[] filled(int length) {
        double[] a = new double[length];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
