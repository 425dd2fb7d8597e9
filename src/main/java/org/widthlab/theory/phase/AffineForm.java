package org.widthlab.theory.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;

/**
 * An affine function {@code α x + β y + γ} of the two exponents of a slice, with exact coefficients.
 * Every quantity the classification compares (ω, 2a_{L+1} + c, a_l + b_l, each piece of r_l) is affine
 * in the exponents (theory.md §3), so on a slice it is one of these.
 */
public record AffineForm(Exponent alpha, Exponent beta, Exponent gamma) {

    /**
     * The form that {@code quantity} takes on the slice: it is read off the quantity at three points,
     * which determines an affine function exactly. {@code quantity} must be affine and finite on the slice.
     */
    static AffineForm of(Function<Parametrization, Exponent> quantity, SliceFrame frame) {
        Exponent origin = quantity.apply(frame.at(Exponent.ZERO, Exponent.ZERO));
        Exponent alongX = quantity.apply(frame.at(Exponent.ONE, Exponent.ZERO)).minus(origin);
        Exponent alongY = quantity.apply(frame.at(Exponent.ZERO, Exponent.ONE)).minus(origin);
        return new AffineForm(alongX, alongY, origin);
    }

    public Exponent at(PhasePoint point) {
        return alpha.times(point.x()).plus(beta.times(point.y())).plus(gamma);
    }

    /** The same function minus a constant: {@code f − k}, so that {@code f ≥ k} reads {@code (f − k) ≥ 0}. */
    AffineForm minus(Exponent k) {
        return new AffineForm(alpha, beta, gamma.minus(k));
    }

    AffineForm negate() {
        return new AffineForm(alpha.negate(), beta.negate(), gamma.negate());
    }

    /** Whether it is the same number everywhere on the slice. */
    public boolean isConstant() {
        return alpha.isZero() && beta.isZero();
    }

    /**
     * {@code f RELATION 0} written with the variables on the left and the constant on the right, as LaTeX:
     * {@code 2a_{3} + c < 1}; {@code relation} is a LaTeX relation such as {@code <}, {@code \ge}, {@code =}.
     */
    public String toLatex(String xSymbol, String ySymbol, String relation) {
        List<String> terms = new ArrayList<>();
        addTerm(terms, alpha, xSymbol);
        addTerm(terms, beta, ySymbol);
        if (terms.isEmpty()) {
            return "0 " + relation + " " + gamma.negate().toLatex();
        }
        StringBuilder left = new StringBuilder(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            String t = terms.get(i);
            left.append(t.startsWith("-") ? " - " + t.substring(1) : " + " + t);
        }
        return left + " " + relation + " " + gamma.negate().toLatex();
    }

    private static void addTerm(List<String> terms, Exponent coefficient, String symbol) {
        if (coefficient.isZero()) {
            return;
        }
        if (coefficient.equals(Exponent.ONE)) {
            terms.add(symbol);
        } else if (coefficient.equals(Exponent.ONE.negate())) {
            terms.add("-" + symbol);
        } else {
            terms.add(coefficient.toLatex() + symbol);
        }
    }
}
