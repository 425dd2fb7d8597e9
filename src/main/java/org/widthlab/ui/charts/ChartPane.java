package org.widthlab.ui.charts;

import java.util.function.DoubleFunction;
import javafx.scene.layout.BorderPane;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart of the explorer: a JFreeChart-fx viewer (id {@code viewerId}) with optional controls
 * above it. The chart is rebuilt from data by its factory whenever {@link #refresh} is called, and when
 * the pane is resized enough to change the largest text scale the chart's room allows: the factory gets
 * that scale ({@code fit}, at least 1) and keeps its fonts below it, so that large text never squeezes the
 * plot itself away.
 * <p>
 * While results stream in, the pane can be {@linkplain #setDrawnOffThread drawn off the JavaFX thread}: each
 * refresh then draws the chart in the background and lays it over the viewer a strip at a frame
 * ({@link OffThreadChartImage}), without zoom; turning that off gives the live viewer the newest chart again.
 */
public final class ChartPane extends BorderPane {

    /** The room a chart needs per unit of text scale, in pixels. */
    static final double WIDTH_PER_SCALE = 560;
    static final double HEIGHT_PER_SCALE = 400;

    private final ChartViewer viewer;
    private final DoubleFunction<JFreeChart> factory;
    private double fit = 1;
    private final OffThreadChartImage image;
    private boolean drawnOffThread;
    /** A chart was drawn off the JavaFX thread since the viewer last got one. */
    private boolean viewerBehind;
    /** A refresh for the viewer's new size is queued (drawn off the JavaFX thread). */
    private boolean resizeQueued;
    private final javafx.scene.control.Label stale = new javafx.scene.control.Label();

    public ChartPane(String viewerId, DoubleFunction<JFreeChart> factory, Node controls) {
        this.factory = factory;
        this.viewer = new ChartViewer(factory.apply(fit));
        setMinSize(0, 0);
        viewer.widthProperty().addListener(o -> resized());
        viewer.heightProperty().addListener(o -> resized());
        viewer.setId(viewerId);
        viewer.setMinSize(200, 150);
        getStyleClass().add("chart-pane");
        if (controls != null) {
            if (controls instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(0);
            }
            setTop(controls);
        }
        stale.setId(viewerId + "Stale");
        stale.getStyleClass().add("stale-note");
        stale.setVisible(false);
        stale.setWrapText(true);
        stale.setMouseTransparent(true);
        image = new OffThreadChartImage(viewerId + "Image");
        image.view().opacityProperty().bind(viewer.opacityProperty());
        setCenter(new javafx.scene.layout.StackPane(viewer, image.view(), stale));
    }

    public void refresh() {
        JFreeChart chart = factory.apply(fit);
        if (drawnOffThread && viewer.getWidth() > 0 && viewer.getHeight() > 0) {
            double scale = getScene() == null || getScene().getWindow() == null ? 1
                    : getScene().getWindow().getOutputScaleX();
            image.show(chart, viewer.getLayoutX(), viewer.getLayoutY(), viewer.getWidth(), viewer.getHeight(), scale);
            viewerBehind = true;
        } else {
            viewer.setChart(chart);
            viewerBehind = false;
        }
    }

    /**
     * On: refreshes draw the chart off the JavaFX thread (for charts redrawn while results stream in). Off: the
     * live viewer shows again, refreshed if a chart was drawn off the thread meanwhile.
     */
    public void setDrawnOffThread(boolean on) {
        drawnOffThread = on;
        if (!on) {
            if (viewerBehind) {
                refresh();
            }
            image.hide();
        }
    }

    /**
     * Keeps {@code fit} the largest text scale the viewer's size allows (at least 1), and an image drawn off the
     * JavaFX thread the viewer's size (the live viewer redraws itself when resized): once per layout, after both
     * the width and the height have changed.
     */
    private void resized() {
        double allowed = Math.max(1, Math.min(viewer.getWidth() / WIDTH_PER_SCALE, viewer.getHeight() / HEIGHT_PER_SCALE));
        boolean fitChanged = Math.abs(allowed - fit) > 0.05 * fit;
        if (fitChanged) {
            fit = allowed;
        }
        if (drawnOffThread) {
            if (!resizeQueued) {
                resizeQueued = true;
                javafx.application.Platform.runLater(() -> {
                    resizeQueued = false;
                    refresh();
                });
            }
        } else if (fitChanged) {
            refresh();
        }
    }

    /**
     * Marks the chart as showing results that no longer match the settings on screen: dimmed, with
     * {@code message} over it ("Results for μP — press Run"); null clears the mark.
     */
    public void setStale(String message) {
        boolean on = message != null;
        stale.setText(on ? message : "");
        stale.setVisible(on);
        viewer.setOpacity(on ? 0.3 : 1);
    }

    /** The stale mark's text, empty when the chart is current. */
    public String staleMessage() {
        return stale.getText();
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** The chart on show; while drawn off the JavaFX thread, a new one built from the newest data. */
    public JFreeChart chart() {
        return viewerBehind ? factory.apply(fit) : viewer.getChart();
    }

    /** Whether the newest chart is entirely on screen (always, unless drawn off the JavaFX thread). */
    boolean settled() {
        return !viewerBehind || image.settled();
    }
}
