package org.widthlab.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.theory.phase.ExponentAxis;
import org.widthlab.theory.phase.PhaseSlice;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.RegimePalette;

/** The exact phase diagram as drawn: polygons in the SVG, labels that cover neither each other nor the lines. */
class PhaseDiagramChartTest {

    /** WCAG AA for normal text. */
    private static final double TEXT_CONTRAST = 4.5;
    /** Lightness steps that survive a washed-out projector between the three area classes. */
    private static final double REGION_LUMINANCE_STEP = 0.15;

    @Test
    void theSvgHoldsTheExactPolygonsAndTheLabelsOverlapNothing() {
        Parametrization ntp = Preset.NTP.at(1, Activation.TANH);
        // NTP at depth 1 on (a_2, c): several presets share the slice, their labels compete for room
        PhaseSlice slice = PhaseSlice.through(ntp, ExponentAxis.a(2), ExponentAxis.C);
        for (double scale : new double[] {1, 2.5}) {
            JFreeChart chart = PhaseDiagramChart.create(slice, new ChartStyle(scale));
            SVGGraphics2D g = new SVGGraphics2D(1000, 700);
            chart.draw(g, new Rectangle(0, 0, 1000, 700));
            String svg = g.getSVGDocument();

            long polygons = slice.pieces().stream().filter(p -> p.set().dimension() == 2).count();
            assertTrue(polygons >= 2, "polygons: " + polygons);
            assertTrue(svg.split("<path").length - 1 >= polygons, "paths in the SVG");
            PhaseDiagramChart.Layer layer = (PhaseDiagramChart.Layer) chart.getXYPlot().getAnnotations().get(0);
            List<Rectangle2D> labels = layer.lastLabels();
            assertEquals(slice.presets().size(), labels.size());
            assertTrue(slice.presets().size() >= 2, "presets on the slice: " + slice.presets());
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(labels.get(i).intersects(labels.get(j)), "labels " + i + " and " + j + " at " + scale);
                }
                for (Shape thick : layer.lastThick()) {
                    assertFalse(thick.intersects(labels.get(i)), "label " + i + " covers a line at " + scale);
                }
            }
        }
    }

    @Test
    void badgeColoursCarryWhiteTextAndAreaColoursStepInLightness() {
        for (Regime regime : Regime.values()) {
            assertTrue(RegimePalette.contrast(RegimePalette.strong(regime), java.awt.Color.WHITE) >= TEXT_CONTRAST,
                    regime.toString());
        }
        double atInit = RegimePalette.luminance(RegimePalette.region(Regime.UNSTABLE_AT_INIT));
        double inTraining = RegimePalette.luminance(RegimePalette.region(Regime.UNSTABLE_IN_TRAINING));
        double trivial = RegimePalette.luminance(RegimePalette.region(Regime.TRIVIAL));
        assertTrue(inTraining - atInit >= REGION_LUMINANCE_STEP, atInit + " " + inTraining);
        assertTrue(trivial - inTraining >= REGION_LUMINANCE_STEP, inTraining + " " + trivial);
    }
}
