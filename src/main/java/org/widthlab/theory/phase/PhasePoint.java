package org.widthlab.theory.phase;

import java.util.Objects;
import org.widthlab.theory.Exponent;

/** A point of a phase-diagram slice: exact values of the horizontal and vertical exponent. */
public record PhasePoint(Exponent x, Exponent y) {

    public PhasePoint {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.isInfinite() || y.isInfinite()) {
            throw new IllegalArgumentException("a point of a slice has finite coordinates, got (" + x + ", " + y + ")");
        }
    }

    PhasePoint plus(PhasePoint other) {
        return new PhasePoint(x.plus(other.x), y.plus(other.y));
    }

    PhasePoint minus(PhasePoint other) {
        return new PhasePoint(x.minus(other.x), y.minus(other.y));
    }

    PhasePoint times(Exponent factor) {
        return new PhasePoint(x.times(factor), y.times(factor));
    }

    /** The z-component of the cross product {@code this × other}: twice the signed area they span. */
    Exponent cross(PhasePoint other) {
        return x.times(other.y).minus(y.times(other.x));
    }

    public double xDouble() {
        return x.toDouble();
    }

    public double yDouble() {
        return y.toDouble();
    }
}
