package org.widthlab.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.widthlab.theory.Exponent;

/** Exact clipping of convex sets by half-planes, including the degenerate results the phase diagram needs. */
class ConvexSetTest {

    private static final ConvexSet SQUARE = ConvexSet.rectangle(Exponent.ZERO, Exponent.ONE, Exponent.ZERO, Exponent.ONE);

    private static PhasePoint point(long xn, long xd, long yn, long yd) {
        return new PhasePoint(Exponent.of(xn, xd), Exponent.of(yn, yd));
    }

    @Test
    void aDiagonalCutLeavesAnExactTriangle() {
        // x + y ≤ 1
        ConvexSet triangle = SQUARE.keep(new AffineForm(Exponent.of(-1), Exponent.of(-1), Exponent.ONE));

        assertEquals(2, triangle.dimension());
        assertEquals(3, triangle.vertices().size());
        assertTrue(triangle.contains(point(1, 2, 1, 2)));
        assertFalse(triangle.contains(point(1, 2, 2, 3)));
        assertEquals(point(1, 3, 1, 3), triangle.centroid());
    }

    @Test
    void anEqualityLeavesASegmentAndTwoLeaveAPoint() {
        // 3x = 1, then y = 2x
        ConvexSet segment = SQUARE.onLine(new AffineForm(Exponent.of(3), Exponent.ZERO, Exponent.of(-1)));
        ConvexSet single = segment.onLine(new AffineForm(Exponent.of(2), Exponent.of(-1), Exponent.ZERO));

        assertEquals(1, segment.dimension());
        assertEquals(java.util.Set.of(point(1, 3, 0, 1), point(1, 3, 1, 1)), java.util.Set.copyOf(segment.vertices()));
        assertTrue(segment.contains(point(1, 3, 1, 7)));
        assertFalse(segment.contains(point(1, 3, 3, 2)));
        assertEquals(0, single.dimension());
        assertEquals(point(1, 3, 2, 3), single.vertices().get(0));
    }

    @Test
    void aCutThatMissesEmptiesTheSetAndOneAlongAnEdgeKeepsTheEdge() {
        ConvexSet none = SQUARE.keep(new AffineForm(Exponent.ONE, Exponent.ZERO, Exponent.of(-2)));
        // x ≤ 0 touches the square along its left edge only
        ConvexSet edge = SQUARE.keep(new AffineForm(Exponent.of(-1), Exponent.ZERO, Exponent.ZERO));

        assertTrue(none.isEmpty());
        assertEquals(-1, none.dimension());
        assertEquals(1, edge.dimension());
        assertTrue(edge.contains(point(0, 1, 1, 2)));
    }
}
