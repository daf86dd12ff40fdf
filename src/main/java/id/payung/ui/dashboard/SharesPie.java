package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.chart.PieChart;
import javafx.scene.text.Text;

/**
 * The dashboard's pie of funding shares: each slice of at least {@link #LABEL_MIN_PERCENT} carries its share inside
 * it ("60,6%"), readable from across a meeting room; a thinner slice has no room for one, and is named with its
 * figures by the legend beside the chart (DashboardView), as every funder is.
 */
public final class SharesPie extends PieChart {
    /** Slices below this share (in %) carry no figure inside them. */
    static final double LABEL_MIN_PERCENT = 5;
    /** How far out from the centre a figure sits, as a part of the radius: in the slice's broad part. */
    private static final double LABEL_RADIUS = 0.62;

    private final List<Text> figures = new ArrayList<>();

    @Override
    protected void layoutChartChildren(double top, double left, double contentWidth, double contentHeight) {
        super.layoutChartChildren(top, left, contentWidth, contentHeight);
        getChartChildren().removeAll(figures);
        figures.clear();
        double total = getData().stream().mapToDouble(d -> Math.max(0, d.getPieValue())).sum();
        wholeSlices();
        Bounds pie = null;
        for (Data d : getData()) {
            if (d.getNode() != null) {
                Bounds b = d.getNode().getBoundsInParent();
                pie = pie == null ? b : union(pie, b);
            }
        }
        if (total <= 0 || pie == null) {
            return;
        }
        // The slices together make the whole disc: its centre and radius, in the chart's own coordinates.
        double cx = pie.getCenterX();
        double cy = pie.getCenterY();
        double r = Math.max(pie.getWidth(), pie.getHeight()) / 2;
        double start = getStartAngle();
        double direction = isClockwise() ? -1 : 1;
        for (Data d : getData()) {
            double percent = 100 * Math.max(0, d.getPieValue()) / total;
            double extent = 360 * percent / 100;
            Text t = new Text(Formats.percent(percent));
            if (percent >= LABEL_MIN_PERCENT) {
                double middle = Math.toRadians(start + direction * extent / 2);
                t.getStyleClass().add("pie-share");
                // White with a dark edge: readable on every funder's colour, the light ones too.
                // The font set here, not by CSS: its size is measured below, before the figure is in the scene.
                t.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 14));
                t.setStyle("-fx-fill: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.75), 3, 0.4, 0, 0);");
                t.setManaged(false);
                t.setMouseTransparent(true);
                Bounds size = t.getLayoutBounds();
                if (!fits(extent, LABEL_RADIUS * r, size.getWidth())) {
                    start += direction * extent;
                    continue;
                }
                t.relocate(cx + LABEL_RADIUS * r * Math.cos(middle) - size.getWidth() / 2,
                        cy - LABEL_RADIUS * r * Math.sin(middle) - size.getHeight() / 2);
                figures.add(t);
            }
            start += direction * extent;
        }
        getChartChildren().addAll(figures);
    }

    /**
     * A slice is drawn as a wedge: two radii and the arc between them. A slice that is the whole pie (one funder pays
     * for everyone) is drawn as a disc instead, without the radius from its centre to 12 o'clock that its wedge's
     * white edge drew there; a slice of nothing (a funder with no cost in the Rupiah view) is not drawn at all, which
     * as a wedge of no width was a white radius too.
     */
    private void wholeSlices() {
        long shown = getData().stream().filter(d -> d.getPieValue() > 0).count();
        for (Data d : getData()) {
            if (d.getNode() instanceof javafx.scene.layout.Region slice
                    && slice.getShape() instanceof javafx.scene.shape.Arc arc) {
                // PieChart draws every slice ROUND (a wedge); a CHORD of 360° is the full disc with no radius in it.
                javafx.scene.shape.ArcType type = shown == 1 && d.getPieValue() > 0 ? javafx.scene.shape.ArcType.CHORD
                        : javafx.scene.shape.ArcType.ROUND;
                if (arc.getType() != type) {
                    arc.setType(type);
                }
                slice.setVisible(d.getPieValue() > 0);
            }
        }
    }

    /**
     * Whether a figure {@code width} wide fits in a slice of {@code extentDegrees} where it sits ({@code radius} from
     * the centre): the slice's arc there holds it with room to spare. Two neighbouring slices of 5 % on a laptop's
     * pie put their figures over each other; the legend names them.
     */
    static boolean fits(double extentDegrees, double radius, double width) {
        return Math.toRadians(extentDegrees) * radius >= width + 12;
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
