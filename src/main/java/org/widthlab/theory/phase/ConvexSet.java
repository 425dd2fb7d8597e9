package org.widthlab.theory.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.widthlab.theory.Exponent;

/**
 * A closed convex set of the plane with exact vertices: empty, a point, a segment or a polygon. It is
 * what remains of a rectangle after cutting it with closed half-planes {@code f ≥ 0}, which is all the
 * phase diagram needs: every class of the classification is cut out by affine inequalities and
 * equalities of the exponents (theory.md §4). Immutable.
 */
public final class ConvexSet {

    /** The extreme points, counter-clockwise; none, one (a point), two (a segment's ends) or three and more. */
    private final List<PhasePoint> vertices;

    private ConvexSet(List<PhasePoint> vertices) {
        this.vertices = List.copyOf(vertices);
    }

    public static ConvexSet rectangle(Exponent xMin, Exponent xMax, Exponent yMin, Exponent yMax) {
        return hullOf(List.of(new PhasePoint(xMin, yMin), new PhasePoint(xMax, yMin), new PhasePoint(xMax, yMax),
                new PhasePoint(xMin, yMax)));
    }

    /** The part where {@code f ≥ 0} (Sutherland–Hodgman against one closed half-plane, exactly). */
    public ConvexSet keep(AffineForm f) {
        if (vertices.size() == 1) {
            return f.at(vertices.get(0)).signum() >= 0 ? this : new ConvexSet(List.of());
        }
        List<PhasePoint> kept = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            PhasePoint p = vertices.get(i);
            PhasePoint q = vertices.get((i + 1) % vertices.size());
            Exponent fp = f.at(p);
            Exponent fq = f.at(q);
            if (fp.signum() >= 0) {
                kept.add(p);
            }
            if (fp.signum() * fq.signum() < 0) {
                kept.add(p.plus(q.minus(p).times(fp.dividedBy(fp.minus(fq)))));
            }
        }
        return hullOf(kept);
    }

    /** The part where {@code f = 0}. */
    public ConvexSet onLine(AffineForm f) {
        return keep(f).keep(f.negate());
    }

    public boolean isEmpty() {
        return vertices.isEmpty();
    }

    /** −1 when empty, 0 for a point, 1 for a segment, 2 for a polygon. */
    public int dimension() {
        return Math.min(vertices.size(), 3) - 1;
    }

    public List<PhasePoint> vertices() {
        return vertices;
    }

    /** The mean of the vertices: a point of the relative interior (the middle of a segment, inside a polygon). */
    public PhasePoint centroid() {
        if (isEmpty()) {
            throw new IllegalStateException("an empty set has no centroid");
        }
        PhasePoint sum = new PhasePoint(Exponent.ZERO, Exponent.ZERO);
        for (PhasePoint v : vertices) {
            sum = sum.plus(v);
        }
        Exponent count = Exponent.of(vertices.size());
        return new PhasePoint(sum.x().dividedBy(count), sum.y().dividedBy(count));
    }

    /** Whether {@code point} belongs to the set (boundary included), exactly. */
    public boolean contains(PhasePoint point) {
        return switch (dimension()) {
            case -1 -> false;
            case 0 -> vertices.get(0).equals(point);
            case 1 -> {
                PhasePoint a = vertices.get(0);
                PhasePoint b = vertices.get(1);
                yield b.minus(a).cross(point.minus(a)).isZero() && between(point.x(), a.x(), b.x())
                        && between(point.y(), a.y(), b.y());
            }
            default -> {
                for (int i = 0; i < vertices.size(); i++) {
                    PhasePoint a = vertices.get(i);
                    PhasePoint b = vertices.get((i + 1) % vertices.size());
                    if (b.minus(a).cross(point.minus(a)).signum() < 0) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean between(Exponent v, Exponent from, Exponent to) {
        return Exponent.min(from, to).compareTo(v) <= 0 && v.compareTo(Exponent.max(from, to)) <= 0;
    }

    /**
     * The convex hull of {@code points} with only strict turns kept (Andrew's monotone chain), so that a
     * degenerate result comes out as the point or segment it is.
     */
    static ConvexSet hullOf(List<PhasePoint> points) {
        List<PhasePoint> sorted = points.stream().distinct()
                .sorted(Comparator.comparing(PhasePoint::x).thenComparing(PhasePoint::y)).toList();
        if (sorted.size() <= 1) {
            return new ConvexSet(sorted);
        }
        List<PhasePoint> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (int k = 0; k < sorted.size(); k++) {
                PhasePoint p = sorted.get(pass == 0 ? k : sorted.size() - 1 - k);
                while (hull.size() >= start + 2 && turn(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
        }
        return new ConvexSet(hull);
    }

    private static int turn(PhasePoint o, PhasePoint a, PhasePoint b) {
        return a.minus(o).cross(b.minus(o)).signum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvexSet other && vertices.equals(other.vertices);
    }

    @Override
    public int hashCode() {
        return vertices.hashCode();
    }

    @Override
    public String toString() {
        return vertices.stream().map(v -> "(" + v.x() + ", " + v.y() + ")").toList().toString();
    }
}
