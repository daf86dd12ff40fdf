package id.payung.ui;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/** Table helpers shared by the screens. */
public final class Tables {
    private Tables() {
    }

    /**
     * Shows a view model's (read-only) list in a table that the user can still sort by clicking
     * headers: sorting happens in a {@link SortedList} view, never in the model's list.
     */
    public static <T> void show(TableView<T> table, ObservableList<T> items) {
        SortedList<T> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
