package id.payung.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Table cells that keep the raw value (so columns sort by number or date) but show it formatted. */
public final class Cells {
    private Cells() {
    }

    /** Fills a column from each row through {@code value} (rows are records: nothing to observe). */
    public static <S, T> void bind(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** A cell factory showing each value through {@code format}; empty for null. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> formatted(Function<? super T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    /**
     * A cell factory for text that may be cut in a narrow column: the whole text shows in a tooltip. One
     * tooltip serves the column's cells (a tooltip per cell would cost hundreds of popups per page); the cell the
     * mouse enters gives it its text. (Its text was taken from the tooltip's owner node when it showed: a tooltip
     * shown for a table's window has none, and the mouse moving on down the column kept the first cell's text, so
     * the register's cut funder name showed an empty tooltip: trial 16 L8.)
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> textWithTooltip() {
        return textWithTooltip(s -> s);
    }

    /**
     * {@link #textWithTooltip()} showing each value as {@code shown} writes it (a regency without the word "Kabupaten"
     * under a header that says it), the tooltip the value whole.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> textWithTooltip(
            java.util.function.UnaryOperator<String> shown) {
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        return column -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : shown.apply(item));
                    setTooltip(empty || item == null || item.isEmpty() ? null : whole);
                    if (isHover() && getTooltip() != null) {
                        whole.setText(item); // another line under a mouse that stays (a page turned)
                    }
                }
            };
            cell.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (cell.getTooltip() != null) {
                    whole.setText(cell.getItem());
                }
            });
            return cell;
        };
    }

    /**
     * A cell factory for a sentence that must be read whole (the import's problems at a laptop's width, where one
     * line cut it with "…"): the text wraps at the column's width and the row grows to hold its lines. The cell
     * keeps its text (read by tests and accessibility) but shows it as a wrapping {@code Text}, which is never cut:
     * a wrapping label's own measure left a line out and ended the sentence in "…" again. The table's rows must not
     * be of a fixed size (CSS {@code -fx-fixed-cell-size: 0}).
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapped() {
        return wrapped(s -> s, javafx.geometry.Pos.TOP_LEFT);
    }

    /**
     * {@link #wrapped()} showing each value through {@code format}, its lines placed at {@code alignment}: the
     * register's cells start each value at the top, as its other cells do (payung.css) (trial 22c: at
     * 1.366 px the funder, kecamatan and desa were cut to "APBD Kabupate…", "Langke …", "Satar Ng…").
     */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> wrapped(Function<? super T, String> format,
                                                                            javafx.geometry.Pos alignment) {
        return column -> {
            javafx.scene.text.Text shown = new javafx.scene.text.Text();
            TableCell<S, T> cell = new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    String text = empty || item == null ? null : format.apply(item);
                    setText(text);
                    shown.setText(text == null ? "" : text);
                    setGraphic(empty ? null : shown);
                }
            };
            cell.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            cell.setAlignment(alignment);
            shown.getStyleClass().add("wrapped-text");
            shown.fontProperty().bind(cell.fontProperty());
            shown.fillProperty().bind(cell.textFillProperty());
            // The column's width less the cell's padding: a narrower or wider column wraps again, the row following.
            shown.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(1, column.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset()),
                    column.widthProperty(), cell.paddingProperty()));
            return cell;
        };
    }

    /**
     * {@link #wrapped()} for a long text read in a list (Jejak audit's Rincian, trial 22c): it wraps at the column's width
     * up to {@code lines} lines, the last ending in "…" when the text goes on; the whole text then shows in a tooltip (and
     * where the screen shows the selected row whole). Each row as tall as its text, at most {@code lines} lines: a long
     * entry wrapped whole took a row of nine lines, two entries filling the list.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrappedUpTo(int lines) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        return column -> {
            javafx.scene.text.Text shown = new javafx.scene.text.Text();
            javafx.scene.text.Text measure = new javafx.scene.text.Text();
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setGraphic(empty ? null : shown);
                    cut(this, shown, measure, lines, tip);
                }
            };
            cell.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            cell.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            shown.fontProperty().bind(cell.fontProperty());
            measure.fontProperty().bind(cell.fontProperty());
            shown.fillProperty().bind(cell.textFillProperty());
            shown.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(1, column.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset()),
                    column.widthProperty(), cell.paddingProperty()));
            measure.wrappingWidthProperty().bind(shown.wrappingWidthProperty());
            shown.wrappingWidthProperty().addListener(o -> cut(cell, shown, measure, lines, tip));
            cell.fontProperty().addListener(o -> cut(cell, shown, measure, lines, tip));
            cell.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (cell.getTooltip() != null) {
                    tip.setText(cell.getItem());
                }
            });
            return cell;
        };
    }

    /** Shows as much of the cell's text as {@code lines} lines hold, ending in "…" when cut, with the tooltip then. */
    private static void cut(TableCell<?, String> cell, javafx.scene.text.Text shown, javafx.scene.text.Text measure,
                            int lines, javafx.scene.control.Tooltip tip) {
        String text = cell.isEmpty() || cell.getItem() == null ? "" : cell.getItem();
        measure.setText("X");
        double most = measure.getLayoutBounds().getHeight() * lines + 1;
        measure.setText(text);
        if (measure.getLayoutBounds().getHeight() <= most) {
            shown.setText(text);
            cell.setTooltip(null);
            return;
        }
        int low = 0;
        int high = text.length();
        while (high - low > 1) {
            int mid = (low + high) / 2;
            measure.setText(text.substring(0, mid).stripTrailing() + "…");
            if (measure.getLayoutBounds().getHeight() <= most) {
                low = mid;
            } else {
                high = mid;
            }
        }
        shown.setText(text.substring(0, low).stripTrailing() + "…");
        cell.setTooltip(tip);
        if (cell.isHover()) {
            tip.setText(text);
        }
    }

    /**
     * The least width {@code text} needs in {@code font} to be drawn whole in at most {@code lines} lines when it wraps
     * at its spaces (its widest word at least); 0 for null.
     */
    public static double widthInLines(String text, javafx.scene.text.Font font, int lines) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(font);
        String[] words = text.strip().split(" +");
        double whole = width(measure, String.join(" ", words));
        if (lines <= 1 || words.length == 1) {
            return whole;
        }
        // The narrowest width at which greedy wrapping (as Text wraps) needs no more than {@code lines} lines: between
        // the widest word and the whole line.
        double low = 0;
        for (String w : words) {
            low = Math.max(low, width(measure, w));
        }
        double high = whole;
        while (high - low > 0.5) {
            double mid = (low + high) / 2;
            if (linesAt(measure, words, mid) <= lines) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Math.ceil(high);
    }

    private static int linesAt(javafx.scene.text.Text measure, String[] words, double width) {
        int lines = 1;
        String line = words[0];
        for (int i = 1; i < words.length; i++) {
            String longer = line + " " + words[i];
            if (width(measure, longer) <= width) {
                line = longer;
            } else {
                lines++;
                line = words[i];
            }
        }
        return lines;
    }

    private static double width(javafx.scene.text.Text measure, String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
