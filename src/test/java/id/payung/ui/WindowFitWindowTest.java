package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window on the office's common laptop: 1.366 × 768 with a 40-px task bar. It opens filling the usable
 * area, its status line inside, and the register shows name and status whole (the funder gives way, cut at its end:
 * session 18).
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitWindowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-fit").beforeOpen(stage -> WindowMemory.place(stage, WindowMemory.firstPlace(LAPTOP), LAPTOP));

    @Test
    void theFirstPlaceFitsTheUsableArea() {
        assertThat(WindowMemory.firstPlace(LAPTOP)).isEqualTo(LAPTOP);
        // Trial 19: at 1920 × 1080 it opened smaller, leaving the monitor's edges empty: the whole usable area there too.
        Rectangle2D large = new Rectangle2D(0, 0, 1920, 1040);
        assertThat(WindowMemory.firstPlace(large)).isEqualTo(large);
        Rectangle2D beside = new Rectangle2D(1920, 28, 2560, 1412); // a second monitor's, under a top panel
        assertThat(WindowMemory.firstPlace(beside)).isEqualTo(beside);
        // A place remembered from a larger screen is brought back inside this one.
        assertThat(WindowMemory.within(new Rectangle2D(300, 200, 1900, 1000), LAPTOP)).isEqualTo(LAPTOP);
    }

    @Test
    void atLaptopSizeTheStatusLineShowsAndTheRegisterReadsNameAndStatusWhole(FxRobot robot) {
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        assertThat(ui.stage().getWidth()).isEqualTo(1366);
        assertThat(ui.stage().getHeight()).isEqualTo(728);
        Node status = robot.lookup("#statusBar").query();
        Bounds line = status.localToScene(status.getBoundsInLocal());
        assertThat(line.getMaxY()).as("status line inside the window").isLessThanOrEqualTo(ui.stage().getScene().getHeight() + 0.5);

        // Ends 11/2026, seen on 23/11/2026: "Segera berakhir", under the longest funder name of the seeds' usual ones.
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Goreti Jelita Ndoang",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 11)));
        ui.services().enrollments().enrol(TestData.form("5310011507800002", "Yohanes Nabu",
                "CSR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        // More lines than the table shows: its scroll bar takes width from the columns too.
        for (int i = 10; i < 40; i++) {
            ui.services().enrollments().enrol(TestData.form("531001150780" + String.format("%04d", i), TestData.name("Petrus Jehadu", i),
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 11)));
        }
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 32);

        List<String> cut = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .filter(c -> List.of("Nama", "Status").contains(c.getTableColumn().getText()))
                .filter(c -> !shownWhole(c)).map(c -> c.getText()).toList();
        assertThat(cut).as("name and status cut short").isEmpty();
        // The funder gives way to the names and occupations (session 18): cut at its end, its first words in view.
        assertThat(robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "APBD Kabupaten Manggarai".equals(c.getText())).map(WindowFitWindowTest::drawn).toList())
                .isNotEmpty().allMatch(t -> t.startsWith("APBD Kab"));
        assertThat(robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class)).extracting(TableCell::getText)
                .contains("Segera berakhir", "APBD Kabupaten Manggarai");

        // Every header reads whole (Segmen, the short Kec. and Desa/Kel. with the whole words in tooltips), none "Segm…".
        List<javafx.scene.control.Labeled> headers = robot.from(table).lookup(".column-header .label")
                .queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList();
        assertThat(headers).extracting(javafx.scene.control.Labeled::getText)
                .contains("NIK", "Sumber dana", "Segmen", "Desa/Kel.", "Kec.", "Pekerjaan", "Status");
        assertThat(headers.stream().filter(l -> !shownWhole(l)).map(javafx.scene.control.Labeled::getText).toList())
                .as("headers cut short").isEmpty();
        javafx.scene.control.Label desa = robot.lookup("#desaHeader").query();
        assertThat(desa.getTooltip().getText()).isEqualTo("Desa/Kelurahan");
        javafx.scene.control.Label kecamatan = robot.lookup("#kecamatanHeader").query();
        assertThat(kecamatan.getTooltip().getText()).isEqualTo("Kecamatan");
    }

    /** What a cell draws of its text (cut with "…" when too narrow). */
    private static String drawn(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    /** Whether a cell draws its whole text (a cut text is drawn with an ellipsis instead). */
    private static boolean shownWhole(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .anyMatch(cell.getText()::equals);
    }
}
