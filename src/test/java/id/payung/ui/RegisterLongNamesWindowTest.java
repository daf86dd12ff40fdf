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
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial by hand at 1.366 × 768 (session 18): the register cut names of 31 letters and more (Manggarai names are a
 * baptismal name and a clan name: "Fransiskus Xaverius Jehaut Ndoang") and the long occupations ("Asisten rumah
 * tangga", "Pengemudi ojek") with "…"; a clerk reading the list had to hover for each. At the laptop's width, the
 * window maximized, a name of 40 letters, every occupation Payung ships (in Indonesian and in English) and every status
 * are whole, without sideways scrolling; the funder gives way, cut at its end. In a window on a 1920 screen nothing
 * is cut, in either language.
 *
 * <p>The register is laid out at the size it has in those windows (the window less the 170-px navigation), as in
 * {@link RegisterFunderColumnWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterLongNamesWindowTest {
    /** 40 letters and spaces. */
    private static final String NAME_40 = "Fransiskus Xaverius Jehaut Ndoang Nggoro";
    private static final String NAME_33 = "Fransiskus Xaverius Jehaut Ndoang";
    /** Every occupation in seeds/occupations.csv. */
    private static final List<String> OCCUPATIONS = List.of("TUKANG-BANGUNAN", "PEDAGANG", "BURUH-TANI", "PETANI",
            "NELAYAN", "OJEK", "SOPIR", "ART", "PERANGKAT-DESA", "LAINNYA");
    private static final double LAPTOP = 1366 - 170;
    private static final double MAXIMIZED_1920 = 1920 - 170;

    private Pane holder;

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-long-names").on(BreakdownData::open).showing(ui -> {
        YearMonth jan = YearMonth.of(2026, 1);
        var enrollments = ui.services().enrollments();
        enrollments.enrol(form("5310010101800031", NAME_40, "APBD-PROV-NTT", BreakdownData.WAE_RII, "ART", jan));
        enrollments.enrol(form("5310010202810032", NAME_33, "APBD-KAB-MGR", BreakdownData.WAE_RII, "OJEK", jan));
        for (int i = 0; i < OCCUPATIONS.size(); i++) {
            enrollments.enrol(form(String.format("53100103038%d00%02d", i, 40 + i), "Petrus Ndoang " + (char) ('A' + i),
                    "APBD-KAB-MGR", BreakdownData.CIBAL, OCCUPATIONS.get(i), jan));
        }
        holder = new Pane();
        return holder;
    }).size(1250, 700);

    @Test
    void atALaptopsWidthLongNamesAndEveryOccupationAreWhole(FxRobot robot) {
        for (Locale language : List.of(I18n.INDONESIAN, I18n.ENGLISH)) {
            TableView<RegisterLine> table = shownAt(robot, language, LAPTOP);
            assertThat(table.getWidth()).isBetween(1160.0, 1168.0);
            String widths = widths(table);
            assertThat(texts(robot, table)).as("shown in " + language).contains(NAME_40, NAME_33,
                    language == I18n.ENGLISH ? "Domestic worker" : "Asisten rumah tangga",
                    language == I18n.ENGLISH ? "Public transport driver" : "Pengemudi ojek");
            for (String column : List.of("nameColumn", "occupationColumn", "statusColumn", "nikColumn", "firstColumn",
                    "lastColumn", "segmentColumn")) {
                assertThat(cut(robot, table, column)).as(column + " cut in " + language + ", " + widths).isEmpty();
            }
            assertThat(cutHeaders(robot, table)).as("headers cut in " + language + ", " + widths).isEmpty();
            assertThat(sumOfColumns(table)).as("no sideways scrolling, " + widths).isLessThanOrEqualTo(table.getWidth());
        }
    }

    @Test
    void inTheWindowOnA1920ScreenNothingIsCutInEitherLanguage(FxRobot robot) {
        for (Locale language : List.of(I18n.INDONESIAN, I18n.ENGLISH)) {
            TableView<RegisterLine> table = shownAt(robot, language, MAXIMIZED_1920);
            String widths = widths(table);
            for (String column : List.of("nikColumn", "nameColumn", "funderColumn", "segmentColumn", "kecamatanColumn",
                    "desaColumn", "occupationColumn", "firstColumn", "lastColumn", "statusColumn")) {
                assertThat(cut(robot, table, column)).as(column + " cut in " + language + ", " + widths).isEmpty();
            }
            assertThat(cutHeaders(robot, table)).as("headers cut in " + language).isEmpty();
            assertThat(sumOfColumns(table)).as("no sideways scrolling").isLessThanOrEqualTo(table.getWidth());
        }
    }

    /** The register in {@code language}, laid out {@code width} wide, its first page shown. */
    private TableView<RegisterLine> shownAt(FxRobot robot, Locale language, double width) {
        robot.interact(() -> {
            try {
                Region register = load(language);
                register.setPrefSize(width, 640);
                holder.getChildren().setAll(register);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        TableView<RegisterLine> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 12);
        // Rows of two lines (a funder, kecamatan or desa wrapped, trial 22c) leave the 40-letter name's row below: in view.
        robot.interact(() -> table.getVisibleLeafColumns().stream().filter(c -> "nameColumn".equals(c.getId())).findFirst()
                .ifPresent(name -> {
                    for (int i = 0; i < table.getItems().size(); i++) {
                        if (NAME_40.equals(name.getCellData(i))) {
                            table.scrollTo(i);
                        }
                    }
                }));
        waitUntil(() -> cellShowing(robot, NAME_40));
        waitUntil(() -> Math.abs(table.getWidth() - (width - 32)) < 4);
        robot.sleep(300); // the columns' widths follow at the next layouts
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private Region load(Locale language) throws java.io.IOException {
        java.time.Clock clock = TestData.CLOCK;
        var services = ui.services();
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
        FXMLLoader loader = new FXMLLoader(EnrollmentsView.class.getResource("EnrollmentsView.fxml"), I18n.bundle(language));
        loader.setControllerFactory(type -> new EnrollmentsView(model,
                new CohortsViewModel(services.register(), services.cohorts(), ui.tasks(), clock), none, ui.tasks(),
                WriteAccess.writable()));
        return loader.load();
    }

    private static EnrollmentForm form(String nik, String name, String funder, String region, String occupation,
                                       YearMonth first) {
        EnrollmentForm f = TestData.form(nik, name, funder, first, null);
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), region,
                occupation, f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }

    private static boolean cellShowing(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText()) && c.isVisible())
                .tryQuery().isPresent();
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, TableView<RegisterLine> table) {
        return onFx(() -> robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null && !c.getText().isEmpty())
                .<TableCell<?, ?>>map(c -> (TableCell<?, ?>) c).toList());
    }

    /** Every row's texts, read by index (rows of two lines leave some out of view, trial 22c). */
    private static List<String> texts(FxRobot robot, TableView<RegisterLine> table) {
        return onFx(() -> {
            List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                for (var column : table.getVisibleLeafColumns()) {
                    if (column.getCellData(i) instanceof String t) {
                        texts.add(t);
                    }
                }
            }
            return texts;
        });
    }

    /** The texts of the column's visible cells drawn cut (with "…" instead of their end). */
    private static List<String> cut(FxRobot robot, TableView<RegisterLine> table, String columnId) {
        return onFx(() -> cells(robot, table).stream().filter(c -> c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId())).filter(c -> !whole(c)).map(Labeled::getText).toList());
    }

    private static List<String> cutHeaders(FxRobot robot, TableView<RegisterLine> table) {
        return onFx(() -> robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isEmpty() && !whole(l)).map(Labeled::getText).toList());
    }

    private static double sumOfColumns(TableView<RegisterLine> table) {
        return onFx(() -> table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum());
    }

    private static String widths(TableView<RegisterLine> table) {
        return onFx(() -> {
            StringBuilder w = new StringBuilder();
            table.getVisibleLeafColumns().forEach(c -> w.append(c.getId()).append('=').append(Math.round(c.getWidth()))
                    .append('/').append(Math.round(c.getMinWidth())).append(' '));
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
