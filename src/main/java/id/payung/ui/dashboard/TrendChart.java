package id.payung.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.NamedArg;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The dashboard's growth per year: a column per year, a segment per funder, each segment's figure inside it
 * ({@link DashboardCharts#stackLabels}). A segment too thin for its figure (a funder of 309 under the province's
 * thousands, "Rp 37.674.000" in the Rupiah view) has it written beside its column instead, with a swatch of its
 * colour; figures that would overlap there are moved apart, top to bottom. The columns leave room beside them for it.
 */
public final class TrendChart extends StackedBarChart<String, Number> {
    /** The part of each year's width left free beside its column: room for the figures of thin segments. */
    private static final double GAP_SHARE = 0.45;
    /** Between a column and the figures beside it, and between two figures, px. */
    private static final double SPACE = 4;

    private final List<Label> beside = new ArrayList<>();

    public TrendChart(@NamedArg("xAxis") Axis<String> xAxis, @NamedArg("yAxis") Axis<Number> yAxis) {
        super(xAxis, yAxis);
        if (xAxis instanceof CategoryAxis years) {
            years.categorySpacingProperty().addListener((obs, old, spacing) ->
                    setCategoryGap(Math.max(10, Math.floor(spacing.doubleValue() * GAP_SHARE))));
        }
    }

    /** The figures written beside their columns at the last layout (for tests). */
    List<Label> besideFigures() {
        return List.copyOf(beside);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(beside);
        beside.clear();
        Map<String, List<Placed>> columns = new LinkedHashMap<>();
        double plotWidth = getXAxis().getWidth();
        for (Series<String, Number> s : getData()) {
            for (Data<String, Number> d : s.getData()) {
                if (!(d.getNode() instanceof StackPane bar) || d.getYValue() == null || d.getYValue().doubleValue() <= 0) {
                    continue;
                }
                Label inside = insideFigure(bar);
                if (inside == null || fitsInside(bar, inside)) {
                    continue;
                }
                Region swatch = new Region();
                swatch.setMinSize(9, 9);
                swatch.setPrefSize(9, 9);
                swatch.setMaxSize(9, 9);
                swatch.setStyle(bar.getStyle().replace("-fx-bar-fill", "-fx-background-color"));
                Label figure = new Label(inside.getText(), swatch);
                figure.getStyleClass().addAll("bar-value", "bar-value-beside");
                figure.setGraphicTextGap(3);
                // Readable where it reaches over a grid line or the next column.
                figure.setStyle("-fx-background-color: rgba(255, 255, 255, 0.85); -fx-padding: 0 2 0 1;");
                figure.setManaged(false);
                figure.setMouseTransparent(true);
                beside.add(figure);
                columns.computeIfAbsent(d.getXValue(), x -> new ArrayList<>()).add(new Placed(figure, bar.getBoundsInParent()));
            }
        }
        getPlotChildren().addAll(beside);
        for (List<Placed> column : columns.values()) {
            place(column, plotWidth);
        }
    }

    /** Writes a column's thin segments' figures beside it, right of it where the plot has room, else left of it. */
    private static void place(List<Placed> column, double plotWidth) {
        double top = Double.MAX_VALUE;
        double bottom = 0;
        double widest = 0;
        for (Placed p : column) {
            p.figure().applyCss();
            p.width = p.figure().prefWidth(-1);
            p.height = p.figure().prefHeight(-1);
            p.y = p.bar().getCenterY() - p.height / 2;
            top = Math.min(top, p.bar().getMinY());
            bottom = Math.max(bottom, p.bar().getMaxY());
            widest = Math.max(widest, p.width);
        }
        // Top to bottom as the segments are; each below the one above it, then all up from the column's foot if the
        // last one went lower than that.
        column.sort(Comparator.comparingDouble(p -> p.y));
        for (int i = 1; i < column.size(); i++) {
            Placed above = column.get(i - 1);
            column.get(i).y = Math.max(column.get(i).y, above.y + above.height + 1);
        }
        Placed last = column.get(column.size() - 1);
        if (last.y + last.height > bottom) {
            last.y = bottom - last.height;
            for (int i = column.size() - 2; i >= 0; i--) {
                Placed below = column.get(i + 1);
                column.get(i).y = Math.min(column.get(i).y, below.y - column.get(i).height - 1);
            }
        }
        double right = column.get(0).bar().getMaxX() + SPACE;
        boolean onTheRight = right + widest <= plotWidth;
        for (Placed p : column) {
            double x = onTheRight ? right : p.bar().getMinX() - SPACE - p.width;
            p.figure().resizeRelocate(Math.max(0, x), p.y, p.width, p.height);
        }
    }

    /** The figure {@link DashboardCharts#stackLabels} put inside the segment; null if none. */
    private static Label insideFigure(StackPane bar) {
        for (Node n : bar.getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains("bar-value-inside")) {
                return l;
            }
        }
        return null;
    }

    /** The rule of {@link DashboardCharts#stackLabels}: the segment holds its figure with a little room. */
    private static boolean fitsInside(StackPane bar, Label inside) {
        inside.applyCss();
        return bar.getHeight() >= inside.prefHeight(-1) + 2 && bar.getWidth() >= inside.prefWidth(-1) + 4;
    }

    /** A figure and the segment it belongs to, and where it goes. */
    private static final class Placed {
        private final Label figure;
        private final Bounds bar;
        private double width;
        private double height;
        private double y;

        Placed(Label figure, Bounds bar) {
            this.figure = figure;
            this.bar = bar;
        }

        Label figure() {
            return figure;
        }

        Bounds bar() {
            return bar;
        }
    }
}
