package id.payung.service;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Programme;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.RegionRepository;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;

/**
 * A hand-countable 2026 on top of the seeds (whose cohorts, 2023–2025, carry no kecamatan or occupation):
 *
 * <pre>
 * record                                         funder   segment kecamatan        occupation
 * cohort of 100                                  KAB      BPU     Ruteng           Pedagang
 * cohort of 50                                   PROV     BPU     (not known)      (not known)
 * Maria    (part of the regency's 100)           KAB      BPU     Langke Rembong   Ojek
 * Yohanes                                        MANDIRI  BPU     Langke Rembong   Ojek
 * Agnes    (desa Golo Dukal, in Ruteng)          MANDIRI  BPU     Ruteng           Buruh tani
 * Paulus                                         CSR      BPU     Wae Rii          Ojek
 * Kristina (CSR Jan–May, then MANDIRI from June) MANDIRI  BPU     Wae Rii          Tukang bangunan
 * Rofinus  (village official)                    APBDES   PU      Cibal            Perangkat desa
 * </pre>
 *
 * Funding shares 2026: KAB 100 (the cohort; Maria is inside it), PROV 50, MANDIRI 3, CSR 1, APBDES 1 = 155.
 */
public final class BreakdownData {
    public static final String RUTENG = "53.10.03";
    public static final String WAE_RII = "53.10.01";
    public static final String CIBAL = "53.10.06";
    public static final String LANGKE_REMBONG = "53.10.12";
    public static final String GOLO_DUKAL = "53.10.03.2001";

    private BreakdownData() {
    }

    /** Creates the database at {@code file} and opens it. */
    public static PayungServices open(Path file) {
        PayungServices.open(file, true, TestData.CLOCK).close();
        try (Database db = Database.open(file, false)) {
            addGoloDukal(db);
        }
        return fill(PayungServices.open(file, false, TestData.CLOCK));
    }

    /** Creates the database of a test on its engine (SQLite or PostgreSQL) and opens it. */
    public static PayungServices open(id.payung.store.TestEngine engine) {
        engine.services().close();
        try (Database db = engine.open()) {
            addGoloDukal(db);
        }
        return fill(engine.services());
    }

    private static void addGoloDukal(Database db) {
        db.write(tx -> new RegionRepository().insertIfAbsent(tx,
                new Region(GOLO_DUKAL, "Golo Dukal", RegionLevel.DESA, RUTENG)));
    }

    private static PayungServices fill(PayungServices s) {
        s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, Segment.BPU, RUTENG, "PEDAGANG", 100L, null));
        s.cohorts().add(new CohortService.Input("APBD-PROV-NTT", 2026, Segment.BPU, null, null, 50L, null));
        YearMonth jan = YearMonth.of(2026, 1);
        s.enrollments().enrol(form("5310015204850001", "Maria", "APBD-KAB-MGR", LANGKE_REMBONG, "OJEK", jan, null));
        s.enrollments().enrol(form("5310011205850002", "Yohanes", "MANDIRI", LANGKE_REMBONG, "OJEK", jan, null));
        s.enrollments().enrol(form("5310014306900003", "Agnes", "MANDIRI", GOLO_DUKAL, "BURUH-TANI", jan, null));
        s.enrollments().enrol(form("5310010101800004", "Paulus", "CSR", WAE_RII, "OJEK", jan, YearMonth.of(2026, 12)));
        EnrollmentForm kristina = form("5310014502880005", "Kristina", "CSR", WAE_RII, "TUKANG-BANGUNAN", jan,
                YearMonth.of(2026, 5));
        s.enrollments().enrol(kristina);
        s.enrollments().enrol(form("5310014502880005", "Kristina", "MANDIRI", WAE_RII, "TUKANG-BANGUNAN",
                YearMonth.of(2026, 6), null));
        s.enrollments().enrol(new EnrollmentForm("5310010303750006", "Rofinus", id.payung.domain.Sex.L, "Cibal",
                java.time.LocalDate.of(1975, 3, 3), null, CIBAL, "PERANGKAT-DESA", null, null, "APBDES-MGR", Segment.PU,
                Set.of(Programme.JKK, Programme.JKM), 1_000_000L, jan, null, null));
        return s;
    }

    static EnrollmentForm form(String nik, String name, String funder, String region, String occupation,
                                       YearMonth first, YearMonth last) {
        EnrollmentForm f = TestData.form(nik, name, funder, first, last);
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), region,
                occupation, f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }
}
