package id.payung.service;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.RegionRepository;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * {@link BreakdownData}'s Manggarai 2026 (155 participants) and, beside it, Kabupaten Manggarai Barat (53.15),
 * recorded by that regency's office (on a server: sessions writing as 53.15; in a file: its desa lie in 53.15):
 *
 * <pre>
 * record                       funder   kecamatan
 * Kornelis                     PROV     Macang Pacar (desa Bari)
 * Yuliana                      PROV     Macang Pacar (desa Bari)
 * Stefanus                     MANDIRI  Macang Pacar (desa Bari)
 * cohort of 20                 CSR      Macang Pacar
 * </pre>
 *
 * Manggarai Barat 2026: PROV 2 (names; the province's cohort of 50 is Manggarai's, not theirs), CSR 20, MANDIRI 1
 * = 23. Both regencies: 178.
 */
public final class TwoRegencies {
    public static final String MANGGARAI = "53.10";
    public static final String MANGGARAI_BARAT = "53.15";
    public static final String MACANG_PACAR = "53.15.01";
    public static final String BARI = "53.15.01.2001";

    private TwoRegencies() {
    }

    /** Makes the SQLite file at {@code file} with both regencies' rows and opens it. */
    public static PayungServices open(Path file) {
        BreakdownData.open(file).close();
        try (Database db = Database.open(file, false)) {
            addRegions(db);
        }
        PayungServices s = PayungServices.open(file, false, TestData.CLOCK);
        fill(s);
        return s;
    }

    /** Makes the test's database on its engine with both regencies' rows and opens it (sessions of Manggarai). */
    public static PayungServices open(id.payung.store.TestEngine engine) {
        BreakdownData.open(engine).close();
        try (Database db = engine.open()) {
            addRegions(db);
        }
        // An SQLite file is one office's (RegencyStats): two regencies side by side are a server's question.
        org.junit.jupiter.api.Assumptions.assumeTrue(engine.dialect() == Dialect.POSTGRES,
                "an SQLite file is one office's: regencies side by side are a server's");
        try {
            engine.server().useRegency(MANGGARAI_BARAT);
            try (PayungServices asManggaraiBarat = engine.services()) {
                fill(asManggaraiBarat);
            }
            engine.server().useRegency(MANGGARAI);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return engine.services();
    }

    private static void addRegions(Database db) {
        db.write(tx -> {
            RegionRepository regions = new RegionRepository();
            regions.insertIfAbsent(tx, new Region(MACANG_PACAR, "Macang Pacar", RegionLevel.KECAMATAN, MANGGARAI_BARAT));
            regions.insertIfAbsent(tx, new Region(BARI, "Bari", RegionLevel.DESA, MACANG_PACAR));
            return null;
        });
    }

    private static void fill(PayungServices s) {
        YearMonth jan = YearMonth.of(2026, 1);
        s.enrollments().enrol(form("5315011204850001", "Kornelis", "APBD-PROV-NTT", jan));
        s.enrollments().enrol(form("5315014507900002", "Yuliana", "APBD-PROV-NTT", jan));
        s.enrollments().enrol(form("5315010309800003", "Stefanus", "MANDIRI", jan));
        s.cohorts().add(new CohortService.Input("CSR", 2026, Segment.BPU, MACANG_PACAR, null, 20L, null));
    }

    private static EnrollmentForm form(String nik, String name, String funder, YearMonth first) {
        EnrollmentForm f = TestData.form(nik, name, funder, first, null);
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), BARI,
                "OJEK", f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }
}
