package org.widthlab.ui.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn into an image on a background thread and put on screen a strip at a time, for a chart redrawn
 * while results stream in.
 * <p>
 * Why: where the window is drawn in software (no graphics card, a remote or virtual display), every pixel of a
 * region that changed is painted again by JavaFX's render thread, and the next frame waits for it. A redrawn
 * chart canvas is one region: at 1920×1080 under Xvfb a 1590×909 px chart took that thread 30–120 ms (median
 * ~60 ms), and the canvas's drawing added 25–40 ms of JavaFX-thread work in front of it. Here the chart is
 * drawn with Java2D off both JavaFX threads, and the image reaches the screen as horizontal strips of at most
 * {@link #STRIP_PIXELS} pixels, one strip a frame and only the strips whose pixels changed: each frame paints
 * a small region, and a new chart sweeps over the old one in a few frames.
 * <p>
 * Confinement: {@link #show} takes a chart the JavaFX thread has just built and does not touch again; only the
 * drawing thread reads it, and only it touches {@link #drawn}. Only the newest chart asked for is drawn. Only
 * the JavaFX thread touches the strips, their images, and what is still to be written.
 */
final class OffThreadChartImage {

    /**
     * The most pixels one strip holds, and so roughly the most this puts on screen in one frame: about 130,000
     * pixels, a tenth of a full-HD chart, which the software renderer paints in a few milliseconds.
     */
    static final int STRIP_PIXELS = 1 << 17;

    private static final ExecutorService DRAWING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "chart-image");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * A chart to draw, at a size in device pixels; {@code epoch} tells which showing it belongs to, {@code number}
     * which request it was.
     */
    private record Request(JFreeChart chart, int width, int height, double scale, long epoch, long number) {
    }

    /**
     * A drawn chart: its pixels (premultiplied ARGB, rows of {@code width}), the strips that changed, and the
     * request it answers.
     */
    record Frame(int[] pixels, int width, int height, BitSet changed, long epoch, long number) {

        int rowsPerStrip() {
            return rowsPerStrip(width, height);
        }

        int strips() {
            return (height + rowsPerStrip() - 1) / rowsPerStrip();
        }

        static int rowsPerStrip(int width, int height) {
            return Math.max(1, Math.min(height, STRIP_PIXELS / Math.max(1, width)));
        }
    }

    private final Pane strips = new Pane();
    private final AtomicReference<Request> newest = new AtomicReference<>();
    private final AnimationTimer writer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!writeNextStrip()) {
                stop();
            }
        }
    };
    /** The showing the strips belong to; a new one begins with {@link #hide}. JavaFX thread. */
    private long epoch;
    /** The number of the newest request, and of the newest frame that has arrived. JavaFX thread. */
    private long requested;
    private long arrived;
    /** The newest frame drawn and the strips of it not yet on screen. JavaFX thread. */
    private Frame source;
    private final BitSet unwritten = new BitSet();
    private double scale = 1;
    /** The last frame drawn, to tell which strips the next one changes. Drawing thread only. */
    private Frame drawn;

    OffThreadChartImage(String id) {
        strips.setId(id);
        strips.setManaged(false);
    }

    /** The strips, laid over the chart's viewer; empty until a chart has been drawn and after {@link #hide}. */
    Pane view() {
        return strips;
    }

    /**
     * Draws {@code chart} at {@code width} × {@code height} (scene pixels) times the screen's output {@code scale}
     * on the drawing thread, then puts it on screen at {@code (x, y)}, a strip a frame; the JavaFX thread must not
     * touch {@code chart} again.
     */
    void show(JFreeChart chart, double x, double y, double width, double height, double scale) {
        strips.relocate(x, y);
        this.scale = scale;
        Request request = new Request(chart, Math.max(1, (int) Math.ceil(width * scale)),
                Math.max(1, (int) Math.ceil(height * scale)), scale, epoch, ++requested);
        if (newest.getAndSet(request) == null) {
            DRAWING.execute(this::drawNewest);
        }
    }

    /** Takes the strips off the screen; charts still being drawn or written are dropped. */
    void hide() {
        epoch++;
        arrived = requested;
        writer.stop();
        source = null;
        unwritten.clear();
        strips.getChildren().clear();
    }

    /** Whether the newest chart asked for has been drawn and every strip of it is on screen. */
    boolean settled() {
        return arrived == requested && unwritten.isEmpty();
    }

    private void drawNewest() {
        Request request = newest.getAndSet(null);
        if (request == null) {
            return;
        }
        BufferedImage image = ChartDrawing.draw(request.chart(), request.width(), request.height(), request.scale());
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Frame previous = drawn != null && drawn.epoch() == request.epoch() ? drawn : null;
        Frame frame = new Frame(pixels, request.width(), request.height(),
                changedStrips(previous, pixels, request.width(), request.height()), request.epoch(), request.number());
        drawn = frame;
        Platform.runLater(() -> arrived(frame));
    }

    /**
     * The strips of a {@code width} × {@code height} image whose pixels differ from {@code previous}'s; all of
     * them when there is no previous image of that size.
     */
    static BitSet changedStrips(Frame previous, int[] pixels, int width, int height) {
        int rows = Frame.rowsPerStrip(width, height);
        int count = (height + rows - 1) / rows;
        BitSet changed = new BitSet(count);
        if (previous == null || previous.width() != width || previous.height() != height) {
            changed.set(0, count);
            return changed;
        }
        for (int s = 0; s < count; s++) {
            int from = s * rows * width;
            int to = Math.min(height, (s + 1) * rows) * width;
            if (Arrays.mismatch(previous.pixels(), from, to, pixels, from, to) >= 0) {
                changed.set(s);
            }
        }
        return changed;
    }

    private void arrived(Frame frame) {
        if (frame.epoch() != epoch) {
            return;
        }
        arrived = frame.number();
        if (source == null || source.width() != frame.width() || source.height() != frame.height()) {
            strips.getChildren().clear();
            unwritten.clear();
        }
        source = frame;
        unwritten.or(frame.changed());
        writer.start();
    }

    /** Puts the next strip still to be written on screen; false when there was none. */
    private boolean writeNextStrip() {
        int s = unwritten.nextSetBit(0);
        if (s < 0 || source == null) {
            return false;
        }
        unwritten.clear(s);
        int rows = source.rowsPerStrip();
        int height = Math.min(rows, source.height() - s * rows);
        while (strips.getChildren().size() <= s) {
            strips.getChildren().add(new ImageView());
        }
        ImageView view = (ImageView) strips.getChildren().get(s);
        StripPixels pixels = view.getUserData() instanceof StripPixels shown && shown.fits(source.width(), height)
                ? shown : new StripPixels(source.width(), height);
        pixels.copy(source.pixels(), s * rows * source.width());
        view.setUserData(pixels);
        view.setImage(pixels.image());
        view.relocate(0, s * rows / scale);
        view.setFitWidth(scale == 1 ? 0 : source.width() / scale);
        view.setFitHeight(scale == 1 ? 0 : height / scale);
        return true;
    }

    /**
     * A strip's image, backed by an array in the chart's own pixel format (premultiplied ARGB ints). Why: a
     * {@link WritableImage} of its own keeps bytes (BGRA), so every strip written was converted from ints to
     * bytes on the JavaFX thread, and the software renderer, whose textures are ints, converted it back; before
     * the JIT compiler had turned those loops into machine code, the two took tens of milliseconds a strip in a
     * grid's first second. Here a strip is one array copy, and the renderer copies it as it is.
     */
    private static final class StripPixels {
        private final int[] array;
        private final PixelBuffer<IntBuffer> buffer;
        private final WritableImage image;

        StripPixels(int width, int height) {
            array = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(array), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }

        boolean fits(int width, int height) {
            return buffer.getWidth() == width && buffer.getHeight() == height;
        }

        /** Copies the strip's rows from {@code pixels}, beginning at {@code offset}; JavaFX thread. */
        void copy(int[] pixels, int offset) {
            buffer.updateBuffer(whole -> {
                System.arraycopy(pixels, offset, array, 0, array.length);
                return null;
            });
        }

        WritableImage image() {
            return image;
        }
    }
}
