package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Scaling;
import org.widthlab.theory.Verdict;

/** Slope fits on synthetic measurements whose exponent is known exactly. */
class SlopeFitsTest {

    private static final double EXACT = 1e-12;
    private static final Verdict NTP = Verdict.of(Preset.NTP.at(2, Activation.TANH));

    private static Measurement m(int width, long seed, int step, Quantity q, int layer, double value) {
        return new Measurement(width, seed, step, layer, q, value, false);
    }

    @Test
    void aPowerLawAveragedOverSeedsGivesItsExponent() {
        List<Measurement> rows = new ArrayList<>();
        for (int width : List.of(64, 128, 256, 512, 1024)) {
            // seeds 0 and 1 straddle 3 n^{-1/2}: their mean is exactly on the line.
            rows.add(m(width, 0, 2, Quantity.DELTA_H, 2, 2 * Math.pow(width, -0.5)));
            rows.add(m(width, 1, 2, Quantity.DELTA_H, 2, 4 * Math.pow(width, -0.5)));
        }
        FittedSlope fit = SlopeFits.fit(NTP, rows).get(0);
        assertEquals(-0.5, fit.slopeAll(), EXACT);
        assertEquals(-0.5, fit.slopeLargest(), EXACT);
        assertEquals(3, fit.largestCount(), "the larger half of 5 widths");
        assertEquals(List.of(512, 1024), fit.widths().subList(3, 5));
        // theory.md §5: NTP has r = 1/2, so Δh^l = Θ(n^{-1/2}) from step 2 on.
        assertEquals(-0.5, fit.predicted().slope(), EXACT);
        assertEquals(0.0, fit.differenceAll(), EXACT);
    }

    @Test
    void valuesOfAStepWhereTheRunDivergedAreLeftOutOfTheFitAndCounted() {
        List<Measurement> rows = new ArrayList<>();
        for (int width : List.of(64, 128, 256, 512)) {
            rows.add(m(width, 0, 3, Quantity.H, 1, Math.pow(width, 0.5)));
        }
        // seed 1 blew up at the two largest widths (finite values, beyond the divergence bound), and at 512
        // so did seed 0: the fit keeps seed 0 alone at 256 and leaves 512 out
        rows.add(new Measurement(256, 1, 3, 1, Quantity.H, 1e20, true));
        rows.add(new Measurement(512, 1, 3, 1, Quantity.H, 1e29, true));
        rows.set(3, new Measurement(512, 0, 3, 1, Quantity.H, 1e25, true));
        FittedSlope fit = SlopeFits.fit(NTP, rows).get(0);
        assertEquals(List.of(64, 128, 256), fit.widths());
        assertEquals(0.5, fit.slopeAll(), EXACT, "the diverged values would pull the slope far above 1/2");
        assertEquals(2, fit.divergedWidths());
    }

    @Test
    void zerosAndNonFiniteValuesAreLeftOutAndCounted() {
        List<Measurement> rows = List.of(
                m(64, 0, 0, Quantity.DELTA_F, 0, 0.0), m(128, 0, 0, Quantity.DELTA_F, 0, 0.0),
                m(64, 0, 3, Quantity.F, 0, 1.0), m(128, 0, 3, Quantity.F, 0, Double.NaN),
                m(256, 0, 3, Quantity.F, 0, 4.0));
        List<FittedSlope> fits = SlopeFits.fit(NTP, rows);
        FittedSlope zero = fits.stream().filter(f -> f.quantity() == Quantity.DELTA_F).findFirst().orElseThrow();
        assertEquals(2, zero.zeroWidths());
        assertTrue(Double.isNaN(zero.slopeAll()));
        assertEquals(Scaling.EXACTLY_ZERO, zero.predicted(), "nothing has changed at t = 0");
        assertTrue(Double.isNaN(zero.differenceAll()));
        FittedSlope f = fits.stream().filter(x -> x.quantity() == Quantity.F).findFirst().orElseThrow();
        assertEquals(List.of(64, 256), f.widths());
        assertEquals(1.0, f.slopeAll(), EXACT, "log 4 / log 4");
    }

    @Test
    void stepOneAndLaterStepsUseTheirOwnPredictions() {
        // theory.md §6: μP with a zero readout moves nothing below the readout in step 1, Θ(1) from step 2.
        Verdict v = Verdict.of(Preset.MUP.at(2, Activation.TANH).withActivation(Activation.TANH));
        Verdict zero = Verdict.of(new org.widthlab.theory.Parametrization(2, v.parametrization().a(),
                List.of(v.parametrization().b(1), v.parametrization().b(2), org.widthlab.theory.Exponent.INFINITY),
                v.parametrization().c(), Activation.TANH));
        assertTrue(SlopeFits.predicted(zero, Quantity.DELTA_H, 1, 1).isExactlyZero());
        assertEquals(0.0, SlopeFits.predicted(zero, Quantity.DELTA_H, 1, 2).slope(), EXACT);
        assertNull(SlopeFits.predicted(zero, Quantity.LOSS, 0, 2));
    }

    @Test
    void eachSeedIsFittedAloneForTheSpread() {
        // seed 0 falls like n^{-0.3}, seed 1 like n^{-0.7}: per-seed slopes −0.3 and −0.7, spread 0.28.
        List<Measurement> rows = new ArrayList<>();
        for (int width : List.of(64, 256, 1024, 4096)) {
            rows.add(m(width, 0, 3, Quantity.DELTA_H, 1, Math.pow(width, -0.3)));
            rows.add(m(width, 1, 3, Quantity.DELTA_H, 1, Math.pow(width, -0.7)));
        }
        FittedSlope fit = SlopeFits.fit(NTP, rows).get(0);
        assertEquals(List.of(-0.3, -0.7), fit.seedSlopes().stream().map(x -> Math.round(x * 1e9) / 1e9).toList());
        assertEquals(0.4 / Math.sqrt(2), fit.seedSpread(), EXACT);
        assertEquals(0.2, fit.standardError(), EXACT);
        assertTrue(!fit.judgeable(), "±2 standard errors = ±0.4 > 0.2");
    }

    @Test
    void oneSeedHasNoSpreadAndCannotBeJudgedBySeeds() {
        List<Measurement> rows = List.of(m(64, 0, 2, Quantity.DELTA_H, 1, 1.0), m(256, 0, 2, Quantity.DELTA_H, 1, 0.5));
        FittedSlope fit = SlopeFits.fit(NTP, rows).get(0);
        assertEquals(1, fit.seedSlopes().size());
        assertEquals(-0.5, fit.seedSlopes().get(0), EXACT);
        assertTrue(Double.isNaN(fit.seedSpread()));
        assertTrue(!fit.judgeable());
    }

    @Test
    void anUnstableNetHasNoPredictionAfterStepOneAndSaysWhy() {
        Verdict sp = Verdict.of(Preset.SP.at(1, Activation.TANH));
        List<Measurement> rows = new ArrayList<>();
        for (int step : List.of(1, 2)) {
            rows.add(m(64, 0, step, Quantity.DELTA_H, 1, 1.0));
            rows.add(m(256, 0, step, Quantity.DELTA_H, 1, 2.0));
        }
        List<FittedSlope> fits = SlopeFits.fit(sp, rows);
        assertEquals(-0.5, fits.get(0).predicted().slope(), EXACT, "step 1: r_1 = 1/2 with ω in the backward pass");
        assertEquals("", fits.get(0).predictionNote());
        assertNull(fits.get(1).predicted());
        assertEquals(Verdict.COMPOUNDING, fits.get(1).predictionNote());
    }

    @Test
    void theFeatureKernelChangeInMuPSaysItsZeroMeanPartCanOutweighIt() {
        Verdict mup = Verdict.of(Preset.MUP.at(2, Activation.RELU));
        List<Measurement> rows = new ArrayList<>();
        rows.add(m(64, 0, 1, Quantity.FEATURE_KERNEL_CHANGE, 0, 1.0));
        rows.add(m(256, 0, 1, Quantity.FEATURE_KERNEL_CHANGE, 0, 0.5));
        String note = SlopeFits.fit(mup, rows).get(0).predictionNote();
        assertTrue(note.contains("Θ(n^−1/2), can outweigh Θ(1)") && note.contains("between −1/2 and 0"), note);
        assertEquals("", SlopeFits.fit(NTP, rows).get(0).predictionNote(), "NTP: the zero-mean part is a leading term");
    }
}
