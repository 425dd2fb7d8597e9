package org.widthlab.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/**
 * Views of a tidy measurement table for the training chart: the mean over seeds of a quantity
 * against step at one width, and where runs diverged. (Against width, with slopes, the engine's
 * {@code SlopeFits} does it.) Non-finite values are left out of the mean; a point with none left is
 * absent.
 */
final class SeedMeans {

    private SeedMeans() {
    }

    /** step → mean over seeds of {@code quantity} (whole-network) at {@code width}. */
    static NavigableMap<Integer, Double> againstStep(List<Measurement> measurements, Quantity quantity, int width) {
        NavigableMap<Integer, double[]> sums = new TreeMap<>();
        for (Measurement m : measurements) {
            if (m.quantity() == quantity && m.width() == width && Double.isFinite(m.value())) {
                double[] sum = sums.computeIfAbsent(m.step(), s -> new double[2]);
                sum[0] += m.value();
                sum[1]++;
            }
        }
        return means(sums);
    }

    /** The first step at which some seed of {@code width} had diverged, or -1. */
    static int firstDivergedStep(List<Measurement> measurements, int width) {
        return measurements.stream().filter(m -> m.width() == width && m.diverged()).mapToInt(Measurement::step).min()
                .orElse(-1);
    }

    static List<Integer> widths(List<Measurement> measurements) {
        return new ArrayList<>(new TreeSet<>(measurements.stream().map(Measurement::width).toList()));
    }

    /** The largest step measured, or -1 when there is nothing. */
    static int lastStep(List<Measurement> measurements) {
        return measurements.stream().mapToInt(Measurement::step).max().orElse(-1);
    }

    private static NavigableMap<Integer, Double> means(NavigableMap<Integer, double[]> sums) {
        NavigableMap<Integer, Double> means = new TreeMap<>();
        sums.forEach((key, sum) -> means.put(key, sum[0] / sum[1]));
        return means;
    }
}
