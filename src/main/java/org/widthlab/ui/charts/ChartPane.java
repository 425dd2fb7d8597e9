package org.widthlab.ui.charts;

import java.util.function.Supplier;
import javafx.scene.layout.BorderPane;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart of the explorer: a JFreeChart-fx viewer (id {@code viewerId}) with optional controls
 * above it. The chart is rebuilt from data by its factory whenever {@link #refresh} is called.
 */
public final class ChartPane extends BorderPane {

    private final ChartViewer viewer;
    private final Supplier<JFreeChart> factory;

    public ChartPane(String viewerId, Supplier<JFreeChart> factory, Node controls) {
        this.factory = factory;
        this.viewer = new ChartViewer(factory.get());
        viewer.setId(viewerId);
        viewer.setMinSize(200, 150);
        getStyleClass().add("chart-pane");
        if (controls != null) {
            setTop(controls);
        }
        setCenter(viewer);
    }

    public void refresh() {
        viewer.setChart(factory.get());
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }
}
