package id.payung.ui.imports;

import id.payung.domain.ImportBatch;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * Riwayat impor's "Tahun" and "Sumber dana" (trial 21d: which import touched 2025?): the years and the funders of a
 * batch's enrollments ({@link ImportBatch.Coverage}), as a column's cell values. Named in the FXML
 * ({@code <BatchCoverageValue show="years"/>}); blank for a batch whose enrollments were not read.
 */
public final class BatchCoverageValue
        implements Callback<TableColumn.CellDataFeatures<ImportBatch, String>, ObservableValue<String>> {
    private String show = "years";

    /** "years" ("2025", "2025–2026", "2025–…") or "funders" (their names, the funder of most first). */
    public void setShow(String show) {
        if (!"years".equals(show) && !"funders".equals(show)) {
            throw new IllegalArgumentException("show years or funders, not " + show);
        }
        this.show = show;
    }

    public String getShow() {
        return show;
    }

    @Override
    public ObservableValue<String> call(TableColumn.CellDataFeatures<ImportBatch, String> cell) {
        return new ReadOnlyObjectWrapper<>(text(cell.getValue(), show));
    }

    /** The cell's words for {@code batch}. */
    static String text(ImportBatch batch, String show) {
        ImportBatch.Coverage c = batch == null ? null : batch.coverage();
        if (c == null) {
            return "";
        }
        return "years".equals(show) ? c.years() : c.funderNames();
    }
}
