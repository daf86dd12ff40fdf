package id.payung.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Table cells that keep the raw value (so columns sort by number or date) but show it formatted. */
public final class Cells {
    private Cells() {
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
}
