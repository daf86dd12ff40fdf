package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import id.payung.service.facade.PayungServices;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A million-character address was stored; now every free-text field of a person has a bound, with a message. */
class TextLimitsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void aMillionCharacterAddressIsRefusedWithTheField() {
        try (PayungServices s = engine.services()) {
            EnrollmentForm f = TestData.form("5310011205850001", "Andi", "MANDIRI", YearMonth.of(2026, 1), null);
            String huge = "Jl. Ruteng ".repeat(100_000);
            EnrollmentForm withHugeAddress = new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(),
                    huge, f.regionCode(), f.occupationCode(), f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), huge);
            assertThatThrownBy(() -> s.enrollments().enrol(withHugeAddress))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::field, FormProblem::code)
                            .contains(org.assertj.core.groups.Tuple.tuple(FormProblem.Field.ADDRESS, "TOO_LONG"),
                                    org.assertj.core.groups.Tuple.tuple(FormProblem.Field.NOTES, "TOO_LONG")));
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();

            String page = "x".repeat(EnrollmentRules.TEXT_MAX);
            EnrollmentForm atTheLimit = new EnrollmentForm(f.nik(), f.fullName(), f.sex(), page, f.birthDate(), page,
                    f.regionCode(), f.occupationCode(), f.phone(), page, f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), page);
            long id = s.enrollments().enrol(atTheLimit).enrollmentId();
            assertThat(s.enrollments().form(id).address()).isEqualTo(page);
        }
    }

    @Test
    void monthsInYearZeroOrBeyondFourDigitYearsAreRefusedByTheRules() {
        try (PayungServices s = engine.services()) {
            for (YearMonth[] period : new YearMonth[][] {{YearMonth.of(0, 1), null}, {YearMonth.of(-1, 1), null},
                {YearMonth.of(2026, 1), YearMonth.of(2026, 1).plusMonths(100_000)}}) {
                EnrollmentForm f = TestData.form("5310011205850001", "Andi", "MANDIRI", period[0], period[1]);
                assertThatThrownBy(() -> s.enrollments().enrol(f)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FormProblem::code).contains("MONTH_RANGE"));
            }
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();
        }
    }

    private static final String PAGE = "x".repeat(id.payung.domain.TextLimit.MAX);
    private static final String HUGE = "Jl. Ruteng ".repeat(100_000);

    /** The refusal names each too-long field with code TOO_LONG, and the message reads as a sentence in both languages. */
    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, FormProblem.Field... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).allMatch(p -> p.code().equals("TOO_LONG") && p.error())
                    .extracting(FormProblem::field).containsExactlyInAnyOrder(fields);
            for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.forLanguageTag("id"), java.util.Locale.ENGLISH}) {
                java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("i18n.messages", l);
                for (FormProblem p : e.problems()) {
                    String line = b.getString("field." + p.field().name()) + ": "
                            + java.text.MessageFormat.format(b.getString("problem." + p.code()), p.args().toArray());
                    assertThat(line).contains("5.000").doesNotContain("TOO_LONG").endsWith(".");
                }
            }
        });
    }

    @Test
    void everyTextFieldOfAnEventIsBoundedAndNothingIsWritten() {
        try (PayungServices s = engine.services()) {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 1);
            int before = s.reference().events().size();
            refused(() -> s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.AWARD, day, HUGE, HUGE, HUGE,
                    HUGE, java.util.List.of(HUGE), HUGE, HUGE, HUGE)), FormProblem.Field.TITLE, FormProblem.Field.GIVER,
                    FormProblem.Field.PRESENTER, FormProblem.Field.RECIPIENT, FormProblem.Field.WITNESSES,
                    FormProblem.Field.PLACE, FormProblem.Field.NOTES, FormProblem.Field.SOURCE);
            // many short witnesses that together make a million characters are bounded as they are stored
            refused(() -> s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.AWARD, day, "Piagam", null,
                    null, null, java.util.Collections.nCopies(100_000, "Saksi"), null, null, null)), FormProblem.Field.WITNESSES);
            assertThat(s.reference().events()).hasSize(before);

            long eventId = s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.AWARD, day, "Piagam", PAGE, PAGE,
                    PAGE, java.util.List.of(PAGE.substring(2)), PAGE, PAGE, PAGE));
            id.payung.domain.Event saved = s.reference().events().stream().filter(x -> x.id() == eventId).findFirst().orElseThrow();
            assertThat(saved.notes()).isEqualTo(PAGE);
            refused(() -> s.events().update(new id.payung.domain.Event(eventId, saved.kind(), day, "Piagam", saved.giver(),
                    saved.presenter(), saved.recipient(), saved.witnesses(), saved.place(), HUGE, saved.source())),
                    FormProblem.Field.NOTES);
            assertThat(s.reference().events().stream().filter(x -> x.id() == eventId).findFirst().orElseThrow().notes())
                    .isEqualTo(PAGE);
        }
    }

    @Test
    void cohortSourceFundingSourceAndBenefitNoteAreBounded() {
        try (PayungServices s = engine.services()) {
            refused(() -> s.cohorts().add(new CohortService.Input("CSR", 2026, id.payung.domain.Segment.BPU, null, null, 10L,
                    HUGE)), FormProblem.Field.SOURCE);
            long cohort = s.cohorts().add(new CohortService.Input("CSR", 2026, id.payung.domain.Segment.BPU, null, null, 10L,
                    PAGE));
            refused(() -> s.cohorts().update(cohort, new CohortService.Input("CSR", 2026, id.payung.domain.Segment.BPU, null,
                    null, 10L, HUGE)), FormProblem.Field.SOURCE);
            assertThat(s.register().cohorts()).anyMatch(c -> c.id() == cohort && PAGE.equals(c.source()))
                    .noneMatch(c -> c.source() != null && c.source().length() > PAGE.length());

            id.payung.domain.FundingSource csr = s.reference().fundingSources().stream().filter(f -> f.code().equals("CSR"))
                    .findFirst().orElseThrow();
            refused(() -> s.funding().update(new id.payung.domain.FundingSource(csr.id(), "CSR", HUGE, csr.type(),
                    csr.regionCode(), true, HUGE)), FormProblem.Field.NAME, FormProblem.Field.NOTES);
            assertThat(s.reference().fundingSources()).contains(csr);
            s.funding().update(new id.payung.domain.FundingSource(csr.id(), "CSR", csr.name(), csr.type(), csr.regionCode(),
                    true, PAGE));
            assertThat(s.reference().fundingSources()).anyMatch(f -> f.code().equals("CSR") && PAGE.equals(f.notes()));

            int claims = s.benefits().ofYear(2026).size();
            refused(() -> s.benefits().add(new id.payung.domain.BenefitClaim(0, java.time.LocalDate.of(2026, 3, 1),
                    id.payung.domain.Programme.JKM, 1, 42_000_000, HUGE)), FormProblem.Field.NOTES);
            assertThat(s.benefits().ofYear(2026)).hasSize(claims);
            s.benefits().add(new id.payung.domain.BenefitClaim(0, java.time.LocalDate.of(2026, 3, 1),
                    id.payung.domain.Programme.JKM, 1, 42_000_000, PAGE));
            assertThat(s.benefits().ofYear(2026)).hasSize(claims + 1).anyMatch(b -> PAGE.equals(b.note()));
        }
    }

    @Test
    void theOfficeSettingsAreBoundedAndKeptWhenRefused() {
        try (PayungServices s = engine.services()) {
            Settings before = s.settings();
            refused(() -> s.saveSettings(new Settings(HUGE, before.regencyCode(), HUGE, HUGE, null, null, HUGE, HUGE)),
                    FormProblem.Field.NAME, FormProblem.Field.PLACE, FormProblem.Field.ADDRESS, FormProblem.Field.HEAD_NAME,
                    FormProblem.Field.HEAD_TITLE);
            assertThat(s.settings()).isEqualTo(before);
            assertThat(s.reference().settings()).isEqualTo(before);
            s.saveSettings(new Settings(PAGE, before.regencyCode(), PAGE, PAGE, null, null, PAGE, PAGE));
            assertThat(s.settings().address()).isEqualTo(PAGE);
        }
    }
}
