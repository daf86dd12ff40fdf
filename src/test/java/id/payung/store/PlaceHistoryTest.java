package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.AnnexEntry;
import id.payung.domain.CorrectionScope;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FunderCount;
import id.payung.domain.GroupCount;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.domain.Scope;
import id.payung.service.EnrollmentService;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a person lived is a fact of each enrollment: a worker on the 2026 list in Golo Dukal (Langke
 * Rembong) and on the 2027 list in Satar Ngkeling (Wae Rii) shows in each year's register, counts and annex
 * where that year's list put him, through the import, the form, a correction and an undo.
 */
class PlaceHistoryTest {
    private static final String HEADER = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Desa;Kecamatan;Pekerjaan;Sumber Dana;"
            + "Mulai;Jumlah Bulan\n";
    private static final String YOHANES = "5310121205850001";
    private static final String MARIA = "5310124107900002";
    private static final String GOLO_DUKAL = "53.10.12.1001";
    private static final String SATAR_NGKELING = "53.10.01.2001";
    private static final String LANGKE_REMBONG = "53.10.12";
    private static final String WAE_RII = "53.10.01";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on: SQLite here, PostgreSQL in {@link PlaceHistoryOnPostgresTest}. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private final ParticipantStats stats = new ParticipantStats();
    private final ReportQueries reports = new ReportQueries();
    private final RegisterQuery register = new RegisterQuery();

    @Test
    void aWorkerWhoMovedShowsInEachYearWhereThatYearsListPutHim() throws Exception {
        Path list2026 = dir.resolve("2026.csv");
        Path list2027 = dir.resolve("2027.csv");
        Files.writeString(list2026, HEADER
                + YOHANES + ";Yohanes Jehadun;L;12/05/1985;Golo Dukal;Langke Rembong;Petani;APBD-KAB-MGR;01/2026;12\n"
                + MARIA + ";Maria Nanus;P;01/07/1990;Golo Dukal;Langke Rembong;Petani;APBD-KAB-MGR;01/2026;12\n");
        Files.writeString(list2027, HEADER
                + YOHANES + ";Yohanes Jehadun;L;12/05/1985;Satar Ngkeling;Wae Rii;Petani;APBD-KAB-MGR;01/2027;12\n");
        withRegions();
        long batch2027;
        try (PayungServices s = engine.services()) {
            assertThat(s.imports().importFile(list2026, ImportOptions.defaults(), ImportService.Progress.NONE).imported())
                    .isEqualTo(2);
            assertThat(s.imports().importFile(list2027, ImportOptions.defaults(), ImportService.Progress.NONE).imported())
                    .isEqualTo(1);
            batch2027 = s.imports().batches().get(0).id();
            assertThat(s.enrollments().personByNik(YOHANES).orElseThrow().regionCode())
                    .as("his current place is the latest list's").isEqualTo(SATAR_NGKELING);
        }
        try (Database db = engine.open()) {
            assertEachYearWhereItsListPutHim(db);
        }

        // The form enrols him again for 2028 back in Golo Dukal: 2027 stays in Satar Ngkeling.
        try (PayungServices s = engine.services()) {
            EnrollmentForm form = TestData.form(YOHANES, "Yohanes Jehadun", "APBD-KAB-MGR", YearMonth.of(2028, 1),
                    YearMonth.of(2028, 12));
            s.enrollments().enrol(withRegion(form, GOLO_DUKAL));
            assertThat(s.enrollments().personByNik(YOHANES).orElseThrow().regionCode()).isEqualTo(GOLO_DUKAL);
        }
        try (Database db = engine.open()) {
            assertEachYearWhereItsListPutHim(db);
            List<AnnexEntry> annex2028 = db.read(tx -> annex(tx, 2028));
            assertThat(annex2028).extracting(AnnexEntry::fullName, AnnexEntry::desa)
                    .containsExactly(tuple("Yohanes Jehadun", "Golo Dukal"));
        }

        // Undoing the 2028 form is not possible by batch, but undoing the 2027 list takes his 2027 away only.
        try (PayungServices s = engine.services()) {
            s.imports().undo(batch2027);
        }
        try (Database db = engine.open()) {
            db.read(tx -> {
                assertThat(rows(tx, 2026)).extracting(EnrollmentSummary::nik, EnrollmentSummary::desaName)
                        .contains(tuple(YOHANES, "Golo Dukal"));
                assertThat(rows(tx, 2027)).isEmpty();
                assertThat(kecamatan(tx, 2026, false)).containsExactly(tuple(LANGKE_REMBONG, 2L));
                assertThat(kecamatan(tx, 2026, true)).containsExactly(tuple(LANGKE_REMBONG, 2L));
                return null;
            });
        }
    }

    @Test
    void aCorrectionAppliesToEveryEnrollmentOrToTheEditedOneAsAskedAndTheAuditSaysWhich() throws Exception {
        withRegions();
        try (PayungServices s = engine.services()) {
            EnrollmentService enrollments = s.enrollments();
            EnrollmentService.Saved first = enrollments.enrol(withRegion(TestData.form(YOHANES, "Yohanes Jehadun",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)), GOLO_DUKAL));
            EnrollmentService.Saved second = enrollments.enrol(withRegion(TestData.form(YOHANES, "Yohanes Jehadun",
                    "APBD-KAB-MGR", YearMonth.of(2027, 1), YearMonth.of(2027, 12)), SATAR_NGKELING));
            assertThat(enrollments.otherEnrollments(first.enrollmentId())).isEqualTo(1);
            assertThat(enrollments.form(first.enrollmentId()).regionCode()).as("the edit shows the enrollment's place")
                    .isEqualTo(GOLO_DUKAL);

            // Only the 2026 enrollment's place was wrong: it was Wae Rii (the kecamatan), 2027 keeps Satar Ngkeling.
            enrollments.update(first.enrollmentId(), withRegion(enrollments.form(first.enrollmentId()), WAE_RII),
                    CorrectionScope.THIS_ENROLLMENT);
            assertThat(enrollments.form(second.enrollmentId()).regionCode()).isEqualTo(SATAR_NGKELING);
            assertThat(enrollments.personByNik(YOHANES).orElseThrow().regionCode()).isEqualTo(SATAR_NGKELING);
            assertThat(lastAudit(s, first.enrollmentId())).contains("\"correction\":\"THIS_ENROLLMENT\"")
                    .contains(WAE_RII);

            // The place was written wrong on every list: both take the correction, and the audit says so for each.
            enrollments.update(second.enrollmentId(), withRegion(enrollments.form(second.enrollmentId()), GOLO_DUKAL),
                    CorrectionScope.ALL_ENROLLMENTS);
            assertThat(enrollments.form(first.enrollmentId()).regionCode()).isEqualTo(GOLO_DUKAL);
            assertThat(enrollments.form(second.enrollmentId()).regionCode()).isEqualTo(GOLO_DUKAL);
            assertThat(enrollments.personByNik(YOHANES).orElseThrow().regionCode()).isEqualTo(GOLO_DUKAL);
            assertThat(lastAudit(s, second.enrollmentId())).contains("\"correction\":\"ALL_ENROLLMENTS\"");
            assertThat(lastAudit(s, first.enrollmentId())).contains("\"correction\":\"ALL_ENROLLMENTS\"")
                    .contains("\"corrected_with\":" + second.enrollmentId());
        }
        try (Database db = engine.open()) {
            db.read(tx -> {
                for (int year : new int[] {2026, 2027}) {
                    assertThat(stats.kecamatanCounts(tx, year, Scope.ALL, null, false))
                            .extracting(GroupCount::groupCode, GroupCount::namedPersons)
                            .containsExactly(tuple(LANGKE_REMBONG, 1L));
                    assertThat(stats.kecamatanCountsDirect(tx, year, Scope.ALL, null, false))
                            .extracting(GroupCount::groupCode, GroupCount::namedPersons)
                            .containsExactly(tuple(LANGKE_REMBONG, 1L));
                }
                return null;
            });
        }
    }

    private void assertEachYearWhereItsListPutHim(Database db) {
        db.read(tx -> {
            // The register: each year's row where that year's list put him.
            assertThat(rows(tx, 2026)).filteredOn(r -> r.nik().equals(YOHANES))
                    .extracting(EnrollmentSummary::desaName, EnrollmentSummary::kecamatanName)
                    .containsExactly(tuple("Golo Dukal", "Langke Rembong"));
            assertThat(rows(tx, 2027)).extracting(EnrollmentSummary::nik, EnrollmentSummary::desaName,
                    EnrollmentSummary::kecamatanName).containsExactly(tuple(YOHANES, "Satar Ngkeling", "Wae Rii"));
            assertThat(page(tx, new RegisterFilter(null, null, null, LANGKE_REMBONG, null, null, null, false)))
                    .filteredOn(r -> r.firstMonth().getYear() < 2028) // the form's 2028 enrollment is there too
                    .extracting(EnrollmentSummary::nik, EnrollmentSummary::firstMonth)
                    .containsExactlyInAnyOrder(tuple(YOHANES, YearMonth.of(2026, 1)), tuple(MARIA, YearMonth.of(2026, 1)));
            assertThat(page(tx, new RegisterFilter(null, null, null, SATAR_NGKELING, null, null, null, false)))
                    .extracting(EnrollmentSummary::nik, EnrollmentSummary::firstMonth)
                    .containsExactly(tuple(YOHANES, YearMonth.of(2027, 1)));
            assertThat(register.count(tx, new RegisterFilter(null, null, null, WAE_RII, null, null, null, false), TODAY))
                    .isEqualTo(1);
            // The counts per kecamatan, from the summary and from the enrollments.
            for (boolean direct : new boolean[] {false, true}) {
                assertThat(kecamatan(tx, 2026, direct)).as("2026, direct %s", direct)
                        .containsExactly(tuple(LANGKE_REMBONG, 2L));
                assertThat(kecamatan(tx, 2027, direct)).as("2027, direct %s", direct)
                        .containsExactly(tuple(WAE_RII, 1L));
            }
            // The funding shares of one kecamatan, both ways.
            for (String kec : List.of(LANGKE_REMBONG, WAE_RII)) {
                for (int year : new int[] {2026, 2027}) {
                    Scope scope = new Scope(kec, null);
                    long expected = kec.equals(LANGKE_REMBONG) ? (year == 2026 ? 2 : 0) : (year == 2027 ? 1 : 0);
                    assertThat(named(stats.funderCounts(tx, year, scope))).as("%s %d", kec, year).isEqualTo(expected);
                    assertThat(named(stats.funderCountsDirect(tx, year, scope))).as("%s %d direct", kec, year)
                            .isEqualTo(expected);
                    assertThat(stats.enrollmentGroups(tx, year, scope))
                            .containsExactlyInAnyOrderElementsOf(stats.enrollmentGroupsDirect(tx, year, scope));
                }
            }
            // The annex of each year's decree.
            assertThat(annex(tx, 2026)).filteredOn(a -> a.nik().equals(YOHANES))
                    .extracting(AnnexEntry::desa, AnnexEntry::kecamatan).containsExactly(tuple("Golo Dukal", "Langke Rembong"));
            assertThat(annex(tx, 2027)).extracting(AnnexEntry::nik, AnnexEntry::desa, AnnexEntry::kecamatan)
                    .containsExactly(tuple(YOHANES, "Satar Ngkeling", "Wae Rii"));
            return null;
        });
    }

    private static long named(List<FunderCount> counts) {
        return counts.stream().filter(c -> c.funderCode().equals("APBD-KAB-MGR")).mapToLong(FunderCount::namedPersons).sum();
    }

    private List<org.assertj.core.groups.Tuple> kecamatan(Tx tx, int year, boolean direct) {
        List<GroupCount> counts = direct ? stats.kecamatanCountsDirect(tx, year, Scope.ALL, null, false)
                : stats.kecamatanCounts(tx, year, Scope.ALL, null, false);
        return counts.stream().filter(c -> c.namedPersons() > 0).map(c -> tuple(c.groupCode(), c.namedPersons())).toList();
    }

    private List<EnrollmentSummary> rows(Tx tx, int year) {
        return page(tx, new RegisterFilter(null, null, null, null, null, null, year, false));
    }

    private List<EnrollmentSummary> page(Tx tx, RegisterFilter filter) {
        return register.page(tx, filter, new RegisterSort(RegisterSort.Column.NAME, true), null, 100, TODAY).rows();
    }

    private List<AnnexEntry> annex(Tx tx, int year) {
        List<AnnexEntry> out = new ArrayList<>();
        reports.annex(tx, "APBD-KAB-MGR", year, out::add);
        return out;
    }

    /** The newest audit entry of an enrollment, as its person's history shows it. */
    private static String lastAudit(PayungServices s, long enrollmentId) {
        long person = s.enrollments().personByNik(YOHANES).orElseThrow().id();
        List<id.payung.service.PersonHistory.Change> changes = s.enrollments().history(person).changes().stream()
                .filter(c -> c.entity().equals("enrollment") && c.entityId().equals(String.valueOf(enrollmentId))).toList();
        return changes.get(changes.size() - 1).after();
    }

    private static EnrollmentForm withRegion(EnrollmentForm f, String region) {
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), region,
                f.occupationCode(), f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }

    /** A new seeded file that knows the two places (as the Kepmendagri list names them). */
    private void withRegions() {
        engine.services().close();
        try (Database db = engine.open()) {
            RegionRepository regions = new RegionRepository();
            db.write(tx -> {
                regions.insertIfAbsent(tx, new Region(GOLO_DUKAL, "Golo Dukal", RegionLevel.KELURAHAN, LANGKE_REMBONG));
                regions.insertIfAbsent(tx, new Region(SATAR_NGKELING, "Satar Ngkeling", RegionLevel.DESA, WAE_RII));
                return null;
            });
        }
    }
}
