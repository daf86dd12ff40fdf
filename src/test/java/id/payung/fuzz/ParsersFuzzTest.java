package id.payung.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.NikCheck;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz tests of what parses user text: the NIK check and the enrollment rules. The normal test run
 * replays the seed corpus in {@code src/test/resources/id/payung/fuzz/ParsersFuzzTestInputs}; run with
 * {@code JAZZER_FUZZ=1} to fuzz for real. Whatever the input: no exception, and a NIK accepted as valid
 * is 16 digits whose date part is a real date that agrees with the decoded sex. Slow to start (the Jazzer
 * agent): full tier only.
 */
@Tag("slow")
class ParsersFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @FuzzTest(maxDuration = "30s")
    void nikCheck(FuzzedDataProvider data) {
        String nik = data.consumeString(40);
        NikCheck.Result r = NikCheck.check(nik, "5310", TODAY, data.consumeBoolean() ? Sex.P : null, null);
        if (r.isValid()) {
            assertThat(r.nik()).matches("\\d{16}");
            assertThat(r.birthDate()).isNotNull().isBeforeOrEqualTo(TODAY);
            int day = Integer.parseInt(r.nik().substring(6, 8));
            assertThat(r.sex()).isEqualTo(day > 40 ? Sex.P : Sex.L);
            assertThat(r.nik()).doesNotEndWith("0000");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void enrollmentRules(FuzzedDataProvider data) {
        EnrollmentForm f = new EnrollmentForm(data.consumeString(20), data.consumeString(120),
                data.consumeBoolean() ? Sex.L : null, data.consumeString(20), data.consumeBoolean()
                ? LocalDate.of(1900 + data.consumeInt(0, 200), 1 + data.consumeInt(0, 11), 1 + data.consumeInt(0, 27)) : null,
                data.consumeString(30), data.consumeString(15), data.consumeString(10), data.consumeString(20),
                data.consumeString(12), data.consumeString(12), data.consumeBoolean() ? Segment.BPU : Segment.PU,
                data.consumeBoolean() ? Set.of(Programme.JKK, Programme.JKM) : Set.of(Programme.JP),
                data.consumeBoolean() ? data.consumeLong() : null,
                data.consumeBoolean() ? YearMonth.of(2000 + data.consumeInt(0, 100), 1 + data.consumeInt(0, 11)) : null,
                data.consumeBoolean() ? YearMonth.of(2000 + data.consumeInt(0, 100), 1 + data.consumeInt(0, 11)) : null,
                data.consumeRemainingAsString());
        EnrollmentRules.check(f, "5310", TODAY);
    }
}
