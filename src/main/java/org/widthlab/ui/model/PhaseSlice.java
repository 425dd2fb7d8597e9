package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;

/**
 * A two-dimensional slice of abc space through a parametrization: two of its exponents vary over a
 * grid of exact fractions (step 1/{@value #DENOMINATOR}), the others stay; every grid point is
 * classified by the theory core. Kernel and feature-learning points lie on lines (the nontrivial
 * classes are equalities), so the grid is fine enough to hit them and the chart draws them thick.
 *
 * @param center   the parametrization the slice passes through
 * @param x        the exponent on the horizontal axis
 * @param y        the exponent on the vertical axis
 * @param xFrom    the grid's smallest x, in steps of 1/DENOMINATOR
 * @param yFrom    likewise for y
 * @param size     grid points per axis
 * @param regimes  {@code regimes[i][j]}: the class at x = (xFrom + i)/DENOMINATOR, y = (yFrom + j)/DENOMINATOR
 * @param presets  the presets that lie on this slice
 */
public record PhaseSlice(Parametrization center, ExponentAxis x, ExponentAxis y, int xFrom, int yFrom, int size,
        Regime[][] regimes, List<PresetMark> presets) {

    public static final int DENOMINATOR = 16;
    /** The slice spans at least ±HALF_SPAN around 0 and around the centre, in exponent units. */
    public static final int HALF_SPAN = 3 * DENOMINATOR / 2;

    /** A preset on the slice, at grid coordinates (exact). */
    public record PresetMark(Preset preset, Exponent x, Exponent y) {
    }

    public static PhaseSlice through(Parametrization p, ExponentAxis x, ExponentAxis y) {
        if (x.equals(y)) {
            throw new IllegalArgumentException("choose two different exponents for the axes");
        }
        int xCenter = nearestGridIndex(x.get(p).toDouble());
        int yCenter = nearestGridIndex(y.get(p).toDouble());
        int size = 2 * HALF_SPAN + 1;
        int xFrom = start(xCenter);
        int yFrom = start(yCenter);
        Regime[][] regimes = new Regime[size][size];
        for (int i = 0; i < size; i++) {
            Parametrization column = x.with(p, Exponent.of(xFrom + i, DENOMINATOR));
            for (int j = 0; j < size; j++) {
                regimes[i][j] = Verdict.of(y.with(column, Exponent.of(yFrom + j, DENOMINATOR))).regime();
            }
        }
        return new PhaseSlice(p, x, y, xFrom, yFrom, size, regimes, presetsOn(p, x, y, xFrom, yFrom, size));
    }

    /** The window starts at −HALF_SPAN and moves only as far as needed to keep the centre half a unit inside. */
    private static int start(int center) {
        int from = -HALF_SPAN;
        int margin = DENOMINATOR / 2;
        if (center < from + margin) {
            from = center - margin;
        } else if (center > from + 2 * HALF_SPAN - margin) {
            from = center + margin - 2 * HALF_SPAN;
        }
        return from;
    }

    private static int nearestGridIndex(double value) {
        return (int) Math.round(value * DENOMINATOR);
    }

    public double xValue(int i) {
        return (double) (xFrom + i) / DENOMINATOR;
    }

    public double yValue(int j) {
        return (double) (yFrom + j) / DENOMINATOR;
    }

    /**
     * The parametrization at a clicked point: the nearest grid point, or a kernel or feature-learning
     * point within one grid step of it (those classes are thin lines, hard to hit exactly).
     */
    public Parametrization pick(double xClicked, double yClicked) {
        int i = clamp((int) Math.round(xClicked * DENOMINATOR) - xFrom);
        int j = clamp((int) Math.round(yClicked * DENOMINATOR) - yFrom);
        int bestI = i;
        int bestJ = j;
        if (!nontrivial(regimes[i][j])) {
            double best = Double.POSITIVE_INFINITY;
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    int ni = i + di;
                    int nj = j + dj;
                    if (ni >= 0 && nj >= 0 && ni < size && nj < size && nontrivial(regimes[ni][nj])) {
                        double distance = Math.hypot(xValue(ni) - xClicked, yValue(nj) - yClicked);
                        if (distance < best) {
                            best = distance;
                            bestI = ni;
                            bestJ = nj;
                        }
                    }
                }
            }
        }
        return y.with(x.with(center, Exponent.of(xFrom + bestI, DENOMINATOR)),
                Exponent.of(yFrom + bestJ, DENOMINATOR));
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(size - 1, index));
    }

    public static boolean nontrivial(Regime regime) {
        return regime == Regime.KERNEL || regime == Regime.FEATURE_LEARNING;
    }

    private static List<PresetMark> presetsOn(Parametrization p, ExponentAxis x, ExponentAxis y, int xFrom, int yFrom,
            int size) {
        List<PresetMark> marks = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            if (!preset.supportsDepth(p.depth())) {
                continue;
            }
            Parametrization q = preset.at(p.depth(), p.activation());
            if (p.readoutStartsAtZero()) {
                q = q.withZeroReadout();
            }
            Exponent qx = x.get(q);
            Exponent qy = y.get(q);
            boolean inside = within(qx, xFrom, size) && within(qy, yFrom, size);
            if (inside && y.with(x.with(q, x.get(p)), y.get(p)).equals(p)) {
                marks.add(new PresetMark(preset, qx, qy));
            }
        }
        return marks;
    }

    private static boolean within(Exponent value, int from, int size) {
        double v = value.toDouble() * DENOMINATOR;
        return v >= from && v <= from + size - 1;
    }
}
