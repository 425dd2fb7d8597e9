package org.widthlab.ui.explorer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.widthlab.theory.Regime;
import org.widthlab.theory.phase.PhasePiece;
import org.widthlab.theory.phase.PhasePoint;
import org.widthlab.theory.phase.PhaseSlice;
import org.widthlab.ui.charts.ChartStyle;
import org.widthlab.ui.charts.LabelPlacer;
import org.widthlab.ui.charts.RegimePalette;

/**
 * The phase diagram: an exact {@link PhaseSlice} drawn as what it is — the unstable and trivial classes as
 * filled polygons, the kernel and feature-learning sets as thick segments and points on top, the current
 * parametrization as a ring, the presets on the slice as labelled dots whose labels are placed where they
 * overlap nothing. Polygons are drawn from their exact vertices, so an SVG export is exact too. No JavaFX.
 */
final class PhaseDiagramChart {

    private PhaseDiagramChart() {
    }

    /** The thickness of a segment, in pixels at font scale 1 (thick enough to click). */
    static final double LINE_PX = 7;

    static JFreeChart create(PhaseSlice slice, ChartStyle style) {
        NumberAxis xAxis = axis(slice.xMin().toDouble(), slice.xMax().toDouble());
        NumberAxis yAxis = axis(slice.yMin().toDouble(), slice.yMax().toDouble());
        XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
        plot.addAnnotation(new Layer(slice, style));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setFixedLegendItems(legend(slice, style));
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        int depth = slice.center().depth();
        chart.addSubtitle(0, style.title("Phase diagram: $" + slice.y().latex() + "$ against $" + slice.x().latex()
                + "$"));
        chart.addSubtitle(1, style.subtitle("other exponents as in the panel · hover for the deciding inequality,"
                + " click to move there"));
        chart.addSubtitle(style.axisLabel("$" + slice.x().latex() + "$  (" + slice.x().meaning(depth) + ")",
                RectangleEdge.BOTTOM));
        chart.addSubtitle(style.axisLabel("$" + slice.y().latex() + "$  (" + slice.y().meaning(depth) + ")",
                RectangleEdge.LEFT));
        return style.apply(chart);
    }

    private static NumberAxis axis(double from, double to) {
        NumberAxis axis = new NumberAxis(null);
        axis.setRange(from, to);
        axis.setTickUnit(new NumberTickUnit(0.5));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static LegendItemCollection legend(PhaseSlice slice, ChartStyle style) {
        double s = style.scale();
        LegendItemCollection legend = new LegendItemCollection();
        Shape square = new Rectangle2D.Double(-7 * s, -7 * s, 14 * s, 14 * s);
        Shape bar = new Rectangle2D.Double(-9 * s, -LINE_PX * s / 2, 18 * s, LINE_PX * s);
        for (Regime regime : Regime.values()) {
            boolean thin = regime == Regime.KERNEL || regime == Regime.FEATURE_LEARNING;
            legend.add(new LegendItem(regime.displayName(), null, null, null, thin ? bar : square,
                    thin ? RegimePalette.strong(regime) : RegimePalette.region(regime),
                    new BasicStroke(1.5f), RegimePalette.strong(regime)));
        }
        Shape ring = new Ellipse2D.Double(-7 * s, -7 * s, 14 * s, 14 * s);
        legend.add(new LegendItem("current", null, null, null, true, ring, false, Color.WHITE, true, Color.BLACK,
                new BasicStroke((float) (3 * s)), false, ring, new BasicStroke(1), Color.BLACK));
        if (!slice.presets().isEmpty()) {
            legend.add(new LegendItem("preset", null, null, null, new Ellipse2D.Double(-5 * s, -5 * s, 10 * s, 10 * s),
                    Color.BLACK));
        }
        return legend;
    }

    /** Draws the pieces, the current point, the presets and every label, in data coordinates of the plot. */
    static final class Layer extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        private final transient PhaseSlice slice;
        private final ChartStyle style;
        /** What the last drawing placed: the labels' boxes and the thick sets' outlines, in pixels (for tests). */
        private transient List<Rectangle2D> lastLabels = List.of();
        private transient List<Shape> lastThick = List.of();

        Layer(PhaseSlice slice, ChartStyle style) {
            this.slice = slice;
            this.style = style;
        }

        @Override
        public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis, int index,
                PlotRenderingInfo info) {
            Projection to = new Projection(area, xAxis, yAxis, plot);
            double s = style.scale();
            java.awt.Shape clip = g.getClip();
            g.clip(area);
            List<Shape> obstacles = new ArrayList<>();
            for (PhasePiece piece : slice.pieces()) {
                if (piece.set().dimension() == 2) {
                    Path2D polygon = to.polygon(piece.set().vertices());
                    g.setPaint(RegimePalette.region(piece.regime()));
                    g.fill(polygon);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(polygon);
                }
            }
            labelRegions(g, to, obstacles);
            for (PhasePiece piece : slice.pieces()) {
                if (piece.set().dimension() < 2) {
                    Shape thick = to.thick(piece.set().vertices(), LINE_PX * s);
                    g.setPaint(RegimePalette.strong(piece.regime()));
                    g.fill(thick);
                    if (piece.set().dimension() == 0) {
                        g.setPaint(Color.WHITE);
                        g.setStroke(new BasicStroke((float) (1.5 * s)));
                        g.draw(thick);
                    }
                    obstacles.add(thick.getBounds2D().getWidth() * thick.getBounds2D().getHeight() > 0
                            ? thick : thick.getBounds2D());
                }
            }
            Point2D current = to.point(slice.frame().centerPoint());
            double ring = 14 * s;
            Shape currentRing = new Ellipse2D.Double(current.getX() - ring, current.getY() - ring, 2 * ring, 2 * ring);
            g.setPaint(Color.WHITE);
            g.setStroke(new BasicStroke((float) (6 * s)));
            g.draw(currentRing);
            g.setPaint(Color.BLACK);
            g.setStroke(new BasicStroke((float) (3 * s)));
            g.draw(currentRing);
            obstacles.add(currentRing.getBounds2D());
            Font font = style.note();
            LabelPlacer placer = new LabelPlacer(area, obstacles);
            for (PhaseSlice.PresetMark mark : slice.presets()) {
                Point2D at = to.point(mark.point());
                double r = 4 * s;
                Shape dot = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
                g.setPaint(Color.BLACK);
                g.fill(dot);
                g.setPaint(Color.WHITE);
                g.setStroke(new BasicStroke((float) (1.5 * s)));
                g.draw(dot);
                placer.avoid(dot.getBounds2D());
            }
            for (PhaseSlice.PresetMark mark : slice.presets()) {
                Point2D at = to.point(mark.point());
                String name = mark.preset().displayName();
                Rectangle2D box = placer.place(at, g.getFontMetrics(font).getStringBounds(name, g), 9 * s);
                g.setPaint(new Color(255, 255, 255, 225));
                g.fill(box);
                g.setPaint(Color.BLACK);
                g.setFont(font);
                g.drawString(name, (float) (box.getX() + 3 * s), (float) (box.getMaxY() - g.getFontMetrics(font).getDescent()
                        - 2 * s));
            }
            lastLabels = placer.placed();
            lastThick = obstacles;
            g.setClip(clip);
        }

        List<Rectangle2D> lastLabels() {
            return lastLabels;
        }

        List<Shape> lastThick() {
            return lastThick;
        }

        /** Each area class is named inside its largest polygon, where the name fits (colour is not the only cue). */
        private void labelRegions(Graphics2D g, Projection to, List<Shape> obstacles) {
            Font font = style.label().deriveFont(Font.ITALIC);
            for (Regime regime : List.of(Regime.UNSTABLE_AT_INIT, Regime.UNSTABLE_IN_TRAINING, Regime.TRIVIAL)) {
                Optional<Path2D> largest = slice.pieces().stream()
                        .filter(p -> p.regime() == regime && p.set().dimension() == 2)
                        .map(p -> to.polygon(p.set().vertices()))
                        .max(Comparator.comparingDouble(p -> p.getBounds2D().getWidth() * p.getBounds2D().getHeight()));
                if (largest.isEmpty()) {
                    continue;
                }
                Path2D polygon = largest.get();
                String name = regime.displayName();
                Rectangle2D text = g.getFontMetrics(font).getStringBounds(name, g);
                for (Point2D at : insidePoints(polygon)) {
                    Rectangle2D box = new Rectangle2D.Double(at.getX() - text.getWidth() / 2 - 4,
                            at.getY() - text.getHeight() / 2, text.getWidth() + 8, text.getHeight());
                    if (polygon.contains(box) && obstacles.stream().noneMatch(o -> o.intersects(box))
                            && slice.pieces().stream().noneMatch(p -> p.set().dimension() < 2
                                    && to.thick(p.set().vertices(), LINE_PX * style.scale()).intersects(box))) {
                        g.setFont(font);
                        g.setPaint(RegimePalette.strong(regime).darker());
                        g.drawString(name, (float) (box.getX() + 4),
                                (float) (box.getMaxY() - g.getFontMetrics(font).getDescent()));
                        obstacles.add(box);
                        break;
                    }
                }
            }
        }

        /** Where a region's name may go: the mean of its corners, then towards each corner. */
        private static List<Point2D> insidePoints(Path2D polygon) {
            List<Point2D> corners = new ArrayList<>();
            double[] c = new double[6];
            for (var it = polygon.getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
                    corners.add(new Point2D.Double(c[0], c[1]));
                }
            }
            double mx = corners.stream().mapToDouble(Point2D::getX).average().orElse(0);
            double my = corners.stream().mapToDouble(Point2D::getY).average().orElse(0);
            List<Point2D> points = new ArrayList<>(List.of(new Point2D.Double(mx, my)));
            for (double f : new double[] {0.35, 0.6}) {
                corners.forEach(k -> points.add(new Point2D.Double(mx + f * (k.getX() - mx), my + f * (k.getY() - my))));
            }
            return points;
        }
    }

    /** From exact exponent coordinates to the plot's pixels. */
    record Projection(Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis, XYPlot plot) {

        Point2D point(PhasePoint p) {
            return new Point2D.Double(xAxis.valueToJava2D(p.xDouble(), area, plot.getDomainAxisEdge()),
                    yAxis.valueToJava2D(p.yDouble(), area, plot.getRangeAxisEdge()));
        }

        Path2D polygon(List<PhasePoint> vertices) {
            Path2D path = new Path2D.Double();
            for (int i = 0; i < vertices.size(); i++) {
                Point2D p = point(vertices.get(i));
                if (i == 0) {
                    path.moveTo(p.getX(), p.getY());
                } else {
                    path.lineTo(p.getX(), p.getY());
                }
            }
            path.closePath();
            return path;
        }

        /** A point as a disc, a segment as a thick bar with round ends. */
        Shape thick(List<PhasePoint> vertices, double width) {
            Point2D a = point(vertices.get(0));
            Point2D b = vertices.size() > 1 ? point(vertices.get(1)) : a;
            if (a.equals(b)) {
                double r = width * 1.2;
                return new Ellipse2D.Double(a.getX() - r, a.getY() - r, 2 * r, 2 * r);
            }
            return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(new Line2D.Double(a, b));
        }
    }
}
