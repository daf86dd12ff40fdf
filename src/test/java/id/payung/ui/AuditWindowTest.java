package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.AuditTopic;
import id.payung.domain.EnrollmentForm;
import id.payung.service.EnrollmentService;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * An auditor opens "Jejak audit" and reads who changed what: every entry in words, newest first; a person typed
 * narrows it to that person's changes; a kind to that kind; a search too loose is said, not cut; a chosen entry
 * reads in full, and its person's history opens from it.
 */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-audit").dashboardShown();

    @Test
    void theTrailInWordsNarrowedByPersonAndKind(FxRobot robot) {
        EnrollmentForm maria = TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        EnrollmentService.Saved saved = ui.services().enrollments().enrol(maria);
        ui.services().enrollments().update(saved.enrollmentId(), TestData.form("5310015204850001", "Maria Jelita Nabu",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        EnrollmentService.Saved yosef = ui.services().enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ui.services().enrollments().revealNik(yosef.enrollmentId());

        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 6);
        List<String> cells = cells(robot);
        assertThat(cells).contains("NIK lengkap dilihat", "Data pribadi diubah", "Peserta didaftarkan",
                "Kepesertaan ditambahkan: APBD Kabupaten Manggarai, 01/2026–12/2026", "Data awal dimuat",
                "Nama: Maria Jelita → Maria Jelita Nabu; data pribadi orang ini: berlaku di semua pendaftarannya");
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("Yosef Ndala (531001").endsWith("02)"));
        // Each entry names the person as they were called when it was written; today's name after it where renamed
        // since (her enrolment was Maria Jelita's; the change itself made her Maria Jelita Nabu).
        assertThat(cells).contains("Maria Jelita (kini: Maria Jelita Nabu) (531001********01)",
                "Maria Jelita Nabu (531001********01)");
        assertThat(String.join("\n", cells)).doesNotContain("5310015204850001", "5310011205850002", "REVEAL_NIK",
                "{", "INSERT");
        // Newest first: the NIK shown in full was the last thing done.
        assertThat(cells.indexOf("NIK lengkap dilihat")).isLessThan(cells.indexOf("Data pribadi diubah"));

        robot.clickOn("#auditPerson").write("maria");
        robot.clickOn("#auditShow");
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(cells(robot)).contains("Data pribadi diubah").doesNotContain("NIK lengkap dilihat");
        assertThat(robot.lookup("#auditCount").queryAs(Label.class).getText()).isEqualTo("3 catatan ditampilkan, terbaru di atas.");

        @SuppressWarnings("unchecked")
        ComboBox<AuditTopic> topic = robot.lookup("#auditTopic").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#auditPerson").queryAs(TextField.class).clear();
            topic.setValue(AuditTopic.PRIVACY);
        });
        robot.clickOn("#auditShow");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(cells(robot)).contains("NIK lengkap dilihat");

        // The chosen entry in full, and its person's history from it.
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#auditFullRecord").queryAs(TextArea.class).getText())
                .contains("NIK lengkap dilihat", "Yosef Ndala").doesNotContain("5310011205850002");
        robot.clickOn("#auditHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** "What was deleted, and why": the kind chooser offers the deletions in words, and shows them with their reason. */
    @Test
    void theDeletionsKindShowsWhatWasDeletedAndWhy(FxRobot robot) {
        EnrollmentService.Saved maria = ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ui.services().enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ui.services().enrollments().delete(maria.enrollmentId(),
                id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));

        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 3);
        @SuppressWarnings("unchecked")
        ComboBox<AuditTopic> topic = robot.lookup("#auditTopic").queryAs(ComboBox.class);
        assertThat(topic.getItems()).contains(AuditTopic.DELETIONS);
        robot.interact(() -> topic.setValue(AuditTopic.DELETIONS));
        assertThat(topic.getButtonCell().getText()).isEqualTo("Penghapusan, impor dibatalkan");
        robot.clickOn("#auditShow");
        waitUntil(() -> table.getItems().size() == 1);
        String row = String.join("|", cells(robot));
        assertThat(row).contains("Penghapusan, impor dibatalkan", "Maria Jelita", "Salah input")
                .doesNotContain("Yosef", "5310015204850001");
    }

    /**
     * Trial 18 (MEDIUM 20): at 1366 × 768 the list showed 7 entries while the empty full record below took the rest.
     * The list has the larger part of the height (the full record still a few lines; the divider moves).
     */
    @Test
    void theListTakesTheLargerPartOfTheHeightAtALaptopsSize(FxRobot robot) {
        robot.interact(() -> ui.stage().setHeight(768));
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        javafx.scene.layout.Region full = robot.lookup("#auditFull").queryAs(javafx.scene.layout.Region.class);
        waitUntil(() -> table.getHeight() > 0 && full.getHeight() > 0);
        robot.sleep(300); // the split pane's divider is placed at the next layout
        double list = table.getHeight();
        double record = full.getHeight();
        assertThat(list / (list + record)).as("the list's part of the height (list %.0f px, record %.0f px)", list,
                record).isGreaterThan(0.6); // 0.65 before trial 22c: the full record shows ~8 lines now, not 3
        assertThat(record).as("the full record keeps a few lines").isGreaterThanOrEqualTo(80);
    }

    @Test
    void aReversedPairOfDaysIsSaidBesideTheFilter(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int before = table.getItems().size();
        robot.interact(() -> {
            robot.lookup("#auditFrom").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026, 12, 5));
            robot.lookup("#auditTo").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026, 12, 1));
        });
        robot.clickOn("#auditShow");
        Label problem = robot.lookup("#auditProblem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).isEqualTo("Tanggal \"Sampai\" (01/12/2026) lebih awal daripada tanggal \"Dari\" (05/12/2026).");
        assertThat(table.getItems()).hasSize(before); // what was shown stays until a search answers
        // ... but is not exported under the new question: Ekspor… waits for a search that answers.
        assertThat(robot.lookup("#auditExport").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#auditTo").queryAs(javafx.scene.control.DatePicker.class).setValue(null));
        robot.clickOn("#auditShow");
        waitUntil(() -> !problem.isVisible());
        assertThat(robot.lookup("#auditExport").queryButton().isDisabled()).isFalse();

        // A day typed that is no date bounds nothing: refused by name, not the whole log under the question.
        robot.interact(() -> robot.lookup("#auditFrom").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .setText("31/02/2026"));
        robot.clickOn("#auditShow");
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).startsWith("\"31/02/2026\" bukan tanggal yang ada");
        assertThat(robot.lookup("#auditExport").queryButton().isDisabled()).isTrue();
    }

    /**
     * Trial 16 M4: a deletion and its undo in the same minute keep their order when the auditor sorts by Waktu, both
     * ways (ties by the entry's number), and the caption under the table says the order the rows are really in.
     */
    @Test
    void sortedByTimeSameMinuteEntriesKeepTheirOrderAndTheCaptionFollowsTheSort(FxRobot robot) {
        EnrollmentService.Saved ursula = ui.services().enrollments().enrol(TestData.form("5310015204850001",
                "Ursula Jehamin", "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ui.services().enrollments().delete(ursula.enrollmentId(),
                id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
        ui.services().enrollments().restore(ursula.enrollmentId());

        ScreenWaits.open(robot, Screen.AUDIT);
        @SuppressWarnings("unchecked")
        TableView<id.payung.service.AuditRecord> table = (TableView<id.payung.service.AuditRecord>) robot
                .lookup("#auditTable").queryAs(TableView.class);
        robot.clickOn("#auditPerson").write("ursula");
        robot.clickOn("#auditShow");
        waitUntil(() -> table.getItems().size() == 4);
        Label count = robot.lookup("#auditCount").queryAs(Label.class);
        assertThat(ids(table)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(count.getText()).isEqualTo("4 catatan ditampilkan, terbaru di atas.");

        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<id.payung.service.AuditRecord, ?> when =
                (javafx.scene.control.TableColumn<id.payung.service.AuditRecord, ?>) table.getColumns().get(0);
        assertThat(when.getText()).isEqualTo("Waktu");
        assertThat(table.getColumns()).filteredOn(c -> "Kabupaten/kota".equals(c.getText())).as("a file is one office's")
                .singleElement().satisfies(c -> assertThat(c.isVisible()).isFalse());
        robot.interact(() -> {
            when.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(when));
        });
        // Oldest on top: the deletion, then its undo (the entries' numbers rise), never the other way round.
        assertThat(ids(table)).isSorted();
        assertThat(count.getText()).isEqualTo("4 catatan ditampilkan, terlama di atas.");
        robot.interact(() -> when.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING));
        assertThat(ids(table)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(table.getItems().get(0).change().action()).isEqualTo("RESTORE");
        assertThat(count.getText()).isEqualTo("4 catatan ditampilkan, terbaru di atas.");

        // Sorted by another column: the caption says so, and still does after the filter is cleared.
        // By its heading: a provincial reader's table has the regency beside the login (hidden here), so not by place.
        javafx.scene.control.TableColumn<id.payung.service.AuditRecord, ?> what = table.getColumns().stream()
                .filter(c -> "Perubahan".equals(c.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            what.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(what));
        });
        assertThat(count.getText()).isEqualTo("4 catatan ditampilkan, diurutkan menurut kolom Perubahan (naik).");
        robot.clickOn("#auditClear");
        waitUntil(() -> table.getItems().size() > 4);
        assertThat(count.getText()).contains("diurutkan menurut kolom Perubahan (naik)").doesNotContain("terbaru");
        robot.interact(() -> table.getSortOrder().clear());
        assertThat(count.getText()).contains("terbaru di atas");
    }

    private static List<Long> ids(TableView<id.payung.service.AuditRecord> table) {
        return table.getItems().stream().map(id.payung.service.AuditRecord::id).toList();
    }

    /**
     * The texts of the cells in view, then every row's texts read by index: rows grow to their wrapped lines (trial 22c),
     * so fewer are in view.
     */
    private static List<String> cells(FxRobot robot) {
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                List<String> texts = new java.util.ArrayList<>(robot.lookup("#auditTable .table-cell")
                        .queryAllAs(TableCell.class).stream().map(c -> (String) c.getText())
                        .filter(t -> t != null && !t.isEmpty()).toList());
                for (int i = 0; i < table.getItems().size(); i++) {
                    for (var column : table.getVisibleLeafColumns()) {
                        if (column.getCellData(i) instanceof String t && !t.isEmpty()) {
                            texts.add(t);
                        }
                    }
                }
                return texts;
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
