package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.InvalidInputException;
import id.payung.service.OfficeLogo;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.ui.settings.SettingsViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings screen's model, without a toolkit: what the user types is what is stored. */
class SettingsViewModelTest {
    @TempDir
    Path dir;
    private PayungServices services;
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        services = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK);
        model = new SettingsViewModel(services, new DirectTaskExecutor());
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addressLanguageAndYearAreSaved() {
        assertThat(model.languageProperty().get()).isEqualTo("id");
        assertThat(model.backupFolderProperty().get()).isEqualTo(dir.resolve("backups"));
        model.addressProperty().set("Jl. Motang Rua No. 1, Ruteng");
        model.languageProperty().set("en");
        model.defaultYearProperty().set(" 2024 ");

        model.save();

        assertThat(model.outcomeProperty().get()).isInstanceOf(SettingsViewModel.Saved.class);
        Object first = model.outcomeProperty().get();
        model.save();
        assertThat(model.outcomeProperty().get()).as("every save is heard, even the same settings twice")
                .isInstanceOf(SettingsViewModel.Saved.class).isNotSameAs(first);
        assertThat(services.settings().address()).isEqualTo("Jl. Motang Rua No. 1, Ruteng");
        assertThat(services.settings().language()).isEqualTo("en");
        assertThat(services.settings().defaultYear()).isEqualTo(2024);
    }

    @Test
    void choosingAnotherRegencyLoadsItsKecamatanAndDesaFromTheShippedList() {
        assertThat(model.regionCountsProperty().get()).containsExactly(12, 171);
        model.regencyCodeProperty().set("53.19"); // Manggarai Timur

        model.save();

        assertThat(model.outcomeProperty().get()).isInstanceOf(SettingsViewModel.Saved.class);
        long[] counts = model.regionCountsProperty().get();
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isPositive();
        assertThat(services.reference().localRegions()).hasSize((int) (counts[0] + counts[1]))
                .allSatisfy(r -> assertThat(r.code()).startsWith("53.19."));

        model.regencyCodeProperty().set("53.98");
        model.save();
        assertThat(model.outcomeProperty().get()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("REGENCY_NOT_IN_LIST"));
        assertThat(services.settings().regencyCode()).isEqualTo("53.19");
    }

    @Test
    void aYearThatIsNotANumberIsNamedAndNothingIsSaved() {
        model.defaultYearProperty().set("2O24");

        model.save();

        assertThat(model.outcomeProperty().get()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo("DEFAULT_YEAR"));
        assertThat(services.settings().defaultYear()).isNull();
    }

    @Test
    void aLogoFileIsStoredAndShownAndAnotherFileIsRefused() throws Exception {
        Path png = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        Path text = Files.writeString(dir.resolve("logo.png.txt"), "not a picture");

        model.chooseLogo(png);

        assertThat(model.logoProperty().get().width()).isEqualTo(64);
        assertThat(services.reference().officeLogo()).hasValueSatisfying(l -> assertThat(l.height()).isEqualTo(48));

        model.chooseLogo(text);

        assertThat(model.outcomeProperty().get()).isInstanceOf(InvalidInputException.class);
        assertThat(model.logoProperty().get()).isInstanceOf(OfficeLogo.class);

        model.removeLogo();

        assertThat(model.logoProperty().get()).isNull();
        assertThat(services.reference().officeLogo()).isEmpty();
    }

    @Test
    void theBackupFolderCanBeMoved() {
        Path elsewhere = dir.resolve("usb-cadangan");

        model.chooseBackupFolder(elsewhere);

        assertThat(model.backupFolderProperty().get()).isEqualTo(elsewhere.toAbsolutePath());
        assertThat(services.backups().folder()).isEqualTo(elsewhere.toAbsolutePath());
        assertThat(services.backups().keep()).isEqualTo(10);
    }
}
