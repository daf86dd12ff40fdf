package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Enrollment;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FundingBudget;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.ReadinessSummary;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The award-readiness summary on the seeded data and a few records, checked by hand. */
class ReadinessServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static Event regulation(LocalDate date, String title) {
        return new Event(0, EventKind.REGULATION, date, title, null, null, null, List.of(), null, null, null);
    }

    @Test
    void figuresPerYearWithGrowthCostAndPlans() {
        try (PayungServices s = engine.services()) {
            s.funding().setBudget(new FundingBudget("APBD-KAB-MGR", 2025, 1_000L, 201_600_000L));
            s.funding().setBudget(new FundingBudget("APBD-PROV-NTT", 2025, 4_280L, null));
            s.events().add(regulation(LocalDate.of(2023, 2, 1), "Peraturan Bupati tentang perlindungan pekerja rentan"));
            s.events().add(regulation(LocalDate.of(2026, 3, 1), "Regulasi yang belum berlaku pada 2025"));

            ReadinessSummary r = s.readiness().summary(2025);

            assertThat(r.years()).extracting(ReadinessSummary.YearFigures::year, ReadinessSummary.YearFigures::participants,
                            ReadinessSummary.YearFigures::growth, ReadinessSummary.YearFigures::costRp,
                            ReadinessSummary.YearFigures::quota, ReadinessSummary.YearFigures::ceilingRp)
                    .containsExactly(
                            tuple(2023, 1_000L, null, 201_600_000L, null, null),
                            tuple(2024, 1_000L, 0L, 201_600_000L, null, null),
                            tuple(2025, 5_280L, 4_280L, 1_064_448_000L, 5_280L, 201_600_000L)); // + 4.280 × 201.600
            assertThat(r.funders()).extracting(ReadinessSummary.FunderBudget::funderCode,
                            ReadinessSummary.FunderBudget::participants, ReadinessSummary.FunderBudget::costRp,
                            ReadinessSummary.FunderBudget::quota, ReadinessSummary.FunderBudget::ceilingRp)
                    .containsExactly(tuple("APBD-PROV-NTT", 4_280L, 862_848_000L, 4_280L, null),
                            tuple("APBD-KAB-MGR", 1_000L, 201_600_000L, 1_000L, 201_600_000L));
            assertThat(r.growthPercent(0)).isNull();
            assertThat(r.growthPercent(2)).isEqualTo(428.0);
            assertThat(r.regulations()).extracting(Event::title)
                    .containsExactly("Peraturan Bupati tentang perlindungan pekerja rentan");
            assertThat(r.awards()).extracting(Event::date).containsExactly(LocalDate.of(2025, 9, 25));
            assertThat(r.benefits()).extracting(ReadinessSummary.BenefitTotal::payouts).containsExactly(0L, 0L);
        }
    }

    @Test
    void benefitsPaidInTheYearAreRecordedAuditedAndSummed() {
        try (PayungServices s = engine.services()) {
            // The seeds record the seven JKM payouts of 26/01/2026 (7 × Rp 42.000.000) with the event that tells of them.
            s.benefits().add(new BenefitClaim(0, LocalDate.of(2026, 3, 10), Programme.JKK, 1, 12_500_000L, null));
            long wrong = s.benefits().add(new BenefitClaim(0, LocalDate.of(2026, 4, 1), Programme.JKK, 1, 1L, "salah"));
            s.benefits().delete(wrong);
            s.benefits().add(new BenefitClaim(0, LocalDate.of(2025, 6, 1), Programme.JKM, 1, 42_000_000L, null));

            ReadinessSummary r = s.readiness().summary(2026);

            assertThat(r.benefits()).extracting(ReadinessSummary.BenefitTotal::programme,
                            ReadinessSummary.BenefitTotal::payouts, ReadinessSummary.BenefitTotal::beneficiaries,
                            ReadinessSummary.BenefitTotal::amountRp)
                    .containsExactly(tuple(Programme.JKK, 1L, 1L, 12_500_000L), tuple(Programme.JKM, 7L, 7L, 294_000_000L));
            assertThat(r.benefitEvents()).extracting(Event::date).containsExactly(LocalDate.of(2026, 1, 26));
            List<id.payung.store.AuditLog.Entry> log;
            try (Database db = engine.open()) {
                log = db.read(tx -> new id.payung.store.AuditLog().recent(tx, 10));
            }
            assertThat(log).anyMatch(e -> e.entity().equals("benefit_claim") && e.action().equals("INSERT"))
                    .anyMatch(e -> e.entity().equals("benefit_claim") && e.action().equals("DELETE"));
        }
    }

    @Test
    void badBenefitsAreRefusedWithTheirFields() {
        try (PayungServices s = engine.services()) {
            assertThatThrownBy(() -> s.benefits().add(new BenefitClaim(0, LocalDate.of(2026, 12, 1), Programme.JHT, 0, -5L, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field().name() + ":" + p.code())
                            .containsExactly("DATE:IN_FUTURE", "PROGRAMMES:BENEFIT_PROGRAMME", "PARTICIPANTS:POSITIVE",
                                    "AMOUNT:NOT_NEGATIVE"));
            assertThat(s.benefits().ofYear(2026)).hasSize(7); // the seeded payouts only
        }
    }

    @Test
    void villageOfficialsCoverTwoOfManggaraisDesa() throws Exception {
        engine.services().close(); // knows Manggarai's 145 desa from the shipped list
        try (Database db = engine.open()) {
            person(db, 1, "53.10.03.2002", "PERANGKAT-DESA", "APBD-KAB-MGR", Segment.BPU); // Cumbi
            person(db, 2, "53.10.03.2002", "PERANGKAT-DESA", "APBDES-MGR", Segment.PU);    // Cumbi again
            person(db, 3, "53.10.01.2001", "PETANI", "APBDES-MGR", Segment.PU);            // Satar Ngkeling: PU, village-paid
            person(db, 4, "53.10.12.1001", "PERANGKAT-DESA", "APBD-KAB-MGR", Segment.BPU); // a kelurahan: no desa
            person(db, 5, "53.10.03.2003", "OJEK", "APBD-KAB-MGR", Segment.BPU);           // Kakor: not an official
        }
        try (PayungServices s = engine.services()) {
            ReadinessSummary.VillageCoverage v = s.readiness().summary(2025).villages();
            assertThat(v.officials()).isEqualTo(4);
            assertThat(v.desaCovered()).isEqualTo(2);
            assertThat(v.desaTotal()).isEqualTo(145);
            assertThat(v.percent()).isCloseTo(200.0 / 145, org.assertj.core.data.Offset.offset(0.01));
            assertThat(s.readiness().summary(2023).villages().officials()).isZero();
        }
    }

    private static void person(Database db, int serial, String region, String occupation, String funder, Segment segment) {
        EnrollmentRepository repo = new EnrollmentRepository();
        db.write(tx -> {
            long id = repo.insertPerson(tx, new Person(0, "53100312058500" + String.format("%02d", serial), "Orang " + serial,
                    Sex.L, "Ruteng", LocalDate.of(1985, 5, 12), null, region, occupation, null, null));
            return repo.insertEnrollment(tx, new Enrollment(0, id, funder, segment, Set.of(Programme.JKK, Programme.JKM),
                    1_000_000L, YearMonth.of(2025, 1), null, null, null));
        });
    }
}
