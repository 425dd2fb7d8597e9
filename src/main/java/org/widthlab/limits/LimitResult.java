package org.widthlab.limits;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An n = ∞ curve (or the reason there is none). Immutable.
 *
 * @param kind           how it was obtained
 * @param explanation    one or two sentences: the method, its error estimate, or why there is no limit
 * @param kernels        NNGP/NTK/limiting kernel on the training inputs (kernel regime only)
 * @param trajectory     {@code f_t} and the loss for t = 0..T; empty when kind is {@link LimitKind#NONE}
 * @param errorEstimate  for quadrature: the largest change of {@code f_t} between two orders; for
 *                       quasi-Monte Carlo: the largest standard error over independent shifts
 */
public record LimitResult(LimitKind kind, String explanation, Optional<LimitKernels> kernels,
        Optional<Trajectory> trajectory, OptionalDouble errorEstimate) {

    public LimitResult {
        if ((kind == LimitKind.NONE) != trajectory.isEmpty()) {
            throw new IllegalArgumentException("a trajectory is given exactly when there is a limit");
        }
    }

    /** The legend text for the limit's curve. */
    public String label() {
        return kind.label();
    }

    /** The limit's training-loss curve, t = 0..T (empty for {@link LimitKind#NONE}). */
    public Optional<double[]> lossCurve() {
        return trajectory.map(Trajectory::loss);
    }
}
