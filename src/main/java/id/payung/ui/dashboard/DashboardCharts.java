package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import java.util.function.Function;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** Small chart helpers shared by the dashboard's tabs. */
final class DashboardCharts {
    private DashboardCharts() {
    }

    /** Tick labels as id-ID counts (5.280); no axis animation, which would redraw the bars while ranging. */
    static void countTicks(NumberAxis axis) {
        ticks(axis, n -> Formats.count(n.longValue()));
    }

    /** Tick labels as percentages (12%). */
    static void percentTicks(NumberAxis axis) {
        ticks(axis, n -> n.doubleValue() == Math.rint(n.doubleValue()) ? Formats.count(n.longValue()) + "%"
                : Formats.percent(n.doubleValue()));
    }

    private static void ticks(NumberAxis axis, Function<Number, String> format) {
        axis.setAnimated(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return format.apply(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
    }

    /**
     * Fixes a value axis to 0…a round number above {@code max} with about five round ticks: auto-ranging
     * picks ticks whose id-ID labels overlap ("1.0001.100") and rescales visibly on every change.
     *
     * @param wholeSteps true for counts (ticks at whole numbers), false for percentages
     */
    static void scale(NumberAxis axis, double max, boolean wholeSteps) {
        double top = max > 0 ? max * 1.15 : 1; // room for the value written beside the largest bar
        double raw = top / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * magnitude;
        for (double f : new double[] {1, 2, 2.5, 5}) {
            if (f * magnitude >= raw) {
                step = f * magnitude;
                break;
            }
        }
        if (wholeSteps) {
            step = Math.max(1, Math.ceil(step));
        }
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound(Math.ceil(top / step) * step);
    }

    /**
     * Gives a chart drawn anew (a slide's, whose legend is made with it) {@code style} and its series' colours by the
     * chart's colour slots (default-color0…7), so its legend's symbols are in {@code colours} (by series name) as its bars.
     */
    static void legendColours(XYChart<?, ?> chart, java.util.Map<String, String> colours, String style) {
        StringBuilder all = new StringBuilder(style);
        for (int i = 0; i < chart.getData().size() && i < 8; i++) {
            String colour = colours.get(chart.getData().get(i).getName());
            if (colour != null) {
                all.append(" CHART_COLOR_").append(i + 1).append(": ").append(colour).append(';');
            }
        }
        chart.setStyle(all.toString());
    }

    /**
     * Shows exactly these categories, in this order, and has them drawn in the next pulse. The axis's own list
     * is changed in place: a new list given to setCategories does not redraw the labels while the axis keeps its
     * length, so a chart would show the bars of one year under the names of the last.
     */
    static void categories(CategoryAxis axis, List<String> categories) {
        axis.setAutoRanging(false);
        axis.getCategories().setAll(categories);
        layoutUpToTheWindow(axis);
    }

    /**
     * Asks each parent of {@code node}, up to the window, for a layout. A chart's axes and content are unmanaged:
     * their own request only marks the way up to the first parent already waiting for a layout, and a parent marked
     * while its own parent was being laid out is never reached (JavaFX drops a request made during a layout pass).
     * The axis then kept last year's names over this year's bars until the window was resized: one year change in
     * about ten on a busy machine (ChartLayoutTest).
     */
    static void layoutUpToTheWindow(javafx.scene.Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            p.requestLayout();
        }
    }

    /**
     * Labels for bars, one per item: a name that occurs twice (two kecamatan of the same name in
     * different regencies) gets its code added, since a category axis refuses duplicates.
     */
    static <T> List<String> uniqueLabels(List<T> items, Function<T, String> name, Function<T, String> code) {
        java.util.Map<String, Long> counts = items.stream()
                .collect(java.util.stream.Collectors.groupingBy(name, java.util.stream.Collectors.counting()));
        return items.stream().map(i -> counts.get(name.apply(i)) > 1 ? name.apply(i) + " (" + code.apply(i) + ")"
                : name.apply(i)).toList();
    }

    /**
     * Writes a bar's value at its end, just outside it (in the room {@link #scale} leaves above the
     * largest bar), now and whenever the chart gives the bar a new node.
     */
    static <X, Y> void valueLabel(XYChart.Data<X, Y> d, String text) {
        java.util.function.Consumer<javafx.scene.Node> add = node -> {
            if (node instanceof javafx.scene.layout.StackPane bar) {
                javafx.scene.control.Label label = new javafx.scene.control.Label(text);
                label.getStyleClass().add("bar-value");
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                javafx.scene.layout.StackPane.setAlignment(label, javafx.geometry.Pos.CENTER_RIGHT);
                label.translateXProperty().bind(label.widthProperty().add(4));
                bar.getChildren().setAll(label);
            }
        };
        onNode(d, add);
    }

    /**
     * Writes a stacked segment's value inside it (shown only when it fits, so a thin segment stays clean
     * instead of overprinting its neighbours) and, for the top segment of a column, the column's total just
     * above it (in the room {@link #scale} leaves above the tallest column); now and whenever the chart gives
     * the segment a new node.
     *
     * @param total the column's total for its top segment, null for the others
     */
    static <X, Y> void stackLabels(XYChart.Data<X, Y> d, String value, String total) {
        java.util.function.Consumer<javafx.scene.Node> add = node -> {
            if (node instanceof javafx.scene.layout.StackPane bar) {
                javafx.scene.control.Label inside = new javafx.scene.control.Label(value);
                inside.getStyleClass().addAll("bar-value", "bar-value-inside");
                inside.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
                inside.visibleProperty().bind(bar.heightProperty().greaterThanOrEqualTo(inside.heightProperty().add(2))
                        .and(bar.widthProperty().greaterThanOrEqualTo(inside.widthProperty().add(4))));
                bar.getChildren().setAll(inside);
                if (total != null) {
                    javafx.scene.control.Label above = new javafx.scene.control.Label(total);
                    above.getStyleClass().addAll("bar-value", "bar-total");
                    above.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
                    javafx.scene.layout.StackPane.setAlignment(above, javafx.geometry.Pos.TOP_CENTER);
                    above.translateYProperty().bind(above.heightProperty().add(2).negate());
                    bar.getChildren().add(above);
                }
            }
        };
        onNode(d, add);
    }

    /**
     * {@link #stackLabels} for a horizontal stack: the segment's value inside it when it fits, and for the last
     * segment of a row the row's total just beyond its right end.
     */
    static <X, Y> void stackLabelsAcross(XYChart.Data<X, Y> d, String value, String total) {
        stackLabels(d, value, null);
        if (total == null) {
            return;
        }
        java.util.function.Consumer<javafx.scene.Node> add = node -> {
            if (node instanceof javafx.scene.layout.StackPane bar) {
                javafx.scene.control.Label after = new javafx.scene.control.Label(total);
                after.getStyleClass().addAll("bar-value", "bar-total");
                after.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
                javafx.scene.layout.StackPane.setAlignment(after, javafx.geometry.Pos.CENTER_RIGHT);
                after.translateXProperty().bind(after.widthProperty().add(4));
                bar.getChildren().add(after);
            }
        };
        onNode(d, add);
    }

    /**
     * Writes {@code text} inside a horizontal bar at its end, white and bold (a bar cut at the scale's end, which has
     * no room beyond it), now and whenever the chart gives the bar a new node.
     */
    static <X, Y> void insideLabel(XYChart.Data<X, Y> d, String text) {
        java.util.function.Consumer<javafx.scene.Node> add = node -> {
            if (node instanceof javafx.scene.layout.StackPane bar) {
                javafx.scene.control.Label label = new javafx.scene.control.Label(text);
                label.getStyleClass().addAll("bar-value", "bar-value-inside");
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                label.setPadding(new javafx.geometry.Insets(0, 6, 0, 6));
                javafx.scene.layout.StackPane.setAlignment(label, javafx.geometry.Pos.CENTER_RIGHT);
                bar.getChildren().setAll(label);
            }
        };
        onNode(d, add);
    }

    /** A tooltip on a bar (its name and figure), now and whenever the chart gives it a new node. */
    static <X, Y> void tooltip(XYChart.Data<X, Y> d, String text) {
        java.util.function.Consumer<javafx.scene.Node> add = node -> {
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text);
            tip.setShowDelay(javafx.util.Duration.millis(200));
            javafx.scene.control.Tooltip.install(node, tip);
        };
        onNode(d, add);
    }

    /** Styles a bar now and whenever the chart gives it a new node. */
    static <X, Y> void paint(XYChart.Data<X, Y> d, String style) {
        onNode(d, node -> node.setStyle(style));
    }

    /**
     * Does {@code add} to the bar's node now (if the chart made it already) and to each new node the chart gives it
     * (a chart makes a bar's node when it first lays it out, and again after some data changes).
     */
    static <X, Y> void onNode(XYChart.Data<X, Y> d, java.util.function.Consumer<javafx.scene.Node> add) {
        if (d.getNode() != null) {
            add.accept(d.getNode());
        }
        d.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                add.accept(node);
            }
        });
    }
}
