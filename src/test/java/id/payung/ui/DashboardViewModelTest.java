package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.domain.GroupShare;
import id.payung.domain.KecamatanCoverage;
import id.payung.service.BreakdownData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.dashboard.DashboardViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's breakdowns and coverage as view models, without a toolkit, on {@link BreakdownData}. */
class DashboardViewModelTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private DashboardViewModel model;

    @BeforeEach
    void open() {
        services = BreakdownData.open(dir.resolve("payung.db"));
        // As the window makes it: its files are for people (replacing what the save dialog asked about).
        model = new DashboardViewModel(services.dashboard(), services.budget(), services.coverage(), new DirectTaskExecutor(),
                services.exports().replacingExisting());
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theOfficesStartYearIsShownOnTheFirstLoad() {
        DashboardViewModel fresh = new DashboardViewModel(services.dashboard(), services.budget(), services.coverage(),
                new DirectTaskExecutor(), services.exports());
        fresh.preferYear(2024);
        fresh.load();
        assertThat(fresh.yearProperty().get()).isEqualTo(2024);
        assertThat(fresh.shares()).extracting(id.payung.domain.FundingShare::participants).containsExactly(1000L);
    }

    @Test
    void breakdownsFollowTheYearTheFilterAndTheFunder() {
        assertThat(model.yearProperty().get()).isEqualTo(2026);
        assertThat(GroupShare.total(model.breakdowns().kecamatan())).isEqualTo(155).isEqualTo(model.totalProperty().get());
        assertThat(model.breakdowns().occupations()).extracting(GroupShare::code).first().isEqualTo("PEDAGANG");

        model.breakdowns().funderProperty().set(model.breakdowns().funderChoices().stream()
                .filter(f -> f.code().equals("CSR")).findFirst().orElseThrow());

        assertThat(model.breakdowns().kecamatan()).extracting(GroupShare::name, GroupShare::participants)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Wae Rii", 1L));
        assertThat(model.breakdowns().occupations()).extracting(GroupShare::name).containsExactly("Pengemudi ojek");

        model.yearProperty().set(2025); // the funder stays chosen: CSR paid for nobody in 2025
        assertThat(model.breakdowns().kecamatan()).isEmpty();
        model.breakdowns().funderProperty().set(null);
        assertThat(model.breakdowns().kecamatan()).extracting(GroupShare::participants).containsExactly(5280L);
    }

    @Test
    void savingNumbersShowsTheCoverageAndRefusedOnesSaveNothing() {
        List<List<FormProblem>> refused = new ArrayList<>();
        int[] saved = {0};

        model.coverage().save(Map.of(BreakdownData.RUTENG, 0L), () -> saved[0]++, refused::add);

        assertThat(saved[0]).isZero();
        assertThat(refused).singleElement().satisfies(p -> assertThat(p).extracting(FormProblem::code)
                .containsExactly("COVERAGE_NOT_POSITIVE"));

        model.coverage().save(Map.of(BreakdownData.RUTENG, 2020L), () -> saved[0]++, refused::add);

        assertThat(saved[0]).isEqualTo(1);
        assertThat(model.coverage().rows()).filteredOn(k -> k.kecamatanCode().equals(BreakdownData.RUTENG))
                .singleElement().extracting(KecamatanCoverage::percent).isEqualTo(100.0 * 100 / 2020); // Maria: LR
        assertThat(model.coverage().coverageProperty().get().missingDenominators()).isEqualTo(11);
    }

    @Test
    void lastYearsNumbersAreOffered() {
        services.coverage().saveDenominators(2025, Map.of(BreakdownData.CIBAL, 7000L));
        List<Map<String, Long>> found = new ArrayList<>();

        model.coverage().previousNumbers(found::add);

        assertThat(found).containsExactly(Map.of(BreakdownData.CIBAL, 7000L));
    }

    /** F17: the dashboard's report and file are the filtered numbers on screen, the filter named; none: the regency's. */
    @Test
    void theReportAndTheFileFollowTheFiltersShown() throws Exception {
        model.kecamatanProperty().set(model.kecamatanChoices().stream()
                .filter(k -> k.code().equals(BreakdownData.WAE_RII)).findFirst().orElseThrow());
        model.segmentProperty().set(id.payung.domain.Segment.PU);
        assertThat(model.totalProperty().get()).isZero();
        assertThat(model.filtered()).isTrue();
        assertThat(model.fileSuffix()).isEqualTo("-wae-rii-pu");
        Path pdf = dir.resolve("laporan.pdf");
        Path xlsx = dir.resolve("porsi.xlsx");
        List<Path> done = new ArrayList<>();

        model.report(pdf, done::add);
        model.export(xlsx, done::add);

        assertThat(done).containsExactly(pdf, xlsx);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Kecamatan Wae Rii, segmen PU").doesNotContain("155");
        }
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(rows.size() - 1).getCellText(1)).isEqualTo("Jumlah");
            assertThat(rows.get(rows.size() - 1).getCellAsNumber(2).orElseThrow()).isZero();
        }

        model.kecamatanProperty().set(null);
        model.segmentProperty().set(null);
        assertThat(model.filtered()).isFalse();
        assertThat(model.fileSuffix()).isEmpty();
        Path regency = dir.resolve("laporan-kabupaten.pdf");
        model.report(regency, done::add);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(regency.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("155").doesNotContain("Saringan");
        }
    }

    /**
     * The trend's funders in one order whatever year is chosen: by kind of funder (province, regency, village, company,
     * self-paid), then by name. It followed the chosen year's pie: the regency's 100 first for 2026, the province's
     * 4.280 first for 2025, so two years' slides did not line up.
     */
    @Test
    void theTrendsFundersAreInOneOrderWhateverYearIsChosen() {
        List<String> order = List.of("APBD-PROV-NTT", "APBD-KAB-MGR", "APBDES-MGR", "CSR", "MANDIRI");
        assertThat(model.shares()).extracting(id.payung.domain.FundingShare::funderCode).first().isEqualTo("APBD-KAB-MGR");
        assertThat(model.trendFunders()).containsExactlyElementsOf(order);
        model.yearProperty().set(2025);
        assertThat(model.shares()).extracting(id.payung.domain.FundingShare::funderCode)
                .containsExactly("APBD-PROV-NTT", "APBD-KAB-MGR");
        assertThat(model.trendFunders()).containsExactlyElementsOf(order);
        model.yearProperty().set(2023);
        assertThat(model.trendFunders()).containsExactlyElementsOf(order);
    }

    /** F2: with the Rupiah view the trend carries each year's cost per funder, the pie's Rupiah numbers of that year. */
    @Test
    void theTrendInRupiahCarriesEachYearsCostPerFunder() {
        assertThat(model.trend()).isNotEmpty().allSatisfy(p -> assertThat(p.costRp()).isNull());

        model.showRupiahProperty().set(true);

        assertThat(model.trend()).isNotEmpty();
        for (DashboardViewModel.TrendPoint p : model.trend()) {
            long cost = services.budget().costs(p.year()).stream().filter(c -> c.funderCode().equals(p.funderCode()))
                    .mapToLong(id.payung.domain.FunderCost::costRp).sum();
            assertThat(p.costRp()).as(p.year() + " " + p.funderCode()).isEqualTo(cost);
        }
        assertThat(model.trend()).anySatisfy(p -> assertThat(p.costRp()).isPositive());
        model.yearProperty().set(2026);
        assertThat(model.trend().stream().filter(p -> p.year() == 2026).mapToLong(DashboardViewModel.TrendPoint::costRp)
                .sum()).isEqualTo(model.totalCostProperty().get());
    }

    /**
     * The trend follows the filters as the pie does: with Wae Rii chosen the growth is Wae Rii's (it showed the
     * whole regency's while the filtered PDF showed the kecamatan's, trial 13), in participants and in rupiah.
     */
    @Test
    void theTrendFollowsTheFilters() {
        model.yearProperty().set(2026);
        long whole = model.trend().stream().filter(p -> p.year() == 2026).mapToLong(DashboardViewModel.TrendPoint::participants).sum();
        model.kecamatanProperty().set(model.kecamatanChoices().stream()
                .filter(k -> k.code().equals(BreakdownData.WAE_RII)).findFirst().orElseThrow());

        long waeRii = model.trend().stream().filter(p -> p.year() == 2026).mapToLong(DashboardViewModel.TrendPoint::participants).sum();
        assertThat(waeRii).isEqualTo(model.totalProperty().get()).isEqualTo(2).isLessThan(whole);
        assertThat(model.trend()).as("years none of Wae Rii's people are in are no years of its growth")
                .allSatisfy(p -> assertThat(p.year()).isEqualTo(2026));

        model.showRupiahProperty().set(true);
        assertThat(model.trend().stream().mapToLong(DashboardViewModel.TrendPoint::costRp).sum())
                .isEqualTo(model.totalCostProperty().get());
    }

    /**
     * Trial 19b: next year's lists imported and next year chosen, the pie showed next year's participants while the
     * trend beside it ended at this year; the trend reaches a chosen year to come, and leaves it again.
     */
    @Test
    void theTrendReachesAChosenYearToCome() {
        services.enrollments().enrol(id.payung.service.TestData.form("5310015507900003", "Agata Ninu", "APBD-KAB-MGR",
                java.time.YearMonth.of(2027, 1), java.time.YearMonth.of(2027, 12)));
        model.load();
        assertThat(model.trend()).extracting(DashboardViewModel.TrendPoint::year).doesNotContain(2027);

        model.yearProperty().set(2027);

        // Next year's bar is the pie's: the same funders and participants.
        assertThat(model.trend()).filteredOn(p -> p.year() == 2027)
                .extracting(DashboardViewModel.TrendPoint::funderCode, DashboardViewModel.TrendPoint::participants)
                .containsExactlyInAnyOrderElementsOf(model.shares().stream().map(sh -> org.assertj.core.groups.Tuple.tuple(
                        sh.funderCode(), sh.participants())).toList())
                .contains(org.assertj.core.groups.Tuple.tuple("APBD-KAB-MGR", 2L)); // one of them the participant above
        model.yearProperty().set(2025);
        assertThat(model.trend()).extracting(DashboardViewModel.TrendPoint::year).doesNotContain(2027).contains(2026);
    }
}
