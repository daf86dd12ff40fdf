package id.payung.ui.enrollments;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * One line of the register table: the table keeps its lines, and so its cells, from page to page, and only
 * what a line shows changes. Replacing the table's items instead makes the table throw away and rebuild
 * every cell (about 250 of them) on each page, filter and sort: 50–100 ms of the FX thread each time.
 */
public final class RegisterLine {
    private final ReadOnlyObjectWrapper<EnrollmentRow> row = new ReadOnlyObjectWrapper<>();

    /** The enrollment shown on this line. */
    public EnrollmentRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<EnrollmentRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /**
     * Makes {@code lines} show {@code rows}: one line per row, lines added or removed only at the end.
     *
     * @return whether any line now shows another enrollment than before (not only a changed one)
     */
    static boolean show(ObservableList<RegisterLine> lines, List<EnrollmentRow> rows) {
        boolean moved = lines.size() != rows.size();
        if (lines.size() > rows.size()) {
            lines.remove(rows.size(), lines.size());
        }
        while (lines.size() < rows.size()) {
            lines.add(new RegisterLine());
        }
        for (int i = 0; i < rows.size(); i++) {
            EnrollmentRow before = lines.get(i).row.get();
            moved |= before == null || before.id() != rows.get(i).id();
            lines.get(i).row.set(rows.get(i));
        }
        return moved;
    }
}
