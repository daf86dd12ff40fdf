package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.BreakdownData;
import id.payung.ui.main.Screen;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 22c item 10: in the window of a 1.366 × 768 laptop, texts a clerk must read were cut with "…": the register's
 * funder ("APBD Kabupate…", "CSR / perusaha…"), kecamatan ("Langke …") and desa; Jejak audit's Jenis and Perubahan; the
 * cohorts' "Sumber data" (behind a sideways scroll bar); the funders' "Keterangan"; the readiness' Aspek
 * ("Sumber dana tanpa atau dengan jauh lebi…"). Each now reads whole, wrapped in its column (the register's in at most
 * two lines); Jejak audit's Rincian shows two lines of an entry and its full record (below the list) at least 7.
 */
@ExtendWith(ApplicationExtension.class)
class LaptopTextsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-laptop-texts").on(BreakdownData::open).dashboardShown();

    @BeforeEach
    void laptop(FxRobot robot) {
        robot.interact(() -> {
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1366);
            ui.stage().setHeight(700); // 768 less a task bar and a title bar
        });
    }

    @Test
    void theRegistersFunderKecamatanAndDesaReadWholeInAtMostTwoLines(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 5);
        settle(robot);
        List<TableCell<?, ?>> cells = cells(robot, table, c -> List.of("funderColumn", "kecamatanColumn", "desaColumn",
                "nameColumn", "occupationColumn", "statusColumn").contains(c.getTableColumn().getId()));
        assertThat(cells).extracting(Labeled::getText).contains("APBDes / ADD desa se-Kabupaten Manggarai",
                "APBD Kabupaten Manggarai", "CSR / perusahaan donor", "Langke Rembong", "Golo Dukal");
        assertWhole(cells, widths(table));
        for (TableCell<?, ?> c : cells) {
            assertThat(lines(c)).as("lines of " + c.getText()).isLessThanOrEqualTo(2);
        }
        assertThat(onFx(() -> table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum()))
                .as("no sideways scrolling").isLessThanOrEqualTo(table.getWidth());
        // Trial 23c M1: the occupation on one line, before a 40-letter name's room ("Tukang / bangunan" beside short
        // names made every other row twice as tall).
        List<TableCell<?, ?>> occupations = cells.stream()
                .filter(c -> "occupationColumn".equals(c.getTableColumn().getId())).toList();
        assertThat(occupations).extracting(Labeled::getText).isNotEmpty();
        for (TableCell<?, ?> c : occupations) {
            assertThat(lines(c)).as("lines of " + c.getText() + ", " + widths(table)).isEqualTo(1);
        }
        Shots.save(robot, ui.stage().getScene(), "register-1366");
    }

    @Test
    void jejakAuditReadsItsKindChangeAndPersonWholeAndShowsMoreOfTheFullRecord(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 6);
        robot.interact(() -> table.getSelectionModel().select(0));
        settle(robot);
        List<TableCell<?, ?>> whole = cells(robot, table, c -> List.of("topicColumn", "whatColumn", "personColumn")
                .contains(c.getTableColumn().getId()));
        assertThat(whole).extracting(Labeled::getText).contains("Peserta dan kepesertaan", "Peserta didaftarkan");
        assertWhole(whole, widths(table));
        // Rincian: two lines in the list, cut at their end where the entry goes on, whole in the tooltip.
        List<TableCell<?, ?>> details = cells(robot, table, c -> "detailsColumn".equals(c.getTableColumn().getId()));
        assertThat(details).isNotEmpty();
        for (TableCell<?, ?> c : details) {
            Text t = (Text) c.getGraphic();
            assertThat(lines(c)).as("lines of " + c.getText()).isLessThanOrEqualTo(2);
            if (!t.getText().equals(c.getText())) {
                assertThat(t.getText()).endsWith("…");
                assertThat(c.getText()).startsWith(t.getText().substring(0, t.getText().length() - 1).strip());
                assertThat(c.getTooltip()).isNotNull();
            }
        }
        assertThat(details.stream().anyMatch(c -> lines(c) == 2)).as("a long entry in two lines").isTrue();
        TextArea full = robot.lookup("#auditFullRecord").queryAs(TextArea.class);
        Text line = new Text("X");
        line.setFont(full.getFont());
        assertThat(full.getHeight()).as("the full record's height, " + line.getLayoutBounds().getHeight() + " px a line")
                .isGreaterThanOrEqualTo(7 * line.getLayoutBounds().getHeight() + 10);
        Shots.save(robot, ui.stage().getScene(), "audit-1366");
    }

    @Test
    void theCohortsSourceReadsWholeWithoutSidewaysScrolling(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#cohortsTab");
        waitUntil(() -> robot.lookup("#cohortsTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#cohortsTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 4);
        settle(robot);
        List<TableCell<?, ?>> cells = cells(robot, table, c -> true);
        assertThat(cells).extracting(Labeled::getText).anyMatch(t -> t.startsWith("FajarNTT, 26 Sep 2025"));
        assertWhole(cells, widths(table));
        assertThat(onFx(() -> table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum()))
                .as("no sideways scrolling").isLessThanOrEqualTo(table.getWidth());
        Shots.save(robot, ui.stage().getScene(), "cohorts-1366");
    }

    @Test
    void theFundersNamesAndNotesReadWhole(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.FUNDERS);
        TableView<?> table = robot.lookup("#sourcesTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 6);
        settle(robot);
        List<TableCell<?, ?>> cells = cells(robot, table, c -> true);
        assertThat(cells).extracting(Labeled::getText).anyMatch(t -> t.startsWith("Iuran pekerja rentan dibayar Pemerintah Kabupaten Manggarai"))
                .contains("APBDes / ADD desa se-Kabupaten Manggarai");
        assertWhole(cells, widths(table));
        Shots.save(robot, ui.stage().getScene(), "funders-1366");
    }

    @Test
    void theReadinessAspectsReadWhole(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.REPORTS);
        robot.clickOn("Kesiapan penghargaan");
        TableView<?> table = robot.lookup("#readinessTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 6);
        settle(robot);
        List<TableCell<?, ?>> cells = cells(robot, table, c -> "aspectColumn".equals(c.getTableColumn().getId()));
        assertThat(cells).extracting(Labeled::getText).anyMatch(t -> t.startsWith("Sumber dana tanpa atau dengan jauh"));
        assertWhole(cells, widths(table));
        Shots.save(robot, ui.stage().getScene(), "readiness-1366");
    }

    private static void settle(FxRobot robot) {
        robot.sleep(400); // the layout passes that size the columns and then the rows
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The table's visible cells with a text that {@code which} picks (by their column). */
    private static List<TableCell<?, ?>> cells(FxRobot robot, TableView<?> table, Predicate<TableCell<?, ?>> which) {
        return onFx(() -> robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> (TableCell<?, ?>) c)
                .filter(c -> c.isVisible() && c.getTableColumn() != null && c.getText() != null && !c.getText().isEmpty()
                        && c.getTableRow() != null && c.getTableRow().isVisible() && which.test(c))
                .toList());
    }

    private static void assertWhole(List<TableCell<?, ?>> cells, String widths) {
        List<String> cut = onFx(() -> cells.stream().filter(c -> !Objects.equals(shown(c), c.getText()))
                .map(c -> c.getTableColumn().getId() + ": " + shown(c)).toList());
        assertThat(cut).as("cut at 1.366 px, " + widths).isEmpty();
    }

    /**
     * The text a cell draws: cut with "…" where it does not fit, or (wrapped as a text of its own) its lines while the
     * cell is as high and wide as they are, else marked "…" too.
     */
    static String shown(Labeled cell) {
        if (cell.getGraphic() instanceof Text wrapped) {
            javafx.geometry.Bounds lines = wrapped.getBoundsInParent();
            boolean inside = lines.getMinX() >= 0 && lines.getMaxX() <= cell.getWidth() + 0.5
                    && lines.getHeight() <= cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset() + 0.5;
            return inside ? wrapped.getText() : wrapped.getText() + "…";
        }
        Text text = (Text) cell.lookup(".text");
        return text == null ? cell.getText() : text.getText();
    }

    /** How many lines a cell draws its text in. */
    private static int lines(Labeled cell) {
        return onFx(() -> {
            Text one = new Text("X");
            one.setFont(cell.getFont());
            double line = one.getLayoutBounds().getHeight();
            javafx.scene.Node drawn = cell.getGraphic() instanceof Text t ? t : cell.lookup(".text");
            return (int) Math.round(drawn.getLayoutBounds().getHeight() / line);
        });
    }

    private static String widths(TableView<?> table) {
        return onFx(() -> {
            StringBuilder w = new StringBuilder();
            table.getVisibleLeafColumns().forEach(c -> w.append(c.getId()).append('=').append(Math.round(c.getWidth())).append(' '));
            return w.toString().strip() + " of " + Math.round(table.getWidth());
        });
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
