package org.widthlab.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;

/**
 * The exact phase diagram against the theory core: at every point tested, the class read off the pieces is
 * the class {@link Verdict} gives (the slow, obvious reference: one classification per point).
 */
class PhaseSliceTest {

    private static final Parametrization MUP = Preset.MUP.at(2, Activation.TANH);
    /** Points per axis of the checking grid (step 1/4 over the 3-unit window, so it hits the lines often). */
    private static final int GRID = 13;

    @Test
    void thePiecesAgreeWithTheClassifierEverywhereTheyAreChecked() {
        List<Parametrization> centres = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            for (int depth = 1; depth <= 2; depth++) {
                if (preset.supportsDepth(depth)) {
                    centres.add(preset.at(depth, Activation.TANH));
                    centres.add(preset.at(depth, Activation.TANH).withZeroReadout());
                }
            }
        }
        centres.add(Preset.MUP.at(3, Activation.RELU));
        centres.add(ExponentAxis.a(1).with(Preset.MUP.at(2, Activation.RELU), Exponent.of(1, 3)));
        int checked = 0;
        for (Parametrization centre : centres) {
            List<ExponentAxis> axes = ExponentAxis.all(centre);
            for (int i = 0; i < axes.size(); i++) {
                for (int j = i + 1; j < axes.size(); j++) {
                    checked += checkAgainstClassifier(PhaseSlice.through(centre, axes.get(i), axes.get(j)));
                }
            }
        }
        assertTrue(checked > 20_000, "points checked: " + checked);
    }

    /** Grid points, and every piece's vertices, centroid and edge midpoints (the boundaries are where it can go wrong). */
    private static int checkAgainstClassifier(PhaseSlice slice) {
        List<PhasePoint> points = new ArrayList<>();
        Exponent width = slice.xMax().minus(slice.xMin());
        Exponent height = slice.yMax().minus(slice.yMin());
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                points.add(new PhasePoint(slice.xMin().plus(width.times(Exponent.of(i, GRID - 1))),
                        slice.yMin().plus(height.times(Exponent.of(j, GRID - 1)))));
            }
        }
        for (PhasePiece piece : slice.pieces()) {
            List<PhasePoint> v = piece.set().vertices();
            points.addAll(v);
            points.add(piece.set().centroid());
            for (int k = 0; k < v.size(); k++) {
                PhasePoint a = v.get(k);
                PhasePoint b = v.get((k + 1) % v.size());
                points.add(new PhasePoint(a.x().plus(b.x()).dividedBy(2), a.y().plus(b.y()).dividedBy(2)));
            }
        }
        for (PhasePoint point : points) {
            Regime expected = Verdict.of(slice.frame().at(point)).regime();
            assertEquals(expected, slice.regimeAt(point).orElseThrow(), () -> "slice " + slice.y() + " against "
                    + slice.x() + " through " + slice.center() + " at (" + point.x() + ", " + point.y() + ")");
        }
        return points.size();
    }

    @Test
    void throughMuPTheKernelSetIsOneSegmentAndFeatureLearningOnePoint() {
        PhaseSlice slice = PhaseSlice.through(MUP, ExponentAxis.a(3), ExponentAxis.C);

        List<PhasePiece> kernel = slice.pieces().stream().filter(p -> p.regime() == Regime.KERNEL).toList();
        List<PhasePiece> featureLearning = slice.pieces().stream()
                .filter(p -> p.regime() == Regime.FEATURE_LEARNING).toList();

        // theory.md §5: μP (a_3 = 1/2, c = 0) is the only feature-learning point of this slice; along
        // 2a_3 + c = 1 with c > 0 the readout's update stays Θ(1) while r = c > 0 (kernel regime), up to
        // a_3 = 0, c = 1, where ω = a_3 + 1/2 reaches 1/2 (beyond it f_0 blows up at initialization)
        assertEquals(1, featureLearning.size());
        assertEquals(List.of(new PhasePoint(Exponent.HALF, Exponent.ZERO)), featureLearning.get(0).set().vertices());
        assertEquals(1, kernel.size());
        assertEquals(1, kernel.get(0).set().dimension());
        assertEquals(java.util.Set.of(new PhasePoint(Exponent.ZERO, Exponent.ONE), new PhasePoint(Exponent.HALF, Exponent.ZERO)),
                java.util.Set.copyOf(kernel.get(0).set().vertices()));
        assertTrue(kernel.get(0).reason().contains("2a_{3} + 2c = 1") || kernel.get(0).reason().contains("2a_{3} + c = 1"),
                kernel.get(0).reason());
        assertTrue(slice.presets().stream().anyMatch(m -> m.preset() == Preset.MUP
                && m.point().equals(new PhasePoint(Exponent.HALF, Exponent.ZERO))));
        assertTrue(slice.presets().stream().noneMatch(m -> m.preset() == Preset.NTP));
    }

    @Test
    void aSliceAcrossAnInitializationConditionIsALine() {
        // a_1 and b_1 on the axes: stable at initialization only on a_1 + b_1 = 0
        PhaseSlice slice = PhaseSlice.through(MUP, ExponentAxis.a(1), ExponentAxis.b(1));

        for (PhasePiece piece : slice.pieces()) {
            if (piece.regime() != Regime.UNSTABLE_AT_INIT) {
                assertTrue(piece.set().dimension() <= 1, piece.toString());
                for (PhasePoint v : piece.set().vertices()) {
                    assertEquals(Exponent.ZERO, v.x().plus(v.y()), piece.toString());
                }
            }
        }
        assertTrue(slice.pieces().stream().anyMatch(p -> p.regime() == Regime.FEATURE_LEARNING));
    }

    @Test
    void aClickNearAThinSetLandsExactlyOnIt() {
        PhaseSlice slice = PhaseSlice.through(MUP, ExponentAxis.a(3), ExponentAxis.C);
        double tolerance = 0.06;

        PhasePiece nearMuP = slice.pieceNear(0.5 + 0.03, -0.02, tolerance, tolerance).orElseThrow();
        PhasePiece onKernel = slice.pieceNear(0.0 + 0.02, 1.0, tolerance, tolerance).orElseThrow();
        PhasePiece trivial = slice.pieceNear(1.0 + 0.01, 1.0, tolerance, tolerance).orElseThrow();

        assertEquals(Regime.FEATURE_LEARNING, nearMuP.regime());
        assertEquals(MUP, slice.pick(nearMuP, 0.53, -0.02));
        assertEquals(Regime.KERNEL, onKernel.regime());
        Parametrization kernelPoint = slice.pick(onKernel, 0.02, 1.0);
        assertEquals(Regime.KERNEL, Verdict.of(kernelPoint).regime());
        assertEquals(Regime.TRIVIAL, trivial.regime());
        Parametrization trivialPoint = slice.pick(trivial, 1.01, 1.0);
        assertEquals(Exponent.ONE, trivialPoint.a(3));
        assertEquals(Exponent.ONE, trivialPoint.c());
    }

    @Test
    void theWindowFollowsAPointFarFromTheOrigin() {
        Parametrization far = ExponentAxis.C.with(MUP, Exponent.of(3));
        PhaseSlice slice = PhaseSlice.through(far, ExponentAxis.a(3), ExponentAxis.C);

        assertTrue(slice.yMax().compareTo(Exponent.of(7, 2)) >= 0);
        assertTrue(slice.yMin().compareTo(Exponent.of(3)) < 0);
        assertThrows(IllegalArgumentException.class, () -> PhaseSlice.through(MUP, ExponentAxis.C, ExponentAxis.C));
    }
}
