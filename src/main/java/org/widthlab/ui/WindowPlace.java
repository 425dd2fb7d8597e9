package org.widthlab.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/** Where the window was on the screen and how large (its bounds when not maximized), and whether it was maximized. */
record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    /** How much of the window's top edge must be on a screen to be reachable with the mouse. */
    static final double REACHABLE_PX = 80;

    /**
     * This place if its top edge can be reached on one of {@code screens} (a screen may have been unplugged
     * since), otherwise the same size centered on {@code primary}; never larger than the screen it lands on.
     */
    WindowPlace fittedTo(List<Rectangle2D> screens, Rectangle2D primary) {
        for (Rectangle2D screen : screens) {
            Rectangle2D topEdge = new Rectangle2D(x, y, Math.max(1, width), 1);
            if (screen.intersects(topEdge) && overlap(x, x + width, screen.getMinX(), screen.getMaxX()) >= REACHABLE_PX
                    && y >= screen.getMinY() && y < screen.getMaxY() - REACHABLE_PX / 2) {
                return new WindowPlace(x, y, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()),
                        maximized);
            }
        }
        double w = Math.min(width, primary.getWidth());
        double h = Math.min(height, primary.getHeight());
        return new WindowPlace(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h, maximized);
    }

    private static double overlap(double from1, double to1, double from2, double to2) {
        return Math.min(to1, to2) - Math.max(from1, from2);
    }

    /** Whether the numbers make a window at all (a corrupted settings file may say otherwise). */
    boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width >= 100 && height >= 100;
    }
}
