package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Cohort;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FormProblem;
import id.payung.domain.FundingBudget;
import id.payung.domain.FundingShare;
import id.payung.domain.FundingSource;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cohorts, events and funding budgets: entered, corrected, removed, audited. */
class RecordServicesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private List<AuditLog.Entry> audit() {
        try (Database db = engine.open()) {
            return db.read(tx -> new AuditLog().recent(tx, 100));
        }
    }

    @Test
    void cohortsAreAddedCorrectedAndRemovedAndTheDashboardFollows() {
        try (PayungServices s = engine.services()) {
            long id = s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, Segment.BPU, null, null, 1200L,
                    "Keputusan Bupati 2026"));
            assertThat(s.dashboard().fundingShares(2026)).extracting(FundingShare::participants).containsExactly(1200L);

            s.cohorts().update(id, new CohortService.Input("APBD-KAB-MGR", 2026, Segment.BPU, null, null, 1250L, "revisi"));
            assertThat(s.dashboard().fundingShares(2026)).extracting(FundingShare::participants).containsExactly(1250L);

            assertThatThrownBy(() -> s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, Segment.BPU, null, null,
                    5L, null))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(FormProblem::code).containsExactly("COHORT_EXISTS"));
            assertThatThrownBy(() -> s.cohorts().add(new CohortService.Input(null, 1999, Segment.BPU, null, null, -1L, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).containsExactly("REQUIRED", "YEAR_RANGE", "NOT_NEGATIVE"));

            s.cohorts().delete(id);
            assertThat(s.dashboard().fundingShares(2026)).isEmpty();
            assertThat(s.register().cohorts()).extracting(Cohort::year).doesNotContain(2026);
        }
        assertThat(audit()).filteredOn(e -> e.entity().equals("cohort")).extracting(AuditLog.Entry::action)
                .containsExactly("DELETE", "UPDATE", "INSERT");
    }

    @Test
    void eventsAreAddedCorrectedAndRemoved() {
        try (PayungServices s = engine.services()) {
            Event regulation = new Event(0, EventKind.REGULATION, LocalDate.of(2026, 2, 1),
                    "Peraturan Bupati tentang perlindungan pekerja rentan", "Bupati Manggarai", null, null, List.of(),
                    "Ruteng", null, null);
            long id = s.events().add(regulation);
            assertThatThrownBy(() -> s.events().add(regulation)).isInstanceOf(InvalidInputException.class);

            s.events().update(new Event(id, EventKind.REGULATION, LocalDate.of(2026, 2, 3), regulation.title(),
                    "Bupati Manggarai", null, null, List.of("Sekda"), "Ruteng", "diundangkan", null));
            assertThat(s.reference().events()).filteredOn(e -> e.id() == id).singleElement()
                    .satisfies(e -> assertThat(e.witnesses()).containsExactly("Sekda"));

            s.events().delete(id);
            assertThat(s.reference().events()).noneMatch(e -> e.id() == id);
            s.events().restore(id);
            assertThat(s.reference().events()).anyMatch(e -> e.id() == id);
        }
        assertThat(audit()).filteredOn(e -> e.entity().equals("event")).extracting(AuditLog.Entry::action)
                .containsExactly("RESTORE", "DELETE", "UPDATE", "INSERT");
    }

    @Test
    void fundersGetAQuotaAndCeilingPerYear() {
        try (PayungServices s = engine.services()) {
            s.funding().setBudget(new FundingBudget("APBD-KAB-MGR", 2027, 1500L, 302_400_000L));
            s.funding().setBudget(new FundingBudget("APBD-KAB-MGR", 2027, 1600L, 322_560_000L));
            assertThat(s.funding().budgets(2027)).containsExactly(new FundingBudget("APBD-KAB-MGR", 2027, 1600L, 322_560_000L));
            assertThatThrownBy(() -> s.funding().setBudget(new FundingBudget("CSR", 2027, -1L, null)))
                    .isInstanceOf(InvalidInputException.class);

            FundingSource csr = s.reference().fundingSources().stream().filter(f -> f.code().equals("CSR")).findFirst().orElseThrow();
            s.funding().update(new FundingSource(csr.id(), "CSR", "CSR PT Contoh", csr.type(), null, false, null));
            assertThat(s.reference().fundingSources()).filteredOn(f -> f.code().equals("CSR")).singleElement()
                    .satisfies(f -> assertThat(f.active()).isFalse());
        }
        assertThat(audit()).filteredOn(e -> e.entity().startsWith("funding") && !e.action().equals("SEED")).extracting(AuditLog.Entry::action)
                .containsExactly("UPDATE", "UPDATE", "INSERT");
    }
}
