package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.BenefitClaim;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FormProblem;
import id.payung.domain.FundingSource;
import id.payung.domain.Programme;
import id.payung.domain.RegisterFilter;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NUL character (U+0000, pasted from a PDF or another program) in free text: PostgreSQL's text cannot hold it and
 * refused it with a raw database error. Now every free-text field refuses it in a sentence naming the field, on
 * both engines alike (one rule, {@code TextLimit}), and nothing is written: the form's fields, an event, a cohort,
 * a funding source, a benefit note, the office's settings, and a row of an imported list.
 */
class NulCharacterTest {
    private static final String NUL = "Jl. Ruteng\u0000 No. 5";

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    /** Refused with NUL_CHARACTER on exactly {@code fields}, worded as a sentence in both languages. */
    private static void refused(ThrowingCallable call, FormProblem.Field... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).allMatch(p -> p.code().equals("NUL_CHARACTER") && p.error())
                    .extracting(FormProblem::field).containsExactlyInAnyOrder(fields);
            sentences(e.problems());
        });
    }

    private static void sentences(List<FormProblem> problems) {
        for (Locale l : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            ResourceBundle b = ResourceBundle.getBundle("i18n.messages", l);
            for (FormProblem p : problems) {
                String line = b.getString("field." + p.field().name()) + ": "
                        + MessageFormat.format(b.getString("problem." + p.code()), p.args().toArray());
                assertThat(line).contains("NUL").doesNotContain("NUL_CHARACTER").endsWith(").");
            }
        }
    }

    @Test
    void theFormsFreeTextsRefuseANulAndNothingIsWritten() {
        try (PayungServices s = engine.services()) {
            EnrollmentForm f = TestData.form("5310011205850001", "Andi", "MANDIRI", YearMonth.of(2026, 1), null);
            EnrollmentForm withNul = new EnrollmentForm(f.nik(), f.fullName(), f.sex(), NUL, f.birthDate(), NUL,
                    f.regionCode(), f.occupationCode(), f.phone(), NUL, f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), NUL);
            refused(() -> s.enrollments().enrol(withNul), FormProblem.Field.BIRTH_PLACE, FormProblem.Field.ADDRESS,
                    FormProblem.Field.KPJ, FormProblem.Field.NOTES);
            assertThat(s.register().counts(RegisterFilter.all()).total()).isZero();

            long id = s.enrollments().enrol(f).enrollmentId();
            EnrollmentForm saved = s.enrollments().form(id);
            refused(() -> s.enrollments().update(id, withNul), FormProblem.Field.BIRTH_PLACE, FormProblem.Field.ADDRESS,
                    FormProblem.Field.KPJ, FormProblem.Field.NOTES);
            assertThat(s.enrollments().form(id)).isEqualTo(saved);
        }
    }

    @Test
    void eventCohortFundingBenefitAndSettingsRefuseANul() {
        try (PayungServices s = engine.services()) {
            LocalDate day = LocalDate.of(2026, 5, 1);
            int events = s.reference().events().size();
            refused(() -> s.events().add(new Event(0, EventKind.AWARD, day, NUL, NUL, NUL, NUL, List.of(NUL), NUL, NUL,
                    NUL)), FormProblem.Field.TITLE, FormProblem.Field.GIVER, FormProblem.Field.PRESENTER,
                    FormProblem.Field.RECIPIENT, FormProblem.Field.WITNESSES, FormProblem.Field.PLACE,
                    FormProblem.Field.NOTES, FormProblem.Field.SOURCE);
            assertThat(s.reference().events()).hasSize(events);

            int cohorts = s.register().cohorts().size();
            refused(() -> s.cohorts().add(new CohortService.Input("CSR", 2026, Segment.BPU, null, null, 10L, NUL)),
                    FormProblem.Field.SOURCE);
            assertThat(s.register().cohorts()).hasSize(cohorts);

            FundingSource csr = s.reference().fundingSources().stream().filter(x -> x.code().equals("CSR")).findFirst()
                    .orElseThrow();
            refused(() -> s.funding().update(new FundingSource(csr.id(), "CSR", NUL, csr.type(), csr.regionCode(), true,
                    NUL)), FormProblem.Field.NAME, FormProblem.Field.NOTES);
            assertThat(s.reference().fundingSources()).contains(csr);

            int claims = s.benefits().ofYear(2026).size();
            refused(() -> s.benefits().add(new BenefitClaim(0, LocalDate.of(2026, 3, 1), Programme.JKM, 1, 42_000_000,
                    NUL)), FormProblem.Field.NOTES);
            assertThat(s.benefits().ofYear(2026)).hasSize(claims);

            Settings before = s.settings();
            refused(() -> s.saveSettings(new Settings(NUL, before.regencyCode(), NUL, NUL, null, null, NUL, NUL)),
                    FormProblem.Field.NAME, FormProblem.Field.PLACE, FormProblem.Field.ADDRESS,
                    FormProblem.Field.HEAD_NAME, FormProblem.Field.HEAD_TITLE);
            assertThat(s.settings()).isEqualTo(before);
        }
    }

    @Test
    void anImportedRowWithANulIsNamedByRowAndColumn() throws Exception {
        Path csv = dir.resolve("daftar.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan;Alamat\n"
                + "5310015204850001;Maria;Ruteng;Jl. Ruteng\u0000 No. 5\n"
                + "5310011205850002;Yohanes;Ruteng;Jl. Wae Ces\n");
        ImportOptions options = ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(2026, 1), 12);
        try (PayungServices s = engine.services()) {
            ImportService.Report r = s.imports().importFile(csv, options, ImportService.Progress.NONE);
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.problem().code()).isEqualTo("NUL_CHARACTER");
            });
            sentences(r.problems().stream().map(RowProblem::problem).toList());
            assertThat(s.register().counts(RegisterFilter.all()).total()).isZero();

            assertThat(s.imports().importFile(csv, options.skippingInvalid(), ImportService.Progress.NONE).imported())
                    .isEqualTo(1);
        }
    }
}
