package org.widthlab.ui;

import java.util.function.Supplier;
import javafx.scene.layout.BorderPane;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart of the explorer: a JFreeChart-fx viewer (id {@code viewerId}) with optional controls
 * above it. The chart is rebuilt from data by its factory whenever {@link #refresh} is called.
 */
final class ChartPane extends BorderPane {

    private final ChartViewer viewer;
    private final Supplier<JFreeChart> factory;

    ChartPane(String viewerId, Supplier<JFreeChart> factory, Node controls) {
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

    void refresh() {
        viewer.setChart(factory.get());
    }

    ChartViewer viewer() {
        return viewer;
    }

    JFreeChart chart() {
        return viewer.getChart();
    }
}
