package org.widthlab.theory.phase;

import java.util.ArrayList;
import java.util.List;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;

/**
 * One coordinate of abc space that the phase diagram can put on an axis: {@code a_l}, {@code b_l}
 * (l = 1..L+1) or {@code c}.
 *
 * @param kind  which family
 * @param layer 1..L+1 for a and b; 0 for c
 */
public record ExponentAxis(Kind kind, int layer) {

    public enum Kind { A, B, C }

    public static final ExponentAxis C = new ExponentAxis(Kind.C, 0);

    public static ExponentAxis a(int layer) {
        return new ExponentAxis(Kind.A, layer);
    }

    public static ExponentAxis b(int layer) {
        return new ExponentAxis(Kind.B, layer);
    }

    /** Every coordinate of a depth-L parametrization that can vary on a slice (not an infinite b_{L+1}). */
    public static List<ExponentAxis> all(Parametrization p) {
        List<ExponentAxis> axes = new ArrayList<>();
        axes.add(C);
        for (int l = 1; l <= p.depth() + 1; l++) {
            axes.add(a(l));
        }
        for (int l = 1; l <= p.depth() + 1; l++) {
            if (p.b(l).isFinite()) {
                axes.add(b(l));
            }
        }
        return axes;
    }

    public Exponent get(Parametrization p) {
        return switch (kind) {
            case A -> p.a(layer);
            case B -> p.b(layer);
            case C -> p.c();
        };
    }

    /** {@code p} with this coordinate set to {@code value}. */
    public Parametrization with(Parametrization p, Exponent value) {
        List<Exponent> a = new ArrayList<>(p.a());
        List<Exponent> b = new ArrayList<>(p.b());
        Exponent c = p.c();
        switch (kind) {
            case A -> a.set(layer - 1, value);
            case B -> b.set(layer - 1, value);
            case C -> c = value;
        }
        return new Parametrization(p.depth(), a, b, c, p.activation());
    }

    /** "a_4", "c". */
    public String symbol() {
        return kind == Kind.C ? "c" : (kind == Kind.A ? "a_" : "b_") + layer;
    }

    /** "a_{4}", "c": the symbol as LaTeX. */
    public String latex() {
        return kind == Kind.C ? "c" : (kind == Kind.A ? "a_{" : "b_{") + layer + "}";
    }

    /** "readout multiplier": what this coordinate scales, at depth L. */
    public String meaning(int depth) {
        String where = layer == 1 ? "input layer" : layer == depth + 1 ? "readout" : "layer " + layer;
        return switch (kind) {
            case A -> where + " multiplier";
            case B -> where + " initialization";
            case C -> "learning rate";
        };
    }

    /** "a_4 (readout multiplier)": the symbol and what it scales, at depth L. */
    public String describe(int depth) {
        return symbol() + "  (" + meaning(depth) + ")";
    }

    @Override
    public String toString() {
        return symbol();
    }
}
