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
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        return column -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null || item.isEmpty() ? null : whole);
                    if (isHover() && getTooltip() != null) {
                        whole.setText(item); // another line under a mouse that stays (a page turned)
                    }
                }
            };
            cell.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (cell.getTooltip() != null) {
                    whole.setText(cell.getText());
                }
            });
            return cell;
        };
    }
}
