package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule by which a list's title rows propose the kecamatan and desa/kelurahan of the rows that name none
 * ({@link TitleRegion}), which the import window presents and {@code payung import} takes: a title naming both, a desa
 * name several kecamatan share, a title desa of another kecamatan than the one chosen, a title kecamatan the rows'
 * desa contradict, a list with a Desa column, and no title.
 */
class TitleRegionTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    /** Manggarai's regions, and a second Golo Worok (in Wae Rii) beside Ruteng's. */
    private PayungServices fresh() throws Exception {
        PayungServices s = engine.services();
        Path regions = TestRegions.resource("regions/wilayah-5310.csv", dir);
        Files.writeString(regions, "53.10.01.2999,Golo Worok,Desa,53.10.01,Wae Rii\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        s.regionImport().importCsv(regions);
        return s;
    }

    private static ImportOptions options() {
        return ImportOptions.defaults().withFunder("APBDES-MGR").withPeriod(YearMonth.of(2026, 1), 12);
    }

    private static TitleRegion rule(PayungServices s, Path file, ImportOptions options, boolean kecamatan, boolean desa) {
        return s.imports().titleRegion(file, options, s.imports().preview(file, options), kecamatan, desa,
                ImportService.Progress.NONE);
    }

    @Test
    void aTitleNamingKecamatanAndDesaGivesBothCheckedWithTheRowsInOneDryRun() throws Exception {
        try (PayungServices s = fresh()) {
            Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
            TitleRegion t = rule(s, list, options(), true, true);

            assertThat(t.kecamatan()).extracting(Region::name).isEqualTo("Ruteng");
            assertThat(t.desa()).extracting(Region::name).isEqualTo("Pong Lale");
            assertThat(t.desa().parentCode()).isEqualTo(t.kecamatan().code());
            assertThat(t.titleDesa().text()).isEqualToIgnoringCase("PONG LALE");
            assertThat(t.desaNotTaken()).isNull();
            assertThat(t.kecamatanNotForRows()).isNull();
            assertThat(t.problem()).isNull();
            assertThat(t.options().kecamatan()).isEqualTo("Ruteng");
            assertThat(t.options().desa()).isEqualTo("Pong Lale");
            assertThat(t.report()).as("the dry run that weighed the kecamatan is the check").isNotNull();
            assertThat(t.report().rejected()).as("%s", t.report().problems()).isZero();
            assertThat(t.report().imported()).isPositive();
            assertThat(t.report().withoutDesa()).as("every row has the title's desa").isZero();

            // The clerk's own kecamatan and desa stay theirs: nothing proposed over them, no dry run.
            TitleRegion theirs = rule(s, list, options().withRegion("Ruteng", "Pong Lale"), false, false);
            assertThat(theirs.kecamatan()).isNull();
            assertThat(theirs.desa()).isNull();
            assertThat(theirs.options()).isEqualTo(options().withRegion("Ruteng", "Pong Lale"));
            assertThat(theirs.report()).isNull();
        }
    }

    @Test
    void aDesaNameSeveralKecamatanShareIsNotTakenButSaidWithTheVillages() throws Exception {
        Path list = Files.writeString(dir.resolve("daftar golo worok.csv"),
                "DAFTAR PEKERJA RENTAN DESA GOLO WOROK;;\n;;\nNo;NIK;Nama\n1;5310015204850001;Maria Jelita\n");
        try (PayungServices s = fresh()) {
            TitleRegion t = rule(s, list, options(), true, true);

            assertThat(t.desa()).isNull();
            assertThat(t.desaNotTaken()).isEqualTo(TitleRegion.DesaNotTaken.SHARED_NAME);
            assertThat(t.titleDesa().text()).isEqualToIgnoringCase("GOLO WOROK");
            assertThat(t.titleDesa().candidates()).extracting(Region::parentCode)
                    .containsExactlyInAnyOrder("53.10.01", "53.10.03");
            assertThat(t.kecamatan()).isNull();
            assertThat(t.options().kecamatan()).isNull();
            assertThat(t.options().desa()).isNull();
            assertThat(t.report()).as("no kecamatan to weigh: no dry run").isNull();
        }
    }

    @Test
    void aTitleDesaOfAnotherKecamatanThanTheChosenOneIsNotTaken() throws Exception {
        try (PayungServices s = fresh()) {
            Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
            // Pong Lale lies in Ruteng; the clerk (or --kecamatan) chose Wae Rii.
            TitleRegion t = rule(s, list, options().withRegion("Wae Rii", null), false, true);

            assertThat(t.desa()).isNull();
            assertThat(t.desaNotTaken()).isEqualTo(TitleRegion.DesaNotTaken.OTHER_KECAMATAN);
            assertThat(t.titleDesa().desa()).extracting(Region::name).isEqualTo("Pong Lale");
            assertThat(t.kecamatan()).as("not asked for").isNull();
            assertThat(t.options().kecamatan()).isEqualTo("Wae Rii");
            assertThat(t.options().desa()).isNull();

            // Chosen as the import reads it (case and prefix aside): Ruteng's own village is taken.
            TitleRegion inside = rule(s, list, options().withRegion("kec. RUTENG", null), false, true);
            assertThat(inside.desa()).extracting(Region::name).isEqualTo("Pong Lale");
            assertThat(inside.options().desa()).isEqualTo("Pong Lale");
        }
    }

    @Test
    void aTitleKecamatanTheRowsDesaContradictIsNotTakenAndSaid() throws Exception {
        try (PayungServices s = fresh()) {
            // "KECAMATAN WAE RI'I" over a row of Golo Dukal (Langke Rembong).
            Path list = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);
            TitleRegion t = rule(s, list, options(), true, true);

            assertThat(t.kecamatan()).isNull();
            assertThat(t.kecamatanNotForRows()).extracting(Region::name).isEqualTo("Wae Rii");
            assertThat(t.options().kecamatan()).isNull();
            assertThat(t.report()).as("checked with a kecamatan not taken: the caller checks anew").isNull();
            ImportService.Report asItStands = s.imports().importFile(list, t.options().dry(), ImportService.Progress.NONE);
            assertThat(asItStands.rejected()).as("%s", asItStands.problems()).isZero();
        }
    }

    @Test
    void aListWithADesaColumnTakesTheKecamatanButNotTheTitlesDesa() throws Exception {
        try (PayungServices s = fresh()) {
            Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
            TitleRegion t = rule(s, list, options(), true, true);

            assertThat(t.kecamatan()).extracting(Region::name).isEqualTo("Wae Rii");
            assertThat(t.desa()).isNull();
            assertThat(t.desaNotTaken()).isEqualTo(TitleRegion.DesaNotTaken.DESA_COLUMN);
            assertThat(t.options().desa()).isNull();
        }
    }

    @Test
    void noTitleProposesNothingAndAFileRefusedWhileWeighingIsSaid() throws Exception {
        Path plain = Files.writeString(dir.resolve("daftar.csv"), "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Lalong\n");
        try (PayungServices s = fresh()) {
            TitleRegion t = rule(s, plain, options().withRegion("Reok", "Baru"), true, true);
            assertThat(t.kecamatan()).isNull();
            assertThat(t.desa()).isNull();
            assertThat(t.titleDesa()).isNull();
            assertThat(t.desaNotTaken()).isNull();
            assertThat(t.kecamatanNotForRows()).isNull();
            assertThat(t.options().kecamatan()).as("an earlier file's proposal is not kept").isNull();
            assertThat(t.options().desa()).isNull();
            assertThat(t.report()).isNull();

            // Without a funder the dry run refuses the file: the title's kecamatan is given unweighed, the refusal said.
            Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
            TitleRegion noFunder = rule(s, list, options().withFunder(null), true, true);
            assertThat(noFunder.problem()).isNotNull().extracting(ImportFileException::code).isEqualTo("NO_FUNDER");
            assertThat(noFunder.kecamatan()).extracting(Region::name).isEqualTo("Ruteng");
            assertThat(noFunder.desa()).extracting(Region::name).isEqualTo("Pong Lale");
        }
    }
}
