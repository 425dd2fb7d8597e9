package org.widthlab.store;

import java.util.List;
import java.util.Objects;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

/**
 * One finished cell of a grid as the store keeps it: one training run (one experiment, one width, one
 * seed) and everything measured along it.
 *
 * @param key          the content hash of everything that decides the cell's numbers (the grid computes it)
 * @param settings     what the cell is, as a JSON text (readable by anyone who opens the store)
 * @param width        n
 * @param seed         the seed of the run
 * @param measurements every measurement of the run, as {@code sweep} writes them (a diverged run ends at
 *                     the step marked diverged)
 * @param seconds      wall time the cell took to compute
 * @param kernel       the matrix kernel that computed it (numbers agree across kernels to float32 rounding)
 */
public record StoredCell(String key, String settings, int width, long seed, List<Measurement> measurements,
        double seconds, String kernel) {

    public StoredCell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(kernel, "kernel");
        measurements = List.copyOf(measurements);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a stored cell needs its measurements");
        }
    }

    /** Whether the run diverged (its last step is marked so). */
    public boolean diverged() {
        return measurements.get(measurements.size() - 1).diverged();
    }

    /** The last step that was measured (T, or the step at which the run diverged). */
    public int lastStep() {
        return measurements.get(measurements.size() - 1).step();
    }

    /**
     * The value of {@code quantity} (at {@code layer}, 0 for none) at the last measured step; +∞ for a run
     * that diverged (a diverged run's loss is worse than any other), NaN when it was not measured.
     */
    public double finalValue(Quantity quantity, int layer) {
        if (diverged()) {
            return Double.POSITIVE_INFINITY;
        }
        int last = lastStep();
        for (int i = measurements.size() - 1; i >= 0 && measurements.get(i).step() == last; i--) {
            Measurement m = measurements.get(i);
            if (m.quantity() == quantity && m.layer() == layer) {
                return m.value();
            }
        }
        return Double.NaN;
    }

    /** The final training loss; +∞ for a run that diverged. */
    public double finalLoss() {
        return finalValue(Quantity.LOSS, 0);
    }
}
