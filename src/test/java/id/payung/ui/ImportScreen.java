package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;

import id.payung.domain.FundingSource;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.imports.ImportView;
import id.payung.ui.imports.ImportViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/**
 * The import screen as the import tests show it: its model for 01/2026 on the fixture's services, in Indonesian; the
 * model alone, on a seeded database, for the view-model tests.
 */
final class ImportScreen {
    private ImportScreen() {
    }

    /** The import model on the fixture's services, the file's first month 01/2026. */
    static ImportViewModel model(WindowFixture ui) {
        return model(ui, ui.tasks());
    }

    /** The import model on the fixture's services, its work done by {@code tasks} (a test that holds it). */
    static ImportViewModel model(WindowFixture ui, TaskExecutor tasks) {
        return new ImportViewModel(ui.services().imports(), ui.services().reference(), tasks, YearMonth.of(2026, 1),
                () -> { });
    }

    /** The import screen over {@code model}, in Indonesian. */
    static Parent load(ImportViewModel model) throws IOException {
        return load(() -> new ImportView(model));
    }

    /** The import screen over {@code model}, in Indonesian, its "Pilih berkas" answered by {@code openDialog}. */
    static Parent load(ImportViewModel model, ImportView.OpenDialog openDialog) throws IOException {
        return load(() -> new ImportView(model, openDialog));
    }

    private static Parent load(Supplier<ImportView> view) throws IOException {
        FXMLLoader loader = new FXMLLoader(ImportView.class.getResource("ImportView.fxml"), I18n.bundle(I18n.INDONESIAN));
        loader.setControllerFactory(type -> view.get());
        return loader.load();
    }

    /** A database the window opens on {@code file} that knows Manggarai's desa (the village lists' tests). */
    static PayungServices withManggarai(Path file) {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        TestRegions.loadManggarai(s, file.getParent());
        return s;
    }

    /** A seeded database in {@code dir} that knows Manggarai's desa, for the model alone. */
    static PayungServices seededWithManggarai(Path dir) {
        PayungServices s = TestData.seeded(dir);
        TestRegions.loadManggarai(s, dir);
        return s;
    }

    /** The import model on {@code s}, its work done at once, the file's first month {@code firstMonth}; loaded. */
    static ImportViewModel loaded(PayungServices s, YearMonth firstMonth) {
        ImportViewModel model = new ImportViewModel(s.imports(), s.reference(), new DirectTaskExecutor(), firstMonth,
                () -> { });
        model.load();
        return model;
    }

    /** The funder of {@code code} among the model's choices. */
    static FundingSource funder(ImportViewModel model, String code) {
        return model.funders().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * An earlier list imported before the window's, daftar-2025.csv of one {@code row} under "NIK;Nama;Tgl Lahir;
     * Kecamatan", on MANDIRI from 01/2025 for 12 months; how many it imported.
     */
    static long importEarlier(WindowFixture ui, String row) throws IOException {
        Path earlier = ui.dir().resolve("daftar-2025.csv");
        Files.writeString(earlier, "NIK;Nama;Tgl Lahir;Kecamatan\n" + row + "\n");
        return ui.services().imports().importFile(earlier, ImportOptions.defaults().withFunder("MANDIRI")
                .withPeriod(YearMonth.of(2025, 1), 12), ImportService.Progress.NONE).imported();
    }

    /** Once the screen lists the funders, {@code csv} chosen and checked; the counts line. */
    static Label check(FxRobot robot, ImportViewModel model, Path csv) {
        @SuppressWarnings("unchecked")
        ComboBox<FundingSource> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        waitUntil(() -> !funder.getItems().isEmpty());
        robot.interact(() -> {
            model.fileProperty().set(csv);
            model.check();
        });
        return robot.lookup("#importCounts").queryAs(Label.class);
    }
}
