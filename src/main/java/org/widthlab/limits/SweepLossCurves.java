package org.widthlab.limits;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/**
 * Training-loss curves from a width sweep, per width, for comparison with a limit ({@link Convergence#ofLossCurves})
 * or for an extrapolation ({@link LimitCalculator#extrapolatedLoss}): one seed's, or the mean over the sweep's
 * seeds. A width where a run diverged, or did not reach every step, is left out.
 *
 * @param widths the widths with a complete, finite curve, increasing
 * @param curves {@code curves[w][t]}: the loss at width {@code widths[w]}, step t = 0..T
 */
public record SweepLossCurves(int[] widths, double[][] curves) {

    /**
     * One seed's curves.
     *
     * @param measurements a sweep's measurements (any order; other quantities are ignored)
     * @param seed         the seed whose curves to take (each seed of a sweep trains on its own data)
     * @param steps        T
     */
    public static SweepLossCurves from(List<Measurement> measurements, long seed, int steps) {
        return meanOver(measurements.stream().filter(m -> m.seed() == seed).toList(), steps);
    }

    /**
     * The mean over seeds at each width and step, as the training chart draws the finite widths; a width is kept
     * only when every seed of the sweep has a complete, finite curve there.
     *
     * @param measurements a sweep's measurements (any order; other quantities are ignored)
     * @param steps        T
     */
    public static SweepLossCurves meanOverSeeds(List<Measurement> measurements, int steps) {
        return meanOver(measurements, steps);
    }

    private static SweepLossCurves meanOver(List<Measurement> measurements, int steps) {
        Set<Long> seeds = new TreeSet<>();
        Map<Integer, Map<Long, double[]>> byWidth = new TreeMap<>();
        Set<Integer> bad = new TreeSet<>();
        for (Measurement m : measurements) {
            if (m.quantity() != Quantity.LOSS || m.step() > steps) {
                continue;
            }
            seeds.add(m.seed());
            double[] curve = byWidth.computeIfAbsent(m.width(), w -> new TreeMap<>())
                    .computeIfAbsent(m.seed(), s -> filled(steps + 1));
            curve[m.step()] = m.value();
            if (m.diverged() || !Double.isFinite(m.value())) {
                bad.add(m.width());
            }
        }
        byWidth.entrySet().removeIf(e -> bad.contains(e.getKey()) || !e.getValue().keySet().equals(seeds)
                || e.getValue().values().stream().flatMapToDouble(Arrays::stream).anyMatch(Double::isNaN));
        double[][] curves = byWidth.values().stream().map(perSeed -> mean(perSeed.values(), steps + 1))
                .toArray(double[][]::new);
        return new SweepLossCurves(byWidth.keySet().stream().mapToInt(Integer::intValue).toArray(), curves);
    }

    private static double[] mean(java.util.Collection<double[]> curves, int length) {
        double[] sum = new double[length];
        for (double[] curve : curves) {
            for (int t = 0; t < length; t++) {
                sum[t] += curve[t];
            }
        }
        for (int t = 0; t < length; t++) {
            sum[t] /= curves.size();
        }
        return sum;
    }

    private static double[] filled(int length) {
        double[] a = new double[length];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
