package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportFileException;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 14 F1 and F10: a new file for a regency other than Manggarai starts without Manggarai's numbers, events
 * and office, and with its own budgets named from the region list; another regency's budget is refused in an
 * import and on the form. Manggarai's own file (53.10) is seeded as before (SeedLoaderTest).
 */
class SeedRegencyTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileForManggaraiBaratHasNoneOfManggaraisOpeningDataAndItsOwnBudgets() {
        Path file = dir.resolve("mabar.db");
        PayungServices.create(file, "53.15", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.settings().regencyCode()).isEqualTo("53.15");
            assertThat(s.settings().officeName()).as("left for Pengaturan, not Manggarai's").isNull();
            assertThat(s.settings().place()).isNull();
            assertThat(s.settings().headName()).isNull();
            assertThat(s.settings().headTitle()).isNull();
            for (int year = 2023; year <= 2026; year++) {
                assertThat(s.dashboard().fundingShares(year)).as("year " + year)
                        .allSatisfy(f -> assertThat(f.participants()).isZero());
            }
            assertThat(s.register().cohorts()).isEmpty();
            assertThat(s.reference().events()).isEmpty();
            assertThat(s.benefits().ofYear(2026)).isEmpty();
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code)
                    .containsExactlyInAnyOrder("APBD-PROV-NTT", "APBD-KAB-5315", "APBDES-5315", "APBN", "CSR", "MANDIRI");
            assertThat(funder(s, "APBD-KAB-5315")).satisfies(f -> {
                assertThat(f.name()).isEqualTo("APBD Kabupaten Manggarai Barat");
                assertThat(f.type()).isEqualTo(FunderType.APBD_KABUPATEN);
                assertThat(f.regionCode()).isEqualTo("53.15");
            });
            assertThat(funder(s, "APBDES-5315").name()).isEqualTo("APBDes / ADD desa se-Kabupaten Manggarai Barat");
            assertThat(s.reference().localRegions()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.code()).startsWith("53.15."));
            assertThat(s.seededOfficeRows().any()).isFalse();
        }
    }

    @Test
    void aCityGetsItsKotaBudgetAndNoVillageBudget() {
        Path file = dir.resolve("kupang.db");
        PayungServices.create(file, "53.71", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code)
                    .containsExactlyInAnyOrder("APBD-PROV-NTT", "APBD-KAB-5371", "APBN", "CSR", "MANDIRI");
            assertThat(funder(s, "APBD-KAB-5371").name()).isEqualTo("APBD Kota Kupang");
            assertThat(s.dashboard().fundingShares(2025)).allSatisfy(f -> assertThat(f.participants()).isZero());
            assertThat(s.reference().events()).isEmpty();
            assertThat(s.settings().officeName()).isNull();
        }
    }

    @Test
    void aRegencyOfAnotherProvinceGetsThatProvincesBudget() {
        Path file = dir.resolve("sleman.db");
        PayungServices.create(file, "34.04", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code)
                    .containsExactlyInAnyOrder("APBD-PROV-34", "APBD-KAB-3404", "APBDES-3404", "APBN", "CSR", "MANDIRI");
            assertThat(funder(s, "APBD-PROV-34").name()).isEqualTo("APBD Provinsi Daerah Istimewa Yogyakarta");
            assertThat(funder(s, "APBD-PROV-34").regionCode()).isEqualTo("34");
        }
    }

    @Test
    void manggaraisFileIsSeededAsBefore() {
        Path file = dir.resolve("mgr.db");
        PayungServices.create(file, "53.10", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code)
                    .containsExactlyInAnyOrder("APBD-PROV-NTT", "APBD-KAB-MGR", "APBDES-MGR", "APBN", "CSR", "MANDIRI");
            assertThat(s.dashboard().fundingShares(2025)).filteredOn(f -> f.participants() > 0)
                    .extracting(f -> f.funderCode() + " " + f.participants())
                    .containsExactlyInAnyOrder("APBD-PROV-NTT 4280", "APBD-KAB-MGR 1000");
            assertThat(s.settings().officeName()).isEqualTo("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai");
            assertThat(s.settings().place()).isEqualTo("Ruteng");
            assertThat(s.reference().events()).hasSize(3);
            assertThat(s.seededOfficeRows().any()).as("Manggarai's own").isFalse();
        }
        assertThatThrownBy(() -> PayungServices.create(dir.resolve("none.db"), "53.99", TestData.CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("53.99");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    /**
     * A Manggarai file whose office became Manggarai Barat's (Pengaturan) holds both regencies' budgets: the new
     * regency's are added, Manggarai's are refused by code or whole name, in each row and as the import's funder;
     * a part of a name finds the office's own budget, not Manggarai's.
     */
    @Test
    void anotherRegencysBudgetIsRefusedInImportsAndOnTheForm() throws Exception {
        Path file = dir.resolve("moved.db");
        PayungServices.create(file, null, TestData.CLOCK);
        Path csv = dir.resolve("mabar.csv");
        Files.writeString(csv, "NIK,Nama,Jenis Kelamin,Tgl Lahir,Kecamatan,Sumber Dana,Mulai,Lama\n"
                + "5315011203850001,Yosef Jehadu,Laki-laki,12/03/1985,Komodo,APBD-KAB-MGR,01/2026,12\n"
                + "5315015204860002,Maria Goreti,Perempuan,12/04/1986,Komodo,APBD Kabupaten Manggarai,01/2026,12\n"
                + "5315011205870003,Kornelis Nggoro,Laki-laki,12/05/1987,Komodo,APBDES-MGR,01/2026,12\n"
                + "5315011206880004,Stefanus Dagur,Laki-laki,12/06/1988,Komodo,APBD Kabupaten,01/2026,12\n"
                + "5315011207890005,Benediktus Jebarus,Laki-laki,12/07/1989,Komodo,APBD-PROV-NTT,01/2026,12\n");
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            s.useRegency("53.15");
            assertThat(s.reference().fundingSources()).extracting(FundingSource::code)
                    .contains("APBD-KAB-MGR", "APBD-KAB-5315", "APBDES-5315");
            assertThat(s.reference().offeredFunders()).extracting(FundingSource::code)
                    .contains("APBD-KAB-5315", "APBDES-5315", "APBD-PROV-NTT", "MANDIRI")
                    .doesNotContain("APBD-KAB-MGR", "APBDES-MGR");

            ImportService.Report r = s.imports().importFile(csv, ImportOptions.defaults().skippingInvalid(),
                    ImportService.Progress.NONE);
            List<RowProblem> refused = r.problems().stream().filter(p -> p.problem().error()).toList();
            assertThat(refused).extracting(RowProblem::row, p -> p.problem().code()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2, "FUNDER_OTHER_REGION"),
                    org.assertj.core.groups.Tuple.tuple(3, "FUNDER_OTHER_REGION"),
                    org.assertj.core.groups.Tuple.tuple(4, "FUNDER_OTHER_REGION"));
            assertThat(refused.get(0).problem().args()).containsExactly("APBD Kabupaten Manggarai", "APBD-KAB-MGR",
                    "53.10", "53.15");
            assertThat(r.imported()).isEqualTo(2);
            assertThat(s.register().page(id.payung.domain.RegisterFilter.all(), new id.payung.domain.RegisterSort(
                    id.payung.domain.RegisterSort.Column.NAME, true), null, 10).rows())
                    .extracting(e -> e.fullName() + " " + e.funderCode())
                    .containsExactlyInAnyOrder("Stefanus Dagur APBD-KAB-5315", "Benediktus Jebarus APBD-PROV-NTT");

            assertThatThrownBy(() -> s.imports().importFile(csv, ImportOptions.defaults().withFunder("APBD-KAB-MGR"),
                    ImportService.Progress.NONE)).isInstanceOfSatisfying(ImportFileException.class,
                            e -> assertThat(e.code()).isEqualTo("FUNDER_OPTION_OTHER_REGION"));

            assertThat(s.seededOfficeRows()).as("Manggarai's rows, kept under the new office: the window says so")
                    .isEqualTo(new SeedLoader.OpeningRows(4, 7280, 3));

            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5315011208900006", "Agustina Nimu",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).contains("FUNDER_OTHER_REGION"));
        }
    }

    private static FundingSource funder(PayungServices s, String code) {
        return s.reference().fundingSources().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
