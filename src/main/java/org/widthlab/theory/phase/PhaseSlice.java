package org.widthlab.theory.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.widthlab.theory.Classifier;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;

/**
 * A two-dimensional slice of abc space through a parametrization, cut exactly into the five classes of
 * theory.md §4 (TP4 Theorem 3.3, Corollary 3.9).
 *
 * <p>Every condition of the classification is an affine equality or inequality of the exponents once the
 * minima in {@code r_l = min(ω, 2a_{L+1}+c) + c − 1 + 2a_l + [l = 1]} are split into their two affine pieces
 * ({@code r ≥ 0} iff every piece is ≥ 0, and likewise for {@code ω + r ≥ 1}). So each class is a finite
 * union of convex sets cut from the window by half-planes: polygons for the unstable and trivial classes,
 * segments and points for the nontrivial ones, which are equalities ({@code ω + r = 1} or
 * {@code 2a_{L+1} + c = 1}). All of it is computed in exact rational arithmetic.
 */
public final class PhaseSlice {

    /** The window spans at least ±{@value #HALF_SPAN_HALVES}/2 around 0 and keeps the centre half a unit inside. */
    static final int HALF_SPAN_HALVES = 3;

    /** A preset that lies on this slice, at its exact coordinates. */
    public record PresetMark(Preset preset, PhasePoint point) {
    }

    private final SliceFrame frame;
    private final Exponent xMin;
    private final Exponent xMax;
    private final Exponent yMin;
    private final Exponent yMax;
    private final List<PhasePiece> pieces;
    private final List<PresetMark> presets;

    private PhaseSlice(SliceFrame frame, Exponent xMin, Exponent xMax, Exponent yMin, Exponent yMax,
            List<PhasePiece> pieces, List<PresetMark> presets) {
        this.frame = frame;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.pieces = List.copyOf(pieces);
        this.presets = List.copyOf(presets);
    }

    /** The slice through {@code p} with {@code x} and {@code y} on the axes. */
    public static PhaseSlice through(Parametrization p, ExponentAxis x, ExponentAxis y) {
        SliceFrame frame = new SliceFrame(p, x, y);
        Exponent[] xRange = window(x.get(p));
        Exponent[] yRange = window(y.get(p));
        ConvexSet window = ConvexSet.rectangle(xRange[0], xRange[1], yRange[0], yRange[1]);
        List<PhasePiece> pieces = new Cutter(frame, window).pieces();
        return new PhaseSlice(frame, xRange[0], xRange[1], yRange[0], yRange[1], pieces, presetsOn(frame, window));
    }

    /** [−3/2, 3/2], moved by whole halves only as far as needed to keep {@code center} half a unit inside. */
    private static Exponent[] window(Exponent center) {
        Exponent half = Exponent.HALF;
        Exponent from = Exponent.of(-HALF_SPAN_HALVES, 2);
        Exponent to = Exponent.of(HALF_SPAN_HALVES, 2);
        while (center.isLessThan(from.plus(half))) {
            from = from.minus(half);
            to = to.minus(half);
        }
        while (center.isGreaterThan(to.minus(half))) {
            from = from.plus(half);
            to = to.plus(half);
        }
        return new Exponent[] {from, to};
    }

    /**
     * Every piece, in drawing order: unstable at initialization, unstable in training, trivial, kernel
     * regime, feature learning. A point's class is that of the <em>last</em> piece containing it: the
     * pieces are closed, and where two classes meet on a boundary the later one owns it (a kernel segment
     * owns the edge of a trivial polygon, a feature-learning point the end of a kernel segment).
     */
    public List<PhasePiece> pieces() {
        return pieces;
    }

    public List<PresetMark> presets() {
        return presets;
    }

    public SliceFrame frame() {
        return frame;
    }

    public Parametrization center() {
        return frame.center();
    }

    public ExponentAxis x() {
        return frame.x();
    }

    public ExponentAxis y() {
        return frame.y();
    }

    public Exponent xMin() {
        return xMin;
    }

    public Exponent xMax() {
        return xMax;
    }

    public Exponent yMin() {
        return yMin;
    }

    public Exponent yMax() {
        return yMax;
    }

    /** The class at an exact point, from the pieces (the theory core's {@link Verdict} agrees; tests check it). */
    public Optional<Regime> regimeAt(PhasePoint point) {
        return pieceContaining(point).map(PhasePiece::regime);
    }

    /** The last piece that contains {@code point} exactly. */
    public Optional<PhasePiece> pieceContaining(PhasePoint point) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (pieces.get(i).set().contains(point)) {
                return Optional.of(pieces.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The piece under a pointer at (x, y): the segments and points within the tolerances first (they are
     * drawn thick and would be impossible to hit exactly), latest first, then the polygon containing it.
     *
     * @param xTolerance how far off in x still counts as on a line (e.g. a few pixels, in exponent units)
     * @param yTolerance likewise in y
     */
    public Optional<PhasePiece> pieceNear(double x, double y, double xTolerance, double yTolerance) {
        Optional<PhasePiece> thin = pieces.stream().filter(piece -> piece.set().dimension() < 2)
                .filter(piece -> scaledDistance(piece.set(), x, y, xTolerance, yTolerance) <= 1)
                .min(Comparator.comparingDouble((PhasePiece piece) -> -piece.regime().ordinal())
                        .thenComparingDouble(piece -> scaledDistance(piece.set(), x, y, xTolerance, yTolerance)));
        if (thin.isPresent()) {
            return thin;
        }
        for (int i = pieces.size() - 1; i >= 0; i--) {
            PhasePiece piece = pieces.get(i);
            if (piece.set().dimension() == 2 && insidePolygon(piece.set(), x, y)) {
                return Optional.of(piece);
            }
        }
        return Optional.empty();
    }

    /**
     * The parametrization at an exact point of {@code piece} near (x, y): a point is itself, a segment
     * gives the point at the nearest multiple of 1/48 along it, a polygon the nearest grid point (1/16,
     * then finer) that lies in it.
     */
    public Parametrization pick(PhasePiece piece, double x, double y) {
        List<PhasePoint> v = piece.set().vertices();
        return frame.at(switch (piece.set().dimension()) {
            case 0 -> v.get(0);
            case 1 -> onSegment(v.get(0), v.get(1), x, y);
            default -> insideNear(piece.set(), x, y);
        });
    }

    private static PhasePoint onSegment(PhasePoint a, PhasePoint b, double x, double y) {
        double ax = a.xDouble();
        double ay = a.yDouble();
        double dx = b.xDouble() - ax;
        double dy = b.yDouble() - ay;
        double t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        boolean alongX = Math.abs(dx) >= Math.abs(dy);
        Exponent lo = alongX ? Exponent.min(a.x(), b.x()) : Exponent.min(a.y(), b.y());
        Exponent hi = alongX ? Exponent.max(a.x(), b.x()) : Exponent.max(a.y(), b.y());
        Exponent s = Exponent.nearest(alongX ? ax + t * dx : ay + t * dy, 48);
        s = Exponent.max(lo, Exponent.min(hi, s));
        PhasePoint d = b.minus(a);
        return alongX ? new PhasePoint(s, a.y().plus(s.minus(a.x()).times(d.y()).dividedBy(d.x())))
                : new PhasePoint(a.x().plus(s.minus(a.y()).times(d.x()).dividedBy(d.y())), s);
    }

    private static PhasePoint insideNear(ConvexSet polygon, double x, double y) {
        for (long denominator : new long[] {16, 48, 240}) {
            PhasePoint rounded = new PhasePoint(Exponent.nearest(x, denominator), Exponent.nearest(y, denominator));
            if (polygon.contains(rounded)) {
                return rounded;
            }
        }
        return polygon.centroid();
    }

    /** Distance from (x, y) to a point or segment, each axis divided by its tolerance. */
    private static double scaledDistance(ConvexSet set, double x, double y, double xTolerance, double yTolerance) {
        List<PhasePoint> v = set.vertices();
        double ax = v.get(0).xDouble() / xTolerance;
        double ay = v.get(0).yDouble() / yTolerance;
        double px = x / xTolerance;
        double py = y / yTolerance;
        if (v.size() == 1) {
            return Math.hypot(px - ax, py - ay);
        }
        double dx = v.get(1).xDouble() / xTolerance - ax;
        double dy = v.get(1).yDouble() / yTolerance - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }

    private static boolean insidePolygon(ConvexSet polygon, double x, double y) {
        List<PhasePoint> v = polygon.vertices();
        for (int i = 0; i < v.size(); i++) {
            PhasePoint a = v.get(i);
            PhasePoint b = v.get((i + 1) % v.size());
            double cross = (b.xDouble() - a.xDouble()) * (y - a.yDouble()) - (b.yDouble() - a.yDouble()) * (x - a.xDouble());
            if (cross < -1e-12) {
                return false;
            }
        }
        return true;
    }

    private static List<PresetMark> presetsOn(SliceFrame frame, ConvexSet window) {
        Parametrization p = frame.center();
        List<PresetMark> marks = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            if (!preset.supportsDepth(p.depth())) {
                continue;
            }
            Parametrization q = preset.at(p.depth(), p.activation());
            if (p.readoutStartsAtZero()) {
                q = q.withZeroReadout();
            }
            frame.locate(q).filter(window::contains).ifPresent(point -> marks.add(new PresetMark(preset, point)));
        }
        return marks;
    }

    /** Cuts the window into the classes' pieces. */
    private static final class Cutter {

        /** {@code form ≥ 0} is the condition; {@code fails} names its failure in theory terms. */
        private record Inequality(AffineForm form, String fails) {
        }

        private final SliceFrame frame;
        private final ConvexSet window;
        private final String xs;
        private final String ys;
        private final boolean zeroReadout;
        private final List<PhasePiece> pieces = new ArrayList<>();

        Cutter(SliceFrame frame, ConvexSet window) {
            this.frame = frame;
            this.window = window;
            this.xs = frame.x().latex();
            this.ys = frame.y().latex();
            this.zeroReadout = frame.center().omega().isInfinite();
        }

        private AffineForm form(Function<Parametrization, Exponent> quantity) {
            return AffineForm.of(quantity, frame);
        }

        private String inAxes(AffineForm f, String relation) {
            return f.isConstant() ? "" : "\\;\\Leftrightarrow\\; " + f.toLatex(xs, ys, relation);
        }

        List<PhasePiece> pieces() {
            int depth = frame.center().depth();
            // 1. stable at initialization: a_1 + b_1 = 0, a_l + b_l = 1/2 (2 ≤ l ≤ L), ω ≥ 1/2
            ConvexSet stableAtInit = window;
            List<String> offTheLine = new ArrayList<>();
            for (int l = 1; l <= depth; l++) {
                int layer = l;
                Exponent target = l == 1 ? Exponent.ZERO : Exponent.HALF;
                AffineForm sum = form(q -> q.a(layer).plus(q.b(layer))).minus(target);
                String name = "a_{" + l + "} + b_{" + l + "}";
                if (sum.isConstant() && !sum.gamma().isZero()) {
                    pieces.add(new PhasePiece(Regime.UNSTABLE_AT_INIT, window, name + " = "
                            + sum.gamma().plus(target).toLatex() + " \\ne " + target.toLatex()
                            + "\\text{ everywhere on this slice}"));
                    return pieces;
                }
                if (!sum.isConstant()) {
                    stableAtInit = stableAtInit.onLine(sum);
                    offTheLine.add(name + " \\ne " + target.toLatex() + inAxes(sum, "\\ne"));
                }
            }
            if (!offTheLine.isEmpty()) {
                pieces.add(new PhasePiece(Regime.UNSTABLE_AT_INIT, window,
                        String.join("\\text{ or }", offTheLine) + "\\quad(\\text{stable only on the line})"));
            }
            if (!zeroReadout) {
                AffineForm omega = form(Parametrization::omega).minus(Exponent.HALF);
                ConvexSet small = stableAtInit.keep(omega.negate());
                addIfItsClass(Regime.UNSTABLE_AT_INIT, small, "\\omega < \\tfrac{1}{2}" + inAxes(omega, "<"), 0);
                stableAtInit = stableAtInit.keep(omega);
            }
            if (stableAtInit.isEmpty()) {
                return pieces;
            }

            // 2 and 3. r ≥ 0, 2a_{L+1} + c ≥ 1, ω + r ≥ 1, each minimum split into its affine pieces
            List<Inequality> training = new ArrayList<>();
            List<AffineForm> rPieces = rPieces(depth);
            Map<AffineForm, String> rNames = rNames(depth);
            for (AffineForm r : rPieces) {
                training.add(new Inequality(r, rNames.get(r) + " < 0"));
            }
            AffineForm readout = form(Parametrization::readoutRateExponent).minus(Exponent.ONE);
            training.add(new Inequality(readout, "2a_{L+1} + c < 1"));
            List<AffineForm> omegaPlusR = zeroReadout ? List.of()
                    : rPieces.stream().map(r -> sum(r, form(Parametrization::omega)).minus(Exponent.ONE)).distinct().toList();
            for (AffineForm f : omegaPlusR) {
                training.add(new Inequality(f, "\\omega + r < 1"));
            }
            ConvexSet stable = stableAtInit;
            for (Inequality condition : distinct(training)) {
                addIfItsClass(Regime.UNSTABLE_IN_TRAINING, stable.keep(condition.form().negate()),
                        condition.fails() + inAxes(condition.form(), "<"), stableAtInit.dimension());
                stable = stable.keep(condition.form());
                if (stable.isEmpty()) {
                    return pieces;
                }
            }

            // stable: trivial unless ω + r = 1 or 2a_{L+1} + c = 1 (theory.md §4)
            addIfItsClass(Regime.TRIVIAL, stable, "\\text{stable, but } 2a_{L+1} + c > 1"
                    + inAxes(readout, ">") + (zeroReadout ? "" : "\\text{ and } \\omega + r > 1"), 0);
            ConvexSet stableSet = stable;
            Map<AffineForm, String> nontrivial = new LinkedHashMap<>();
            nontrivial.put(readout, "2a_{L+1} + c = 1" + inAxes(readout, "="));
            omegaPlusR.forEach(f -> nontrivial.putIfAbsent(f, "\\omega + r = 1" + inAxes(f, "=")));
            List<ConvexSet> nontrivialSets = new ArrayList<>();
            nontrivial.forEach((f, name) -> {
                ConvexSet set = stableSet.keep(f.negate());
                if (!set.isEmpty()) {
                    nontrivialSets.add(set);
                    addIfItsClass(Regime.KERNEL, set, name + "\\text{ and } r > 0", 0);
                }
            });
            // feature learning: nontrivial and r = 0, i.e. some piece of r vanishes
            nontrivialSets.forEach(set -> rPieces.forEach(r -> {
                ConvexSet zero = set.keep(r.negate());
                if (!zero.isEmpty() && pieces.stream().noneMatch(p -> p.regime() == Regime.FEATURE_LEARNING
                        && p.set().equals(zero))) {
                    pieces.add(new PhasePiece(Regime.FEATURE_LEARNING, zero, "r = 0 \\;(" + rNames.get(r)
                            + " = 0" + inAxes(r, "=") + ")\\text{, nontrivial}"));
                }
            }));
            return pieces;
        }

        /**
         * Adds {@code set} as a piece of {@code regime} if the theory core puts its centroid there and it is at
         * least {@code minDimension}-dimensional. The centroid is in the relative interior, and every function
         * deciding a class is affine or concave (a minimum of affine pieces), so the class at the centroid is the
         * class of the whole set up to its boundary (a concave function that is ≥ 0 on a convex set and 0 at an
         * interior point is 0 everywhere on it).
         */
        private void addIfItsClass(Regime regime, ConvexSet set, String reason, int minDimension) {
            boolean known = pieces.stream().anyMatch(p -> p.regime() == regime && p.set().equals(set));
            if (!known && !set.isEmpty() && set.dimension() >= minDimension
                    && Verdict.of(frame.at(set.centroid())).regime() == regime) {
                pieces.add(new PhasePiece(regime, set, reason));
            }
        }

        /** The affine pieces of every r_l: through ω and through 2a_{L+1} + c (theory.md §3). */
        private List<AffineForm> rPieces(int depth) {
            return List.copyOf(rNames(depth).keySet());
        }

        private Map<AffineForm, String> rNames(int depth) {
            Map<AffineForm, String> names = new LinkedHashMap<>();
            for (int l = 1; l <= depth; l++) {
                int index = l - 1;
                String name = "r_{" + l + "}";
                if (!zeroReadout) {
                    names.merge(form(q -> Classifier.rl(q, q.omega()).get(index)), name, PhaseSlice::join);
                }
                names.merge(form(q -> Classifier.rl(q, q.readoutRateExponent()).get(index)), name,
                        PhaseSlice::join);
            }
            return names;
        }

        private static AffineForm sum(AffineForm f, AffineForm g) {
            return new AffineForm(f.alpha().plus(g.alpha()), f.beta().plus(g.beta()), f.gamma().plus(g.gamma()));
        }

        private static List<Inequality> distinct(List<Inequality> list) {
            Map<AffineForm, Inequality> unique = new LinkedHashMap<>();
            list.forEach(i -> unique.putIfAbsent(i.form(), i));
            return List.copyOf(unique.values());
        }
    }

    /** "r_{2}" and "r_{3}" → "r_{2}, r_{3}" (one affine piece shared by several layers). */
    private static String join(String first, String second) {
        return first.equals(second) ? first : first + ", " + second;
    }
}
