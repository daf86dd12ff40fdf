package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Programme;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.ui.reports.ReadinessRow;
import id.payung.ui.reports.ReportsViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports screen's view model, without a toolkit. */
class ReportsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void givenAMoveToSelfPayingWhenLoadedThenTheLatestYearShowsItAndTheReadinessLines() {
        try (PayungServices s = TestData.seeded(dir)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
            ReportsViewModel model = new ReportsViewModel(s, new DirectTaskExecutor(), TestData.CLOCK);

            model.load();

            assertThat(model.years()).containsExactly(2023, 2024, 2025, 2026, 2027); // open-ended: next year too
            assertThat(model.yearProperty().get()).isEqualTo(2026);
            assertThat(model.transitions()).singleElement().satisfies(t -> {
                assertThat(t.endYear()).isEqualTo(2025);
                assertThat(t.continued()).isEqualTo(1);
                assertThat(t.costRp()).isEqualTo(12 * 8_400L); // an ojek driver, discounted all 2026
            });
            assertThat(model.tariffs()).hasSize(2);
            assertThat(model.readiness()).extracting(ReadinessRow::aspectKey).startsWith("reports.aspect.regulations",
                    "reports.aspect.awards", "reports.aspect.year").endsWith("reports.aspect.villages",
                    "reports.aspect.benefits", "reports.aspect.benefits");

            model.addBenefit(new BenefitClaim(0, LocalDate.of(2026, 1, 26), Programme.JKM, 2, 84_000_000L, null));
            model.reload();
            ReadinessRow jkm = model.readiness().get(model.readiness().size() - 1);
            assertThat(jkm.aspectArgs()).containsExactly("JKM", "2026");
            // With the seven payouts of 26/01/2026 that the seeds record with their event.
            assertThat(jkm.valueArgs()).containsExactly("8", "9", "Rp 378.000.000");

            model.yearProperty().set(2025);
            assertThat(model.transitions()).singleElement().satisfies(t -> assertThat(t.costRp()).isZero());
            assertThat(model.readiness()).filteredOn(r -> r.aspectKey().equals("reports.aspect.year"))
                    .extracting(r -> r.valueArgs().get(0)).containsExactly("1.000", "1.000", "5.280");
            assertThat(List.copyOf(model.funders())).extracting(f -> f.code()).contains("APBD-KAB-MGR", "MANDIRI");
        }
    }

    /** Trial 18: the readiness summary of 2026 says, beside the growth, which funders of 2025 have no 2026 data yet. */
    @Test
    void theReadinessLinesSayWhichFundersOfTheYearBeforeHaveNoDataYet() {
        try (PayungServices s = TestData.seeded(dir)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12)));
            ReportsViewModel model = new ReportsViewModel(s, new DirectTaskExecutor(), TestData.CLOCK);
            model.load();
            model.yearProperty().set(2026);

            List<String> aspects = model.readiness().stream().map(ReadinessRow::aspectKey).toList();
            int gap = aspects.indexOf("reports.aspect.funderGap");
            assertThat(gap).as("right after the years' growth").isEqualTo(aspects.lastIndexOf("reports.aspect.year") + 1);
            ReadinessRow row = model.readiness().get(gap);
            assertThat(row.value(I18n.bundle(I18n.INDONESIAN))).startsWith("Perhatian: belum ada peserta 2026 tercatat")
                    .contains(": APBD Provinsi NTT (4.280 peserta pada 2025).")
                    .endsWith(": APBD Kabupaten Manggarai (1 tercatat; 1.000 pada 2025).");
            assertThat(row.value(I18n.bundle(I18n.ENGLISH))).startsWith("Note: no 2026 participants recorded yet");

            model.yearProperty().set(2025);
            assertThat(model.readiness()).extracting(ReadinessRow::aspectKey).doesNotContain("reports.aspect.funderGap");
        }
    }

    /** Trial 18 L12: the reports said nothing of the NIP and address Pengaturan leaves empty, and printed dots. */
    @Test
    void theScreenSaysWhatThePrintoutsLackFromTheSettings() {
        try (PayungServices s = TestData.seeded(dir)) {
            ReportsViewModel model = new ReportsViewModel(s, new DirectTaskExecutor(), TestData.CLOCK);
            id.payung.service.Settings office = s.reference().settings();
            s.reference().saveSettings(new id.payung.service.Settings(office.officeName(), office.regencyCode(),
                    office.place(), null, office.language(), office.defaultYear(), "Yohanes", "Kepala Dinas", null));
            model.load();
            assertThat(model.printGapProperty().get()).isEqualTo("reports.print.missing.both");

            s.reference().saveSettings(new id.payung.service.Settings(office.officeName(), office.regencyCode(),
                    office.place(), "Jl. Motang Rua No. 1", office.language(), office.defaultYear(), "Yohanes",
                    "Kepala Dinas", null));
            model.load();
            assertThat(model.printGapProperty().get()).isEqualTo("reports.print.missing.nip");

            s.reference().saveSettings(new id.payung.service.Settings(office.officeName(), office.regencyCode(),
                    office.place(), "Jl. Motang Rua No. 1", office.language(), office.defaultYear(), "Yohanes",
                    "Kepala Dinas", "197001011995031002"));
            model.load();
            assertThat(model.printGapProperty().get()).isNull();
        }
    }

    /** Trial 19: the annex funder the clerk chose stays over reloads; one that no longer exists gives way to the first. */
    @Test
    void theAnnexFunderChosenIsKeptOverReloadsWhileItExists() {
        try (PayungServices s = TestData.seeded(dir)) {
            ReportsViewModel model = new ReportsViewModel(s, new DirectTaskExecutor(), TestData.CLOCK);
            model.load();
            assertThat(model.annexFunderProperty().get()).isEqualTo(model.funders().get(0));
            id.payung.domain.FundingSource mandiri = model.funders().stream().filter(f -> f.code().equals("MANDIRI"))
                    .findFirst().orElseThrow();
            model.annexFunderProperty().set(mandiri);

            model.load();
            assertThat(model.annexFunderProperty().get().code()).isEqualTo("MANDIRI");
            assertThat(model.funders()).containsOnlyOnce(model.annexFunderProperty().get());

            model.annexFunderProperty().set(new id.payung.domain.FundingSource(0, "GONE", "Dihapus", mandiri.type(),
                    null, true, null));
            model.load();
            assertThat(model.annexFunderProperty().get()).isEqualTo(model.funders().get(0));
        }
    }
}
