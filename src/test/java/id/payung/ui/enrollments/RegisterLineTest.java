package id.payung.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.CoverageStatus;
import id.payung.domain.Segment;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The register table keeps its lines from page to page; only what they show changes. */
class RegisterLineTest {
    private static EnrollmentRow row(long id) {
        return new EnrollmentRow(id, id, "531001********01", false, "Orang " + id, "MANDIRI", Segment.BPU, "Langke Rembong",
                "Pitak", "Petani", YearMonth.of(2026, 1), null, CoverageStatus.ACTIVE, null);
    }

    private static List<EnrollmentRow> rows(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(RegisterLineTest::row).toList();
    }

    @Test
    void anotherPageOfTheSameSizeChangesWhatTheLinesShowNotTheLines() {
        ObservableList<RegisterLine> lines = FXCollections.observableArrayList();
        assertThat(RegisterLine.show(lines, rows(1, 100))).isTrue();
        List<RegisterLine> before = List.copyOf(lines);
        int[] listChanges = {0};
        lines.addListener((ListChangeListener<RegisterLine>) c -> listChanges[0]++);

        assertThat(RegisterLine.show(lines, rows(101, 200))).as("other enrollments: the selection must go").isTrue();

        assertThat(listChanges[0]).as("no change to the list, so the table keeps its cells").isZero();
        assertThat(lines).containsExactlyElementsOf(before);
        assertThat(lines.get(0).row().id()).isEqualTo(101);
        assertThat(lines.get(99).row().id()).isEqualTo(200);
    }

    @Test
    void aShorterPageDropsLinesAtTheEndAndAChangedRowKeepsItsPlace() {
        ObservableList<RegisterLine> lines = FXCollections.observableArrayList();
        RegisterLine.show(lines, rows(1, 100));

        RegisterLine.show(lines, rows(1, 30));
        assertThat(lines).hasSize(30);

        List<EnrollmentRow> revealed = new java.util.ArrayList<>(rows(1, 30));
        revealed.set(4, revealed.get(4).withNik("5310015204850001"));
        assertThat(RegisterLine.show(lines, revealed)).as("the same enrollments: the selection may stay").isFalse();
        assertThat(lines.get(4).row().nikShown()).isEqualTo("5310015204850001");
    }
}
