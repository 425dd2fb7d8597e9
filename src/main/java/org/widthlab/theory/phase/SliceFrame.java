package org.widthlab.theory.phase;

import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;

/**
 * Where a slice lies in abc space: every exponent as in {@code center}, except the two on the axes.
 *
 * @param center the parametrization the slice passes through
 * @param x      the exponent on the horizontal axis
 * @param y      the exponent on the vertical axis
 */
public record SliceFrame(Parametrization center, ExponentAxis x, ExponentAxis y) {

    public SliceFrame {
        if (x.equals(y)) {
            throw new IllegalArgumentException("choose two different exponents for the axes");
        }
        if (x.get(center).isInfinite() || y.get(center).isInfinite()) {
            throw new IllegalArgumentException("an infinite exponent cannot vary on a slice");
        }
    }

    /** The parametrization at (x, y). */
    public Parametrization at(Exponent xValue, Exponent yValue) {
        return y.with(x.with(center, xValue), yValue);
    }

    public Parametrization at(PhasePoint point) {
        return at(point.x(), point.y());
    }

    /** Where {@code p} lies on this slice, if it lies on it (its other exponents equal the centre's). */
    public java.util.Optional<PhasePoint> locate(Parametrization p) {
        if (p.depth() != center.depth() || x.get(p).isInfinite() || y.get(p).isInfinite()) {
            return java.util.Optional.empty();
        }
        PhasePoint point = new PhasePoint(x.get(p), y.get(p));
        return at(point).equals(p.withActivation(center.activation())) ? java.util.Optional.of(point)
                : java.util.Optional.empty();
    }

    public PhasePoint centerPoint() {
        return new PhasePoint(x.get(center), y.get(center));
    }
}
