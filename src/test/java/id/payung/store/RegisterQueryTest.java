package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A region sorted by name, NIK or month: read in that order or picked by region and sorted, the same pages. */
class RegisterQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on: SQLite here, PostgreSQL in {@link RegisterQueryOnPostgresTest}. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void aRegionInNameOrderPagesAlikeWhicheverWayItIsRead() throws Exception {
        Path csv = dir.resolve("demo.csv");
        try (var w = Files.newBufferedWriter(csv)) {
            DemoData.writeCsv(w, 700, 5);
        }
        List<Region> regions;
        try (PayungServices s = engine.services()) {
            s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);
            regions = s.reference().localRegions();
        }
        RegisterQuery inNameOrder = new RegisterQuery(1);           // every region counts as large
        RegisterQuery byRegion = new RegisterQuery(Long.MAX_VALUE);  // none does
        try (Database db = engine.open()) {
            Region kecamatan = regions.stream().filter(r -> r.level() == RegionLevel.KECAMATAN)
                    .filter(r -> db.read(tx -> byRegion.count(tx, filter(r.code()), TODAY)) > 40).findFirst().orElseThrow();
            // The generated people live at kecamatan level: a third of this kecamatan's are put in one of its desa,
            // which is then read both ways too (and the kecamatan still holds them).
            Region desa = new Region(kecamatan.code() + ".2001", "Desa Uji", RegionLevel.DESA, kecamatan.code());
            db.write(tx -> {
                new RegionRepository().insertIfAbsent(tx, desa);
                // Their enrollments were made there (the register reads the enrollment's place).
                return tx.update("UPDATE enrollment SET region_code = ? WHERE region_code = ? AND person_id % 3 = 0",
                        desa.code(), kecamatan.code());
            });
            long inDesa = db.read(tx -> byRegion.count(tx, filter(desa.code()), TODAY));
            // The two really are two ways: the region index kept out of reach (+), so the name index is read
            // in order, or left to the planner, which picks the region's people at a million rows (a file
            // this small is read by name either way, so the statements are compared, not the plans).
            // (PostgreSQL plans by its statistics and has no "+": there both are one statement.)
            RegisterSort byName = new RegisterSort(RegisterSort.Column.NAME, true);
            RegisterSort byStart = new RegisterSort(RegisterSort.Column.FIRST_MONTH, false);
            if (engine.dialect() == Dialect.SQLITE) {
                assertThat(sql(db, inNameOrder, filter(kecamatan.code()), byName)).contains("+e.region_code");
                assertThat(sql(db, byRegion, filter(kecamatan.code()), byName)).doesNotContain("+e.region_code");
                assertThat(sql(db, inNameOrder, filter(kecamatan.code()), byStart)).contains("+e.region_code");
                assertThat(sql(db, byRegion, filter(kecamatan.code()), byStart)).doesNotContain("+e.region_code");
            }
            assertThat(inDesa).as("people moved to the desa").isGreaterThan(10);
            for (Region region : List.of(kecamatan, desa)) {
                RegisterFilter filter = filter(region.code());
                long matching = db.read(tx -> byRegion.count(tx, filter, TODAY));
                assertThat(matching).as(region.name()).isGreaterThanOrEqualTo(inDesa);
                for (RegisterSort.Column column : List.of(RegisterSort.Column.NAME, RegisterSort.Column.NIK,
                        RegisterSort.Column.FIRST_MONTH, RegisterSort.Column.LAST_MONTH)) {
                    for (boolean ascending : new boolean[] {true, false}) {
                        RegisterSort sort = new RegisterSort(column, ascending);
                        List<EnrollmentSummary> named = pages(db, inNameOrder, filter, sort);
                        assertThat(named).as("%s %s %s", region.name(), column, ascending).hasSize((int) matching)
                                .allSatisfy(r -> assertThat(r.kecamatanName()).isEqualTo(kecamatan.name()));
                        assertThat(named).extracting(EnrollmentSummary::id)
                                .containsExactlyElementsOf(pages(db, byRegion, filter, sort).stream()
                                        .map(EnrollmentSummary::id).toList());
                        if (column == RegisterSort.Column.NAME) {
                            List<String> names = named.stream().map(EnrollmentSummary::fullName).toList();
                            List<String> sorted = new ArrayList<>(names);
                            sorted.sort(ascending ? String.CASE_INSENSITIVE_ORDER : String.CASE_INSENSITIVE_ORDER.reversed());
                            assertThat(names).containsExactlyElementsOf(sorted);
                        }
                    }
                }
            }
            // A kecamatan with nobody in it: nothing, either way.
            assertThat(pages(db, inNameOrder, filter("53.10.99"), new RegisterSort(RegisterSort.Column.NAME, true))).isEmpty();
        }
    }

    private static String sql(Database db, RegisterQuery query, RegisterFilter filter, RegisterSort sort) {
        return db.read(tx -> query.firstPageSql(tx, filter, sort, TODAY));
    }

    /** Every page of 13, one after the other. */
    private static List<EnrollmentSummary> pages(Database db, RegisterQuery query, RegisterFilter filter, RegisterSort sort) {
        List<EnrollmentSummary> all = new ArrayList<>();
        RegisterPage page = db.read(tx -> query.page(tx, filter, sort, null, 13, TODAY));
        while (true) {
            all.addAll(page.rows());
            if (page.next() == null) {
                return all;
            }
            RegisterPage.PageKey next = page.next();
            page = db.read(tx -> query.page(tx, filter, sort, next, 13, TODAY));
        }
    }

    private static RegisterFilter filter(String regionCode) {
        return new RegisterFilter(null, null, null, regionCode, null, null, null, false);
    }
}
