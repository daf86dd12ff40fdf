package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EndReason;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FundingSource;
import id.payung.domain.Person;
import id.payung.domain.RegisterFilter;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** UU 27/2022: NIKs stay masked in logs, exports and messages. And hostile text is stored as text. */
class PersonalDataAndBadInputTest {
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE person; --",
            "Robert\"); DELETE FROM enrollment; --",
            "100% _x_ \\ back\\slash",
            "<script>alert(1)</script>",
            "=HYPERLINK(\"http://contoh\",\"klik\")",
            "tab\there, bell\u0007 end",
            "Ñoño Çağ 👷‍♀️ Maria",
            "x".repeat(5000));

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void niksNeverLeaveUnmaskedThroughAuditExportOrMessages() {
        List<String> niks = List.of("5310015204850001", "5310011205850002", "5315016408900003");
        List<String> texts = new ArrayList<>();
        try (PayungServices s = engine.services()) {
            List<EnrollmentService.Saved> saved = new ArrayList<>();
            for (String nik : niks) {
                saved.add(s.enrollments().enrol(TestData.form(nik, TestData.name("Peserta", Long.parseLong(nik.substring(14))), "MANDIRI",
                        YearMonth.of(2026, 1), null)));
            }
            s.enrollments().update(saved.get(0).enrollmentId(), TestData.form(niks.get(0), "Maria Baru", "MANDIRI",
                    YearMonth.of(2026, 2), null));
            s.enrollments().end(saved.get(1).enrollmentId(), YearMonth.of(2026, 6), EndReason.DIED);
            s.enrollments().revealNik(saved.get(2).enrollmentId());
            s.enrollments().delete(saved.get(2).enrollmentId(), id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
            texts.add(messageOf(() -> s.enrollments().enrol(TestData.form(niks.get(0), "Lagi", "CSR",
                    YearMonth.of(2026, 3), null))));
            texts.add(messageOf(() -> s.enrollments().update(saved.get(1).enrollmentId(), TestData.form(niks.get(0),
                    "Salah", "MANDIRI", YearMonth.of(2026, 1), null))));
            texts.add(messageOf(() -> s.enrollments().enrol(TestData.form(niks.get(0), "Lagi", "CSR",
                    YearMonth.of(2026, 3), null).withNik("5310015204850000"))));
            StringWriter audit = new StringWriter();
            s.audit().exportCsv(audit);
            texts.add(audit.toString());
            s.enrollments().history(saved.get(0).personId()).changes().forEach(c -> texts.add(c.before() + c.after()));
            texts.add(s.register().page(RegisterFilter.all(), id.payung.domain.RegisterSort.defaultOrder(), null, 10)
                    .rows().stream().map(r -> r.maskedNik()).toList().toString());
        }
        String all = String.join("\n", texts);
        assertThat(all).contains("531001********01");
        for (String nik : niks) {
            assertThat(all).doesNotContain(nik);
        }
        assertThat(SIXTEEN_DIGITS.matcher(all).find()).as("no 16-digit number anywhere").isFalse();
    }

    @Test
    void hostileTextIsStoredAndReadBackUnchanged() {
        try (PayungServices s = engine.services()) {
            int serial = 1;
            for (String text : HOSTILE) {
                String nik = String.format("531001120585%04d", serial++);
                EnrollmentForm f = TestData.form(nik, "Nama Biasa", "MANDIRI", YearMonth.of(2026, 1), null);
                f = new EnrollmentForm(f.nik(), f.fullName(), f.sex(), text, f.birthDate(), text, f.regionCode(),
                        f.occupationCode(), null, text, f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                        f.firstMonth(), f.lastMonth(), text);
                EnrollmentService.Saved saved = s.enrollments().enrol(f);
                EnrollmentForm back = s.enrollments().form(saved.enrollmentId());
                assertThat(back.birthPlace()).isEqualTo(text.strip());
                assertThat(back.address()).isEqualTo(text.strip());
                assertThat(back.kpj()).isEqualTo(text.strip());
                assertThat(back.notes()).isEqualTo(text.strip());

                long event = s.events().add(new Event(0, EventKind.OTHER, LocalDate.of(2026, 1, serial), text, text, text,
                        text, List.of(text.replace("\n", " ")), text, text, text));
                Event e = s.reference().events().stream().filter(x -> x.id() == event).findFirst().orElseThrow();
                assertThat(List.of(e.title(), e.giver(), e.presenter(), e.recipient(), e.place(), e.notes(), e.source()))
                        .containsOnly(text);

                long cohort = s.cohorts().add(new CohortService.Input("CSR", 2000 + serial, Segment.BPU, null, null, 1L, text));
                assertThat(s.register().cohorts()).filteredOn(c -> c.id() == cohort).singleElement()
                        .satisfies(c -> assertThat(c.source()).isEqualTo(text.strip()));
            }
            FundingSource csr = s.reference().fundingSources().stream().filter(x -> x.code().equals("CSR")).findFirst()
                    .orElseThrow();
            s.funding().update(new FundingSource(csr.id(), "CSR", HOSTILE.get(1), csr.type(), null, true, HOSTILE.get(0)));
            assertThat(s.reference().fundingSources()).anyMatch(x -> x.name().equals(HOSTILE.get(1)));

            // Searching with hostile text finds nothing and breaks nothing (a NUL, which no field now holds, too).
            for (String text : java.util.stream.Stream.concat(HOSTILE.stream(), java.util.stream.Stream.of("nul\u0000end")).toList()) {
                s.register().page(RegisterFilter.all().withSearch(text), id.payung.domain.RegisterSort.defaultOrder(), null, 5);
            }
            assertThat(s.register().counts(RegisterFilter.all()).total()).isEqualTo(HOSTILE.size());
        }
    }

    @Test
    void namesWithControlCharactersAreRefusedButQuotesAreFine() {
        try (PayungServices s = engine.services()) {
            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5310015204850001", "Maria\u0000", "MANDIRI",
                    YearMonth.of(2026, 1), null))).isInstanceOf(InvalidInputException.class);
            EnrollmentService.Saved ok = s.enrollments().enrol(TestData.form("5310015204850001", "Ma'ria \"Ina\" O'Neil",
                    "MANDIRI", YearMonth.of(2026, 1), null));
            Person p = s.enrollments().history(ok.personId()).person();
            assertThat(p.fullName()).isEqualTo("Ma'ria \"Ina\" O'Neil");
        }
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage() + " " + (e instanceof InvalidInputException i ? i.problems().toString() : "");
        }
    }
}
