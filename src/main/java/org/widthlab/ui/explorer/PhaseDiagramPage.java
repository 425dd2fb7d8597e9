package org.widthlab.ui.explorer;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.widthlab.theory.phase.ExponentAxis;
import org.widthlab.theory.phase.PhaseSlice;
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.widgets.MathFlow;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.PhaseDiagramViewModel;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.Forms;

/**
 * A slice of abc space through the parametrization on show, cut exactly into its classes (theory.md §4),
 * with the presets on it; hovering names the class and the inequality that decides it, a click moves the
 * parametrization there. Computed only while on show: a change made
 * elsewhere is drawn when the page is next shown.
 */
public final class PhaseDiagramPage implements Page {

    private final ExplorerViewModel model;
    private final PhaseDiagramViewModel phase;
    private final ChartPane pane;
    private boolean stale = true;
    private boolean showing;

    public PhaseDiagramPage(WindowContext context) {
        model = context.explorer();
        phase = model.phase();
        pane = new ChartPane("phaseChart", this::chart, Forms.controlRow(Forms.label("Horizontal"),
                axisChoice("phaseXChoice", phase.xProperty()), Forms.label("Vertical"),
                axisChoice("phaseYChoice", phase.yProperty())));
        pane.viewer().getCanvas().setDomainZoomable(false);
        pane.viewer().getCanvas().setRangeZoomable(false);
        pane.viewer().addChartMouseListener(new Clicks());
        model.parametrization().verdictProperty().addListener(o -> changed());
        phase.xProperty().addListener(o -> changed());
        phase.yProperty().addListener(o -> changed());
        phase.sliceProperty().addListener(o -> pane.refresh());
        phase.problemProperty().addListener(o -> pane.refresh());
        model.fontScaleProperty().addListener(o -> pane.refresh());
    }

    @Override
    public Node view() {
        return pane;
    }

    @Override
    public Optional<JFreeChart> exportableChart() {
        return Optional.of(pane.chart());
    }

    @Override
    public void shown() {
        showing = true;
        if (stale) {
            request();
        }
    }

    @Override
    public void hidden() {
        showing = false;
    }

    private void changed() {
        stale = true;
        if (showing) {
            request();
        }
    }

    private void request() {
        stale = false;
        phase.requestSlice();
    }

    private JFreeChart chart(double fit) {
        PhaseSlice slice = phase.sliceProperty().get();
        if (slice == null) {
            boolean invalid = model.parametrization().verdictProperty().get() == null;
            // with axes, so that its last text is not in the title's font: FXGraphics2D skips setting a font
            // equal to the last one it set, while ChartCanvas restores the canvas font after every draw
            XYPlot empty = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
            return ExplorerCharts.style(model, fit).apply(new JFreeChart(invalid ? "Phase diagram: fix the highlighted field"
                    : phase.problemProperty().get().isEmpty() ? "Phase diagram: classifying…"
                    : "Phase diagram: could not be drawn", empty));
        }
        return PhaseDiagramChart.create(slice, ExplorerCharts.style(model, fit));
    }

    private ComboBox<ExponentAxis> axisChoice(String id, ObjectProperty<ExponentAxis> axis) {
        ComboBox<ExponentAxis> choice = new ComboBox<>(phase.axes());
        choice.setId(id);
        choice.valueProperty().bindBidirectional(axis);
        choice.setTooltip(new Tooltip("The exponent on this axis; the others stay as in the panel"));
        return choice;
    }

    /**
     * The mouse on the diagram: from canvas pixels to exponent values; a click moves the parametrization
     * there, hovering shows the class and its deciding inequality.
     */
    private final class Clicks implements ChartMouseListenerFX {

        /** How near a thin line or point the pointer must be to count as on it, in pixels. */
        private static final double TOLERANCE_PX = 8;
        private final Tooltip tip = new Tooltip();
        private Object shownPiece;

        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            at(event).ifPresent(p -> phase.pick(p[0], p[1], p[2], p[3]));
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            var piece = at(event).flatMap(p -> phase.pieceAt(p[0], p[1], p[2], p[3]));
            if (piece.isEmpty()) {
                tip.hide();
                shownPiece = null;
                return;
            }
            if (!piece.get().equals(shownPiece)) {
                shownPiece = piece.get();
                MathFlow text = new MathFlow(piece.get().regime().displayName() + ":  $" + piece.get().reason() + "$");
                text.setId("phaseHoverText");
                tip.setGraphic(text);
            }
            var screen = pane.viewer().localToScreen(event.getTrigger().getX(), event.getTrigger().getY());
            if (screen != null) {
                tip.show(pane.viewer(), screen.getX() + 16, screen.getY() + 16);
            }
        }

        /** x, y and the two tolerances in exponent units, if the pointer is inside the plot. */
        private Optional<double[]> at(ChartMouseEventFX event) {
            if (!(event.getChart().getPlot() instanceof XYPlot plot)
                    || pane.viewer().getCanvas().getRenderingInfo() == null) {
                return Optional.empty();
            }
            var area = pane.viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            double px = event.getTrigger().getX();
            double py = event.getTrigger().getY();
            if (!area.contains(px, py)) {
                return Optional.empty();
            }
            var xAxis = plot.getDomainAxis();
            var yAxis = plot.getRangeAxis();
            double x = xAxis.java2DToValue(px, area, plot.getDomainAxisEdge());
            double y = yAxis.java2DToValue(py, area, plot.getRangeAxisEdge());
            double xTolerance = Math.abs(xAxis.java2DToValue(px + TOLERANCE_PX, area, plot.getDomainAxisEdge()) - x);
            double yTolerance = Math.abs(yAxis.java2DToValue(py + TOLERANCE_PX, area, plot.getRangeAxisEdge()) - y);
            return Optional.of(new double[] {x, y, xTolerance, yTolerance});
        }
    }
}
