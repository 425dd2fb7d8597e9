package org.widthlab.theory.phase;

import org.widthlab.theory.Regime;

/**
 * One convex piece of a class on a slice, with the inequality that puts it in that class.
 *
 * @param regime the class of its points (some boundary points may belong to a piece of higher priority,
 *               see {@link PhaseSlice#pieces})
 * @param set    the piece: a polygon, a segment or a point
 * @param reason the deciding condition, as LaTeX in the slice's two exponents
 */
public record PhasePiece(Regime regime, ConvexSet set, String reason) {
}
