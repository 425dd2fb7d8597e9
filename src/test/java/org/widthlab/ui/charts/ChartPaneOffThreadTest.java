package org.widthlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.widthlab.ui.FxThreadExceptions;

/**
 * A chart pane drawn off the JavaFX thread lays the newest chart over its viewer in strips that tile the viewer,
 * and gives the live viewer the newest chart once that is turned off.
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class ChartPaneOffThreadTest {

    /** The background of the n-th chart the factory builds (cycling), so the image tells which chart it shows. */
    private static final Color[] BACKGROUNDS = {Color.RED, Color.GREEN, Color.BLUE};
    /** Tall enough for several strips (at 600 px wide a strip holds 218 rows), the last one shorter. */
    private static final int WIDTH = 600;
    private static final int HEIGHT = 700;

    private final List<JFreeChart> built = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private JFreeChart chart() {
        JFreeChart chart = new JFreeChart(new XYPlot());
        chart.setBackgroundPaint(BACKGROUNDS[built.size() % BACKGROUNDS.length]);
        built.add(chart);
        return chart;
    }

    @Test
    void theNewestChartIsLaidOverTheViewerInStripsThenTheLiveViewerGetsIt(FxRobot robot) throws Exception {
        ChartPane[] pane = new ChartPane[1];
        robot.interact(() -> {
            pane[0] = new ChartPane("chart", fit -> chart(), null);
            stage.setScene(new Scene(pane[0], WIDTH, HEIGHT));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> pane[0].viewer().getHeight() > 0).get());
        Pane strips = robot.lookup("#chartImage").queryAs(Pane.class);
        JFreeChart live = pane[0].viewer().getChart();
        robot.interact(() -> {
            pane[0].setDrawnOffThread(true);
            pane[0].refresh();
            pane[0].refresh();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(pane[0]::settled).get());

        double[] viewer = new double[2];
        Bounds[] viewerBounds = new Bounds[1];
        List<Integer> shown = new ArrayList<>();
        List<Bounds> bounds = new ArrayList<>();
        robot.interact(() -> {
            viewer[0] = pane[0].viewer().getWidth();
            viewer[1] = pane[0].viewer().getHeight();
            viewerBounds[0] = pane[0].viewer().localToScene(pane[0].viewer().getBoundsInLocal());
            for (Node strip : strips.getChildren()) {
                ImageView view = (ImageView) strip;
                shown.add(view.getImage().getPixelReader().getArgb(2, (int) view.getImage().getHeight() - 1));
                bounds.add(view.localToScene(view.getBoundsInLocal()));
            }
        });
        int rows = OffThreadChartImage.Frame.rowsPerStrip((int) viewer[0], (int) viewer[1]);
        assertEquals(Math.ceil(viewer[1] / rows), bounds.size(), "strips of " + rows + " rows");
        Color newest = BACKGROUNDS[(built.size() - 1) % BACKGROUNDS.length];
        shown.forEach(argb -> assertEquals(newest.getRGB(), argb, "every strip shows the newest chart (its background)"));
        double top = viewerBounds[0].getMinY();
        for (Bounds strip : bounds) {
            assertEquals(top, strip.getMinY(), 0.5, "each strip begins where the last ended");
            assertEquals(viewerBounds[0].getMinX(), strip.getMinX(), 0.5);
            assertEquals(viewerBounds[0].getWidth(), strip.getWidth(), 0.5, "as wide as the viewer");
            top = strip.getMaxY();
        }
        assertEquals(viewerBounds[0].getMaxY(), top, 0.5, "the strips end where the viewer ends");
        assertSame(live, pane[0].viewer().getChart(), "the viewer under the strips was not redrawn");
        assertNotSame(live, pane[0].chart(), "what export gets is built from the newest data");

        robot.interact(() -> pane[0].setDrawnOffThread(false));
        assertTrue(strips.getChildren().isEmpty(), "the strips are gone");
        assertSame(built.get(built.size() - 1), pane[0].viewer().getChart(), "the live viewer has the newest chart");
    }
}
