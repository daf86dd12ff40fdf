package id.payung.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Combo boxes whose first item, null, means "all" / "none chosen". */
public final class Choices {
    private Choices() {
    }

    /**
     * Fills a combo box with a leading null item shown as {@code nullText}, then the items shown
     * through {@code text}.
     */
    public static <T> void withNull(ComboBox<T> combo, List<T> items, Function<T, String> text, String nullText) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        T current = combo.getValue();
        combo.getItems().setAll(all);
        combo.setValue(current);
        show(combo, text, nullText);
    }

    /** Shows items through {@code text} and null as {@code nullText}, in the list and the button. */
    public static <T> void show(ComboBox<T> combo, Function<T, String> text, String nullText) {
        combo.setCellFactory(lv -> cell(text, nullText));
        combo.setButtonCell(cell(text, nullText));
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String nullText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? nullText : text.apply(item));
            }
        };
    }
}
