package id.payung.ui.enrollments;

import id.payung.domain.CoverageStatus;
import id.payung.domain.Formats;
import id.payung.domain.Segment;
import id.payung.ui.Cells;
import id.payung.ui.Tables;
import java.time.YearMonth;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The register: named participants and aggregate cohorts, each in its own tab. */
public final class EnrollmentsView {
    private final EnrollmentsViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<EnrollmentRow> enrollmentsTable;
    @FXML private TableColumn<EnrollmentRow, String> nikColumn;
    @FXML private TableColumn<EnrollmentRow, String> nameColumn;
    @FXML private TableColumn<EnrollmentRow, String> funderColumn;
    @FXML private TableColumn<EnrollmentRow, Segment> segmentColumn;
    @FXML private TableColumn<EnrollmentRow, String> kecamatanColumn;
    @FXML private TableColumn<EnrollmentRow, String> desaColumn;
    @FXML private TableColumn<EnrollmentRow, String> occupationColumn;
    @FXML private TableColumn<EnrollmentRow, YearMonth> firstColumn;
    @FXML private TableColumn<EnrollmentRow, YearMonth> lastColumn;
    @FXML private TableColumn<EnrollmentRow, CoverageStatus> statusColumn;

    @FXML private TableView<CohortRow> cohortsTable;
    @FXML private TableColumn<CohortRow, String> cohortFunderColumn;
    @FXML private TableColumn<CohortRow, Integer> cohortYearColumn;
    @FXML private TableColumn<CohortRow, Segment> cohortSegmentColumn;
    @FXML private TableColumn<CohortRow, String> cohortKecamatanColumn;
    @FXML private TableColumn<CohortRow, String> cohortOccupationColumn;
    @FXML private TableColumn<CohortRow, Long> cohortParticipantsColumn;
    @FXML private TableColumn<CohortRow, CoverageStatus> cohortStatusColumn;
    @FXML private TableColumn<CohortRow, String> cohortSourceColumn;

    public EnrollmentsView(EnrollmentsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Tables.show(enrollmentsTable, model.enrollments());
        bind(nikColumn, EnrollmentRow::maskedNik);
        bind(nameColumn, EnrollmentRow::name);
        bind(funderColumn, EnrollmentRow::funder);
        bind(segmentColumn, EnrollmentRow::segment);
        bind(kecamatanColumn, EnrollmentRow::kecamatan);
        bind(desaColumn, EnrollmentRow::desa);
        bind(occupationColumn, EnrollmentRow::occupation);
        bind(firstColumn, EnrollmentRow::firstMonth);
        firstColumn.setCellFactory(Cells.formatted(Formats::month));
        bind(lastColumn, EnrollmentRow::lastMonth);
        lastColumn.setCellFactory(Cells.formatted(Formats::month));
        bind(statusColumn, EnrollmentRow::status);
        statusColumn.setCellFactory(Cells.formatted(this::statusText));

        String all = resources.getString("enrollments.all");
        Tables.show(cohortsTable, model.cohorts());
        bind(cohortFunderColumn, CohortRow::funder);
        bind(cohortYearColumn, CohortRow::year);
        bind(cohortSegmentColumn, CohortRow::segment);
        bind(cohortKecamatanColumn, r -> r.kecamatan() == null ? all : r.kecamatan());
        bind(cohortOccupationColumn, r -> r.occupation() == null ? all : r.occupation());
        bind(cohortParticipantsColumn, CohortRow::participants);
        cohortParticipantsColumn.setCellFactory(Cells.formatted(Formats::count));
        bind(cohortStatusColumn, CohortRow::status);
        cohortStatusColumn.setCellFactory(Cells.formatted(this::statusText));
        bind(cohortSourceColumn, CohortRow::source);
        model.load();
    }

    private String statusText(CoverageStatus status) {
        return resources.getString("status." + status.name());
    }

    private static <S, T> void bind(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
