package org.widthlab.ui;

import java.util.Optional;
import org.widthlab.engine.Quantity;
import org.widthlab.theory.PredictedExponents;
import org.widthlab.theory.Scaling;
import org.widthlab.theory.Verdict;

/** Which of the theory core's predicted scalings belongs beside a measured quantity. */
final class Predictions {

    private Predictions() {
    }

    /**
     * The predicted width scaling of {@code quantity} at {@code layer} (1..L, or 0) and {@code step},
     * or empty when the theory predicts none for it (the loss, the NTK change, anything when unstable
     * at initialization).
     */
    static Optional<Scaling> of(Verdict verdict, Quantity quantity, int layer, int step) {
        if (step == 0) {
            return switch (quantity) {
                case H -> Optional.of(verdict.initialPreactivations().get(layer - 1));
                case F -> Optional.ofNullable(verdict.initialOutput());
                default -> Optional.empty();
            };
        }
        return verdict.atStep(step).flatMap(p -> select(p, quantity, layer));
    }

    private static Optional<Scaling> select(PredictedExponents p, Quantity quantity, int layer) {
        return Optional.ofNullable(switch (quantity) {
            case H -> p.h().get(layer - 1);
            case X -> p.x().get(layer - 1);
            case DELTA_H -> p.deltaH().get(layer - 1);
            case OWN_UPDATE -> p.ownUpdate().get(layer - 1);
            case FEATURE_KERNEL_CHANGE -> p.featureKernelChange();
            case F -> p.f();
            case DELTA_F -> p.deltaF();
            case LOSS, NTK_CHANGE -> null;
        });
    }

    /** "−1/2", "0", or "exactly 0" for a size that is identically zero. */
    static String describe(Scaling s) {
        return s.isExactlyZero() ? "exactly 0" : s.exponent().toDisplayString();
    }
}
