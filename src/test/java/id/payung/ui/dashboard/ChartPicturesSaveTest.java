package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.BreakdownData;
import id.payung.service.DashboardService;
import id.payung.service.Settings;
import id.payung.service.facade.PayungServices;
import id.payung.ui.DirectTaskExecutor;
import id.payung.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a chart's picture through the dashboard's view model, without a toolkit: named as the year's report and table
 * are, written whole, and a failure said in the clerk's words with no half file left.
 */
class ChartPicturesSaveTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private DashboardViewModel model;
    private final List<Path> saved = new ArrayList<>();
    private final List<Exception> failed = new ArrayList<>();
    /** A 2×1 picture: the province's blue and white. */
    private static final DashboardViewModel.Picture PICTURE = new DashboardViewModel.Picture(2, 1,
            new int[] {0xff1f77b4, 0xffffffff});

    @BeforeEach
    void open() {
        services = BreakdownData.open(dir.resolve("payung.db"));
        model = new DashboardViewModel(services.dashboard(), services.budget(), services.coverage(), new DirectTaskExecutor(),
                services.exports().replacingExisting());
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void thePictureIsNamedForItsYearAndFiltersAsThePdfIs() {
        assertThat(model.pictureName("porsi-sumber-dana", true)).isEqualTo("porsi-sumber-dana-2026.png");
        model.kecamatanProperty().set(model.kecamatanChoices().stream().filter(k -> k.name().equals("Langke Rembong"))
                .findFirst().orElseThrow());
        model.segmentProperty().set(id.payung.domain.Segment.BPU);
        assertThat(model.pictureName("porsi-sumber-dana", true)).isEqualTo("porsi-sumber-dana-2026-langke-rembong-bpu.png");
        // The PDF's and the table's tail, the same words.
        assertThat(model.pictureName("peserta-per-sumber-dana-per-tahun", false))
                .isEqualTo("peserta-per-sumber-dana-per-tahun" + model.fileSuffix() + ".png");
    }

    /**
     * A picture pasted in a slide for the regent says whose numbers and as of when: the office's name from the
     * settings, its regency from the region list (once: the seeded name already says it), today as id-ID writes it;
     * an office renamed in Settings is named by the next picture once the dashboard is shown again.
     */
    @Test
    void thePicturesFooterNamesTheOfficeItsRegencyAndToday() {
        DashboardService.Source source = model.pictureSource();
        assertThat(source).isEqualTo(new DashboardService.Source("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai",
                "Kabupaten Manggarai", java.time.LocalDate.of(2026, 11, 23)));
        assertThat(ChartPictures.footer(I18n.bundle(I18n.INDONESIAN), source))
                .isEqualTo("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data per 23/11/2026");
        assertThat(ChartPictures.footer(I18n.bundle(I18n.ENGLISH), source))
                .isEqualTo("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data as of 23/11/2026");

        Settings s = services.reference().settings();
        services.reference().saveSettings(new Settings("Dinas Tenaga Kerja", s.regencyCode(), s.place(), s.address(),
                s.language(), s.defaultYear(), s.headName(), s.headTitle(), s.headNip()));
        model.load();
        assertThat(ChartPictures.footer(I18n.bundle(I18n.INDONESIAN), model.pictureSource()))
                .isEqualTo("Dinas Tenaga Kerja Kabupaten Manggarai · data per 23/11/2026");
    }

    @Test
    void aSavedPictureIsAWholePngReplacingAnOlderOne() throws Exception {
        Path file = Files.writeString(dir.resolve("porsi-sumber-dana-2026.png"), "an older picture");
        model.savePicture(PICTURE, ChartPictures.DPI, file, saved::add, failed::add);

        assertThat(failed).isEmpty();
        assertThat(saved).containsExactly(file);
        assertThat(ImageIO.read(file.toFile()).getRGB(0, 0)).isEqualTo(0xff1f77b4);
        assertThat(pictures()).containsExactly("porsi-sumber-dana-2026.png");
    }

    @Test
    void aPictureThatCannotBeSavedSaysWhyAndLeavesNoHalfFile() throws Exception {
        ResourceBundle words = I18n.bundle(I18n.INDONESIAN);
        // Held open elsewhere (a folder of that name stands in for it): the old one stays.
        Path held = Files.createDirectories(dir.resolve("dipakai.png"));
        model.savePicture(PICTURE, ChartPictures.DPI, held, saved::add, failed::add);
        Path missing = dir.resolve("hilang").resolve("grafik.png");
        model.savePicture(PICTURE, ChartPictures.DPI, missing, saved::add, failed::add);

        assertThat(saved).isEmpty();
        assertThat(failed).hasSize(2);
        assertThat(ChartPictures.whyNotSaved(words, held, failed.get(0)))
                .startsWith("Gambar tidak tersimpan. Berkas " + held + " tidak dapat diganti")
                .endsWith("Tidak ada berkas setengah jadi yang tertinggal.");
        assertThat(ChartPictures.whyNotSaved(words, missing, failed.get(1)))
                .isEqualTo("Gambar tidak tersimpan. Folder " + missing.getParent()
                        + " tidak ada. Tidak ada berkas setengah jadi yang tertinggal.");
        assertThat(ChartPictures.whyNotSaved(I18n.bundle(I18n.ENGLISH), missing, failed.get(1)))
                .isEqualTo("The picture was not saved. The folder " + missing.getParent()
                        + " does not exist. No half-written file was left behind.");
        assertThat(ChartPictures.whyNotSaved(words, missing, new java.nio.file.AccessDeniedException(missing.toString())))
                .contains("Payung tidak boleh menulis di folder " + missing.getParent());
        assertThat(pictures()).as("no .part file beside them").containsExactly("dipakai.png");
    }

    private List<String> pictures() throws java.io.IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.contains(".png")).sorted().toList();
        }
    }
}
