package org.widthlab.ui.charts;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places text labels next to their points so that no label covers another label or anything the chart
 * marks as an obstacle (thick lines, points, rings), and none leaves the plot: the first free spot of a
 * fixed ring of candidates (right, left, above, below, the diagonals, then twice as far), or the least
 * crowded one. No JavaFX.
 */
public final class LabelPlacer {

    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1},
        {-1, 1}};

    private final Rectangle2D area;
    private final List<Shape> obstacles;
    private final List<Rectangle2D> placed = new ArrayList<>();

    public LabelPlacer(Rectangle2D area, List<Shape> obstacles) {
        this.area = area;
        this.obstacles = new ArrayList<>(obstacles);
    }

    public void avoid(Shape shape) {
        obstacles.add(shape);
    }

    /** The box of a label of size {@code text} (padding included) placed near {@code anchor}; it becomes an obstacle. */
    public Rectangle2D place(Point2D anchor, Rectangle2D text, double gap) {
        double w = text.getWidth() + 6;
        double h = text.getHeight() + 4;
        Rectangle2D best = null;
        int fewest = Integer.MAX_VALUE;
        for (double distance : new double[] {gap, 2.5 * gap}) {
            for (double[] d : DIRECTIONS) {
                double x = anchor.getX() + d[0] * distance + (d[0] > 0 ? 0 : d[0] < 0 ? -w : -w / 2);
                double y = anchor.getY() + d[1] * distance + (d[1] > 0 ? 0 : d[1] < 0 ? -h : -h / 2);
                Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
                int collisions = collisions(box);
                if (collisions < fewest) {
                    fewest = collisions;
                    best = box;
                }
                if (collisions == 0) {
                    placed.add(box);
                    return box;
                }
            }
        }
        placed.add(best);
        return best;
    }

    /** Other labels and obstacles the box touches; leaving the plot counts as many. */
    public int collisions(Rectangle2D box) {
        int count = area.contains(box) ? 0 : 100;
        for (Rectangle2D other : placed) {
            count += other.intersects(box) ? 10 : 0;
        }
        for (Shape obstacle : obstacles) {
            count += obstacle.intersects(box) ? 1 : 0;
        }
        return count;
    }

    public List<Rectangle2D> placed() {
        return List.copyOf(placed);
    }
}
