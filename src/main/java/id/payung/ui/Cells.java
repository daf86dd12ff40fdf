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
     * tooltip serves the column's cells (a tooltip per cell would cost hundreds of popups per page).
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> textWithTooltip() {
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setOnShowing(e -> whole.setText(whole.getOwnerNode() instanceof javafx.scene.control.Labeled l
                ? l.getText() : null));
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : whole);
            }
        };
    }
}
