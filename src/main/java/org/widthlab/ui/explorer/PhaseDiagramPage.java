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
import org.widthlab.ui.charts.ChartPane;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.ExponentAxis;
import org.widthlab.ui.model.PhaseDiagramViewModel;
import org.widthlab.ui.model.PhaseSlice;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.Forms;

/**
 * A slice of abc space through the parametrization on show, coloured by class (theory.md §4), with the
 * presets on it; a click moves the parametrization there. Computed only while on show: a change made
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

    private JFreeChart chart() {
        PhaseSlice slice = phase.sliceProperty().get();
        if (slice == null) {
            boolean invalid = model.parametrization().verdictProperty().get() == null;
            // with axes, so that its last text is not in the title's font: FXGraphics2D skips setting a font
            // equal to the last one it set, while ChartCanvas restores the canvas font after every draw
            XYPlot empty = new XYPlot(null, new NumberAxis(), new NumberAxis(), null);
            return ExplorerCharts.style(model).apply(new JFreeChart(invalid ? "Phase diagram: fix the highlighted field"
                    : "Phase diagram: classifying…", empty));
        }
        return PhaseDiagramChart.create(slice, ExplorerCharts.style(model));
    }

    private ComboBox<ExponentAxis> axisChoice(String id, ObjectProperty<ExponentAxis> axis) {
        ComboBox<ExponentAxis> choice = new ComboBox<>(phase.axes());
        choice.setId(id);
        choice.valueProperty().bindBidirectional(axis);
        choice.setTooltip(new Tooltip("The exponent on this axis; the others stay as in the panel"));
        return choice;
    }

    /** A click on the diagram: from canvas pixels to exponent values, then to the view model. */
    private final class Clicks implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (!(event.getChart().getPlot() instanceof XYPlot plot)
                    || pane.viewer().getCanvas().getRenderingInfo() == null) {
                return;
            }
            var area = pane.viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            double px = event.getTrigger().getX();
            double py = event.getTrigger().getY();
            if (!area.contains(px, py)) {
                return;
            }
            double x = plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().java2DToValue(py, area, plot.getRangeAxisEdge());
            phase.pick(x, y);
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
        }
    }
}
