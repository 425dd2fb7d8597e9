package org.widthlab.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.widthlab.theory.PredictedExponents;
import org.widthlab.theory.Scaling;
import org.widthlab.theory.Verdict;

/**
 * Log-log slope fits of a sweep's measurements against width, beside the predictions of
 * {@link Verdict} (theory.md §6: step 1 uses {@code firstStep}, steps t ≥ 2 {@code laterSteps}).
 * Values are averaged over seeds first (non-finite values, and those of a step where the run diverged,
 * left out); widths whose average is exactly zero or non-finite, or where every seed diverged, are left out
 * of the fit and counted. Each seed is also fitted alone, over all its
 * widths, for the seed-to-seed spread of the slope.
 */
public final class SlopeFits {

    private SlopeFits() {
    }

    /** One fit per (quantity, layer, step) present in {@code measurements}, in quantity, layer, step order. */
    public static List<FittedSlope> fit(Verdict verdict, Collection<Measurement> measurements) {
        Map<Key, TreeMap<Integer, Map<Long, Double>>> values = new TreeMap<>();
        Map<Key, Set<Integer>> divergedWidths = new TreeMap<>();
        for (Measurement m : measurements) {
            if (m.diverged()) {
                divergedWidths.computeIfAbsent(new Key(m.quantity(), m.layer(), m.step()), k -> new TreeSet<>())
                        .add(m.width());
                values.computeIfAbsent(new Key(m.quantity(), m.layer(), m.step()), k -> new TreeMap<>());
                continue;
            }
            values.computeIfAbsent(new Key(m.quantity(), m.layer(), m.step()), k -> new TreeMap<>())
                    .computeIfAbsent(m.width(), w -> new TreeMap<>()).put(m.seed(), m.value());
        }
        List<FittedSlope> fits = new ArrayList<>();
        values.forEach((key, byWidth) -> {
            List<Integer> widths = new ArrayList<>();
            List<Double> means = new ArrayList<>();
            Map<Long, List<Integer>> seedWidths = new TreeMap<>();
            Map<Long, List<Double>> seedValues = new TreeMap<>();
            int zeros = 0;
            for (Map.Entry<Integer, Map<Long, Double>> entry : byWidth.entrySet()) {
                double mean = entry.getValue().values().stream().filter(Double::isFinite).mapToDouble(Double::doubleValue)
                        .average().orElse(Double.NaN);
                if (mean == 0) {
                    zeros++;
                } else if (Double.isFinite(mean) && mean > 0) {
                    widths.add(entry.getKey());
                    means.add(mean);
                }
                entry.getValue().forEach((seed, value) -> {
                    if (Double.isFinite(value) && value > 0) {
                        seedWidths.computeIfAbsent(seed, s -> new ArrayList<>()).add(entry.getKey());
                        seedValues.computeIfAbsent(seed, s -> new ArrayList<>()).add(value);
                    }
                });
            }
            List<Double> seedSlopes = new ArrayList<>();
            seedWidths.forEach((seed, w) -> {
                if (w.size() >= 2) {
                    seedSlopes.add(slope(w, seedValues.get(seed), w.size()));
                }
            });
            int largest = largestCount(widths.size());
            Scaling predicted = predicted(verdict, key.quantity, key.layer, key.step);
            fits.add(new FittedSlope(key.quantity, key.layer, key.step, widths, means, slope(widths, means, widths.size()),
                    slope(widths, means, largest), largest, seedSlopes, predicted,
                    predictionNote(verdict, key.quantity, key.step), zeros,
                    divergedWidths.getOrDefault(key, Set.of()).size()));
        });
        return fits;
    }

    /**
     * What a reader must know before comparing the fit with the prediction: why nothing is predicted for a
     * quantity the theory otherwise covers (an unstable net after step 1), or, for the feature kernel change,
     * that its zero-mean part decays only a little faster and outweighs it at moderate widths (theory.md §6).
     */
    static String predictionNote(Verdict verdict, Quantity quantity, int step) {
        boolean covered = quantity != Quantity.LOSS && quantity != Quantity.NTK_CHANGE;
        if (covered && step >= 2 && verdict.laterSteps().isEmpty()) {
            return verdict.laterStepsNote();
        }
        if (quantity == Quantity.FEATURE_KERNEL_CHANGE && step >= 1) {
            return verdict.atStep(step).filter(PredictedExponents::featureKernelFluctuationSubleading)
                    .map(SlopeFits::fluctuationNote).orElse("");
        }
        return "";
    }

    /** "The zero-mean cross term 2x₀·Δx/n, Θ(n^−1/2), can outweigh Θ(1) at moderate widths …". */
    private static String fluctuationNote(PredictedExponents e) {
        Scaling fluctuation = e.featureKernelFluctuation();
        Scaling change = e.featureKernelChange();
        return "The zero-mean cross term 2x₀·Δx/n, " + fluctuation + ", can outweigh " + change
                + " at moderate widths and early steps: expect slopes between "
                + fluctuation.exponent().toDisplayString() + " and " + change.exponent().toDisplayString();
    }

    /** How many of the largest widths the second fit uses: the larger half, at least two. */
    static int largestCount(int widths) {
        return Math.min(widths, Math.max(2, (widths + 1) / 2));
    }

    /** The least-squares slope of log(value) against log(width) over the last {@code count} points; NaN below two. */
    public static double slope(List<Integer> widths, List<Double> values, int count) {
        int size = widths.size();
        if (count < 2 || size < 2) {
            return Double.NaN;
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = size - count; i < size; i++) {
            double x = Math.log(widths.get(i));
            double y = Math.log(values.get(i));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (count * sxy - sx * sy) / (count * sxx - sx * sx);
    }

    /**
     * The predicted scaling of a quantity at step t (theory.md §6), or null when the theory predicts none:
     * at t = 0 the initial sizes (changes are exactly zero), at t ≥ 1 {@link Verdict#atStep}.
     */
    public static Scaling predicted(Verdict verdict, Quantity quantity, int layer, int step) {
        if (step == 0) {
            return switch (quantity) {
                case H -> verdict.initialPreactivations().get(layer - 1);
                case X -> Scaling.CONSTANT.equals(verdict.initialPreactivations().get(layer - 1))
                        ? Scaling.CONSTANT : null;
                case F -> verdict.initialOutput();
                case DELTA_H, DELTA_X, OWN_UPDATE, FEATURE_KERNEL_CHANGE, DELTA_F -> Scaling.EXACTLY_ZERO;
                case LOSS, NTK_CHANGE -> null;
            };
        }
        PredictedExponents e = verdict.atStep(step).orElse(null);
        if (e == null) {
            return null;
        }
        return switch (quantity) {
            case H -> e.h().get(layer - 1);
            case X -> e.x().get(layer - 1);
            case DELTA_H -> e.deltaH().get(layer - 1);
            case DELTA_X -> e.deltaX().get(layer - 1);
            case OWN_UPDATE -> e.ownUpdate().get(layer - 1);
            case FEATURE_KERNEL_CHANGE -> e.featureKernelChange();
            case F -> e.f();
            case DELTA_F -> e.deltaF();
            case LOSS, NTK_CHANGE -> null;
        };
    }

    private record Key(Quantity quantity, int layer, int step) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = quantity.compareTo(o.quantity);
            if (c == 0) {
                c = Integer.compare(layer, o.layer);
            }
            return c != 0 ? c : Integer.compare(step, o.step);
        }
    }
}
