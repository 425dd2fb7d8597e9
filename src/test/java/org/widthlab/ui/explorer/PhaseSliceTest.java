package org.widthlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.model.ExponentAxis;
import org.widthlab.ui.model.PhaseSlice;

/** The phase diagram's slice of abc space, classified by the theory core. */
class PhaseSliceTest {

    private static final Parametrization MUP = Preset.MUP.at(2, Activation.TANH);
    private final ExponentAxis readout = ExponentAxis.a(3);

    @Test
    void everyGridPointCarriesTheTheoryCoresClass() {
        PhaseSlice slice = PhaseSlice.through(MUP, readout, ExponentAxis.C);

        for (int i = 0; i < slice.size(); i += 7) {
            for (int j = 0; j < slice.size(); j += 5) {
                Parametrization p = ExponentAxis.C.with(readout.with(MUP, Exponent.of(slice.xFrom() + i, 16)),
                        Exponent.of(slice.yFrom() + j, 16));
                assertEquals(Verdict.of(p).regime(), slice.regimes()[i][j], p.toString());
            }
        }
    }

    @Test
    void theSliceThroughMuPShowsItAndTheKernelLine() {
        PhaseSlice slice = PhaseSlice.through(MUP, readout, ExponentAxis.C);

        // μP itself, a_3 = 1/2, c = 0, is feature learning; a_3 = 1/4, c = 1/2 (2a_3 + c = 1) is the kernel regime
        assertEquals(Regime.FEATURE_LEARNING, regimeAt(slice, Exponent.HALF, Exponent.ZERO));
        assertEquals(Regime.KERNEL, regimeAt(slice, Exponent.of(1, 4), Exponent.HALF));
        assertEquals(Regime.TRIVIAL, regimeAt(slice, Exponent.ONE, Exponent.ONE));
        assertTrue(slice.presets().stream().anyMatch(m -> m.preset() == Preset.MUP));
        assertTrue(slice.presets().stream().noneMatch(m -> m.preset() == Preset.NTP));
    }

    @Test
    void aClickNearAThinLineLandsOnIt() {
        PhaseSlice slice = PhaseSlice.through(MUP, readout, ExponentAxis.C);

        // a hair off μP (which is a single feature-learning point in this slice)
        Parametrization picked = slice.pick(0.5 + 0.04, 0.0 - 0.03);

        assertEquals(MUP, picked);
        // far from any line: the nearest grid point, exactly
        Parametrization trivial = slice.pick(1.0 + 0.01, 1.0);
        assertEquals(Exponent.ONE, trivial.a(3));
        assertEquals(Exponent.ONE, trivial.c());
    }

    @Test
    void theWindowFollowsAPointFarFromTheOrigin() {
        Parametrization far = ExponentAxis.C.with(MUP, Exponent.of(3));
        PhaseSlice slice = PhaseSlice.through(far, readout, ExponentAxis.C);

        assertTrue(slice.yValue(slice.size() - 1) >= 3.5);
        assertThrows(IllegalArgumentException.class, () -> PhaseSlice.through(MUP, readout, readout));
    }

    @Test
    void theChartColoursEveryCellAndMarksTheCurrentPointAndPresets() {
        PhaseSlice slice = PhaseSlice.through(MUP, readout, ExponentAxis.C);

        JFreeChart chart = PhaseDiagramChart.create(slice, ChartStyle.DEFAULT);

        assertEquals(slice.size() * slice.size(), chart.getXYPlot().getDataset(2).getItemCount(0));
        assertEquals(0.5, chart.getXYPlot().getDataset(0).getXValue(0, 0), 0);
        assertEquals(slice.presets().size(), chart.getXYPlot().getDataset(0).getItemCount(1));
        assertEquals(slice.presets().size(), chart.getXYPlot().getAnnotations().size());
        assertEquals(Regime.values().length + 2, chart.getXYPlot().getLegendItems().getItemCount());
    }

    private static Regime regimeAt(PhaseSlice slice, Exponent x, Exponent y) {
        int i = (int) Math.round(x.toDouble() * 16) - slice.xFrom();
        int j = (int) Math.round(y.toDouble() * 16) - slice.yFrom();
        return slice.regimes()[i][j];
    }
}
