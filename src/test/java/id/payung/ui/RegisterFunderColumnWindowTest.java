package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.service.BreakdownData;
import id.payung.service.TestData;
import id.payung.ui.enrollments.CohortsViewModel;
import id.payung.ui.enrollments.EnrollmentDialogs;
import id.payung.ui.enrollments.EnrollmentsView;
import id.payung.ui.enrollments.RegisterLine;
import id.payung.ui.enrollments.RegisterViewModel;
import java.time.YearMonth;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The register's columns share the width as a clerk wants them (trial 19, MEDIUM): the name is what they scan, so at
 * 1.366 × 768 it keeps 30 letters (40 since session 18: RegisterLongNamesWindowTest) and the occupation "Perangkat
 * desa" whole, and the funder takes what is left, wrapped to two lines (trial 22c; it was cut before). A funder
 * name longer than that is cut at its end, where its first words tell a clerk's funders apart ("APBDes Desa Golo
 * Cador …"; cut in the middle, a kecamatan's village budgets all read "APBDes Desa…Wae Rii"), whole in a tooltip. (Before, the funder took ~250 px there and the name was cut at ~24 letters.) In the window on a 1920 ×
 * 1080 screen, first placed 1.600 px wide or maximized, nothing is cut: the funder's longest name first
 * (trial 16 L8), then the occupation's ("Asisten rumah tangga").
 *
 * <p>The register is laid out at the size it has in those windows (the window less the 170-px navigation), not
 * limited by the headless test screen (1.280 × 800): a pane of that size holds it.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterFunderColumnWindowTest {
    private static final String LONGEST = "APBDes / ADD desa se-Kabupaten Manggarai";
    private static final String NAME = "Agustinus Kristianus Ngganggus"; // 30 letters and spaces
    private static final String REGENCY_FUNDER = "APBD Kabupaten Manggarai";
    private static final String VILLAGE_OFFICIAL = "Perangkat desa";
    private static final String LONGEST_OCCUPATION = "Asisten rumah tangga";
    /** The register's size in the window at 1.366 × 768 (its table 1.164 px wide, as measured under X). */
    private static final double LAPTOP = 1366 - 170;
    /** In the window first placed on a 1920 × 1080 screen (WindowMemory: 1.600 px wide) and maximized. */
    private static final double FIRST_PLACE_1920 = 1600 - 170;
    private static final double MAXIMIZED_1920 = 1920 - 170;

    private Region register;

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-funder-column").on(BreakdownData::open).showing(ui -> {
        java.time.Clock clock = TestData.CLOCK;
        var services = ui.services();
        YearMonth jan = YearMonth.of(2026, 1);
        services.enrollments().enrol(form("5310010101800031", NAME, "APBDES-MGR", BreakdownData.CIBAL, "PERANGKAT-DESA", jan));
        services.enrollments().enrol(form("5310014404850032", "Yuliana Jelita", "APBD-PROV-NTT", BreakdownData.WAE_RII,
                "ART", jan));
        RegisterViewModel model = new RegisterViewModel(services.register(), services.enrollments(),
                services.reference(), services.exports().replacingExisting(), ui.tasks(), clock);
        EnrollmentDialogs none = new EnrollmentDialogs() {
            @Override
            public void openForm(long enrollmentId, Runnable afterSave) {
            }

            @Override
            public void openImport(Runnable afterImport) {
            }

            @Override
            public void openHistory(long personId) {
            }
        };
        FXMLLoader loader = new FXMLLoader(EnrollmentsView.class.getResource("EnrollmentsView.fxml"), I18n.bundle(I18n.INDONESIAN));
        loader.setControllerFactory(type -> new EnrollmentsView(model,
                new CohortsViewModel(services.register(), services.cohorts(), ui.tasks(), clock), none, ui.tasks(),
                WriteAccess.writable()));
        Parent root = loader.load();
        register = (Region) root;
        register.setPrefSize(LAPTOP, 640);
        return new Pane(register); // lays the register out at its preferred size, however wide the screen
    }).size(1250, 700);

    @Test
    void atALaptopsWidthTheNameAndOccupationAreWholeAndALongFunderWrapsWhole(FxRobot robot) {
        TableView<RegisterLine> table = shownAt(robot, LAPTOP);
        assertThat(table.getWidth()).isBetween(1160.0, 1168.0);
        assertThat(shown(robot, NAME)).as("the name of 30 letters, " + widths(table)).isEqualTo(NAME);
        assertThat(shown(robot, VILLAGE_OFFICIAL)).as("the occupation, " + widths(table)).isEqualTo(VILLAGE_OFFICIAL);
        // The funder gives way to a name of 40 letters and every occupation (RegisterLongNamesWindowTest, session 18),
        // but no longer to a cut: it wraps to two lines in its row (trial 22c: "APBD Kabupate…", "CSR / perusaha…").
        assertThat(shown(robot, REGENCY_FUNDER)).as("the regency's own budget, " + widths(table)).isEqualTo(REGENCY_FUNDER);
        assertThat(shown(robot, LONGEST)).as("the village budget, " + widths(table)).isEqualTo(LONGEST);
        TableCell<?, ?> cell = cell(robot, LONGEST);
        assertThat(cell.getGraphic()).as("wrapped").isInstanceOf(Text.class);
        assertThat(((Text) cell.getGraphic()).getLayoutBounds().getHeight()).as("in two lines")
                .isLessThan(cell.getFont().getSize() * 3);
        assertThat(sumOfColumns(table)).as("no sideways scrolling").isLessThanOrEqualTo(table.getWidth());

        // Wider and back: the funder in one line, then wrapped again without sideways scrolling.
        shownAt(robot, MAXIMIZED_1920);
        waitUntil(() -> LONGEST.equals(shown(robot, LONGEST)));
        shownAt(robot, LAPTOP);
        robot.sleep(300);
        assertThat(shown(robot, NAME)).as("the name again, " + widths(table)).isEqualTo(NAME);
        assertThat(shown(robot, LONGEST)).as("the village budget again, " + widths(table)).isEqualTo(LONGEST);
        assertThat(sumOfColumns(table)).as("no sideways scrolling").isLessThanOrEqualTo(table.getWidth());
    }

    @Test
    void inTheWindowOnA1920ScreenNothingIsCut(FxRobot robot) {
        for (double width : List.of(FIRST_PLACE_1920, MAXIMIZED_1920)) {
            TableView<RegisterLine> table = shownAt(robot, width);
            List<String> cut = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible())
                    .filter(c -> !whole(c)).map(c -> c.getText()).toList();
            assertThat(cut).as("cut at " + width + " px, " + widths(table)).isEmpty();
            assertThat(robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class)).extracting(TableCell::getText)
                    .contains(LONGEST, NAME, LONGEST_OCCUPATION, VILLAGE_OFFICIAL);
            List<String> headers = robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                    .filter(l -> l.getText() != null && !l.getText().isEmpty() && !whole(l)).map(Labeled::getText).toList();
            assertThat(headers).as("headers cut at " + width + " px").isEmpty();
            assertThat(sumOfColumns(table)).as("no sideways scrolling").isLessThanOrEqualTo(table.getWidth());
        }
    }

    private TableView<RegisterLine> shownAt(FxRobot robot, double width) {
        robot.interact(() -> register.setPrefWidth(width));
        TableView<RegisterLine> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 9 && cell(robot, NAME) != null);
        waitUntil(() -> Math.abs(table.getWidth() - (width - 32)) < 4);
        robot.sleep(300); // the columns' widths follow at the next layouts
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static EnrollmentForm form(String nik, String name, String funder, String region, String occupation,
                                       YearMonth first) {
        EnrollmentForm f = TestData.form(nik, name, funder, first, null);
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), region,
                occupation, f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }

    private static double sumOfColumns(TableView<RegisterLine> table) {
        return onFx(() -> table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum());
    }

    private static String widths(TableView<RegisterLine> table) {
        return onFx(() -> {
            StringBuilder w = new StringBuilder();
            table.getVisibleLeafColumns().forEach(c -> w.append(c.getId()).append('=').append(Math.round(c.getWidth())).append(' '));
            return w.toString().strip();
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A visible cell showing {@code text}'s line; null until shown. */
    private static TableCell<?, ?> cell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText()) && c.isVisible())
                .tryQuery().map(n -> (TableCell<?, ?>) n).orElse(null);
    }

    /** What the cell shows of {@code text} (its text node's: cut with "…" when too narrow). */
    private static String shown(FxRobot robot, String text) {
        TableCell<?, ?> cell = cell(robot, text);
        if (cell == null) {
            return null;
        }
        if (cell.getGraphic() instanceof Text wrapped) { // wrapped at the column's width (trial 22c): whole or cut
            return whole(cell) ? wrapped.getText() : wrapped.getText() + "...";
        }
        return robot.from(cell).lookup(".text").match((Text t) -> t.isVisible()).tryQuery()
                .map(n -> ((Text) n).getText()).orElse(null);
    }

    /**
     * Whether a cell or header draws its whole text (a cut text is drawn with an ellipsis instead); a value wrapped as a
     * text of its own (Cells.wrapped, trial 22c) while its lines lie inside the cell.
     */
    private static boolean whole(Labeled labeled) {
        if (labeled.getGraphic() instanceof Text wrapped && wrapped.getStyleClass().contains("wrapped-text")) {
            javafx.geometry.Bounds lines = wrapped.getBoundsInParent();
            return wrapped.getText().equals(labeled.getText()) && lines.getMinX() >= 0
                    && lines.getMaxX() <= labeled.getWidth() + 0.5
                    && lines.getHeight() <= labeled.getHeight() - labeled.snappedTopInset() - labeled.snappedBottomInset() + 0.5;
        }
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .anyMatch(labeled.getText()::equals);
    }
}
