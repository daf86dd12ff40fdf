package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.CoverageStatus;
import id.payung.domain.EndReason;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FormProblem;
import id.payung.domain.FundingShare;
import id.payung.domain.Programme;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EnrollmentServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    java.nio.file.Path dir;
    private PayungServices services;
    private EnrollmentService enrollments;

    @BeforeEach
    void open() {
        services = engine.services();
        enrollments = services.enrollments();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void enrolsAPersonAndTheDashboardCountsThem() {
        EnrollmentService.Saved saved = enrollments.enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        assertThat(saved.enrollmentId()).isPositive();
        assertThat(services.dashboard().fundingShares(2026)).extracting(FundingShare::funderCode, FundingShare::participants)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MANDIRI", 1L));
        PersonHistory h = enrollments.history(saved.personId());
        assertThat(h.enrollments()).hasSize(1);
        assertThat(h.changes()).extracting(PersonHistory.Change::action).containsExactly("INSERT", "INSERT");
        assertThat(h.changes()).allSatisfy(c -> assertThat(c.after()).doesNotContain("5310015204850001"));
    }

    @Test
    void refusesAWrongNikAndWritesNothing() {
        assertThatThrownBy(() -> enrollments.enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null)
                .withNik("5.31001E+15")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FormProblem::code).contains("NIK_EXCEL_SCIENTIFIC"));
        assertThat(services.register().counts(RegisterFilter.all()).total()).isZero();
    }

    @Test
    void refusesAnOverlappingPeriodAndNamesTheExistingEnrollment() {
        EnrollmentService.Saved first = enrollments.enrol(TestData.form("5310011205850001", "Yohanes", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        assertThatThrownBy(() -> enrollments.enrol(TestData.form("5310011205850001", "Yohanes", "MANDIRI",
                YearMonth.of(2026, 6), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.conflictingEnrollmentId()).isEqualTo(first.enrollmentId());
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.code()).isEqualTo("OVERLAP");
                        assertThat(p.args()).containsExactly("APBD Kabupaten Manggarai", "01/2026", "12/2026");
                    });
                });
    }

    /**
     * Trial 20c H1: Yohanes Jehadu registered under …0001, typed again under …0010 (one digit of the serial wrong) with
     * his name and birth date, was saved as a second person unsaid. The form asks first: the service names him, masked,
     * with his latest enrollment; a name written otherwise (case, spaces, "Bpk.") is the same name; another birth date,
     * another name or his own NIK is no one.
     */
    @Test
    void findsARegisteredPersonWithTheSameNameAndBirthDateUnderAnotherNik() {
        EnrollmentService.Saved yohanes = enrollments.enrol(TestData.form("5310011203850001", "Yohanes Jehadu",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        // Another kecamatan's NIK (a region digit mistyped): found by his name.
        EnrollmentService.Saved elsewhere = enrollments.enrol(TestData.form("5310021203850007", "YOHANES JEHADU",
                "MANDIRI", YearMonth.of(2026, 1), null));
        LocalDate born = LocalDate.of(1985, 3, 12);

        List<EnrollmentService.LikelySame> found = enrollments.likelySamePeople("5310011203850010", "Bpk. yohanes  jehadu",
                born);

        assertThat(found).extracting(EnrollmentService.LikelySame::personId, EnrollmentService.LikelySame::maskedNik)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(yohanes.personId(), "531001********01"));
        assertThat(found.get(0).latest().funderCode()).isEqualTo("APBD-KAB-MGR");
        assertThat(found.get(0).latest().firstMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(enrollments.likelySamePeople("5310011203850010", "Yohanes Jehadu", born))
                .extracting(EnrollmentService.LikelySame::personId)
                .containsExactlyInAnyOrder(yohanes.personId(), elsewhere.personId());
        assertThat(enrollments.likelySamePeople("5310011203850001", "Yohanes Jehadu", born))
                .extracting(EnrollmentService.LikelySame::personId).containsExactly(elsewhere.personId());
        assertThat(enrollments.likelySamePeople("5310011203850010", "Yohanes Jehadu", born.plusDays(1))).isEmpty();
        assertThat(enrollments.likelySamePeople("5310011203850010", "Yohanes Jehaut", born)).isEmpty();
    }

    @Test
    void allowsTheSameNikWithAnotherFunderInALaterPeriod() {
        EnrollmentService.Saved regency = enrollments.enrol(TestData.form("5310011205850001", "Yohanes", "APBD-KAB-MGR",
                YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
        EnrollmentService.Saved mandiri = enrollments.enrol(TestData.form("5310011205850001", "Yohanes", "MANDIRI",
                YearMonth.of(2026, 1), null));

        assertThat(mandiri.personId()).isEqualTo(regency.personId());
        assertThat(enrollments.history(regency.personId()).enrollments()).extracting(EnrollmentSummary::funderCode)
                .containsExactly("APBD-KAB-MGR", "MANDIRI");
    }

    @Test
    void editsEndsDeletesAndRestoresWithAnAuditTrail() {
        EnrollmentService.Saved s = enrollments.enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        EnrollmentForm corrected = TestData.form("5310015204850001", "Maria Goreti", "APBD-KAB-MGR", YearMonth.of(2026, 2),
                YearMonth.of(2026, 12));
        enrollments.update(s.enrollmentId(), corrected);
        enrollments.end(s.enrollmentId(), YearMonth.of(2026, 6), EndReason.DIED);
        enrollments.delete(s.enrollmentId(), id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
        assertThat(services.register().counts(RegisterFilter.all()).total()).isZero();
        enrollments.restore(s.enrollmentId());

        EnrollmentForm now = enrollments.form(s.enrollmentId());
        assertThat(now.fullName()).isEqualTo("Maria Goreti");
        assertThat(now.firstMonth()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(now.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
        PersonHistory h = enrollments.history(s.personId());
        assertThat(h.enrollments().get(0).endReason()).isEqualTo("DIED");
        assertThat(h.changes()).extracting(PersonHistory.Change::action)
                .containsExactly("INSERT", "INSERT", "UPDATE", "UPDATE", "END", "DELETE", "RESTORE");
        PersonHistory.Change update = h.changes().get(3);
        assertThat(update.before()).contains("\"first_month\":\"2026-01\"");
        assertThat(update.after()).contains("\"first_month\":\"2026-02\"");
    }

    /**
     * No reason, no deletion ("Lainnya" needs words); the reason is kept in the deletion's own audit entry with the
     * enrollment's funder and period as they were, so the entry still says so after a later correction; the undo is
     * an entry of its own that says it undid the deletion (trial M10).
     */
    @Test
    void deletingNeedsAReasonKeptWithTheEnrollmentAsItWasAndTheUndoSaysSo() {
        EnrollmentService.Saved s = enrollments.enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-PROV-NTT",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

        for (id.payung.domain.Deletion refused : java.util.Arrays.asList(null, new id.payung.domain.Deletion(null, "ganda"),
                new id.payung.domain.Deletion(id.payung.domain.DeleteReason.OTHER, "  "))) {
            assertThatThrownBy(() -> enrollments.delete(s.enrollmentId(), refused))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).containsExactly("REQUIRED"));
        }
        assertThat(services.register().counts(RegisterFilter.all()).total()).isEqualTo(1);
        assertThat(enrollments.history(s.personId()).changes()).extracting(PersonHistory.Change::action)
                .doesNotContain("DELETE");

        enrollments.delete(s.enrollmentId(), new id.payung.domain.Deletion(id.payung.domain.DeleteReason.OTHER,
                " pindah ke Manggarai Timur "));
        assertThat(services.register().counts(RegisterFilter.all()).total()).isZero();
        enrollments.restore(s.enrollmentId());
        // Corrected afterwards to the regency's budget, ending in June: the deletion's entry keeps what it deleted.
        enrollments.update(s.enrollmentId(), TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 6)));

        PersonHistory h = enrollments.history(s.personId());
        AuditWords words = new AuditWords(java.util.ResourceBundle.getBundle("i18n.messages",
                java.util.Locale.forLanguageTag("id"), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_DEFAULT)), h.enrollments(),
                AuditWords.Names.of(services.reference()));
        PersonHistory.Change deleted = h.changes().stream().filter(c -> c.action().equals("DELETE")).findFirst().orElseThrow();
        PersonHistory.Change restored = h.changes().stream().filter(c -> c.action().equals("RESTORE")).findFirst().orElseThrow();
        assertThat(words.what(deleted)).isEqualTo("Kepesertaan dihapus: APBD Provinsi NTT, 01/2026–12/2026");
        assertThat(words.details(deleted)).isEqualTo("Dihapus — alasan: pindah ke Manggarai Timur");
        assertThat(words.what(restored)).isEqualTo("Kepesertaan dipulihkan: APBD Provinsi NTT, 01/2026–12/2026");
        assertThat(words.details(restored)).isEqualTo("Penghapusan dibatalkan (dipulihkan)");
        assertThat(deleted.actor()).isEqualTo(restored.actor()).isNotBlank();
    }

    @Test
    void endingBeforeTheFirstMonthIsRefused() {
        EnrollmentService.Saved s = enrollments.enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 3), null));

        assertThatThrownBy(() -> enrollments.end(s.enrollmentId(), YearMonth.of(2026, 2), EndReason.MOVED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(enrollments.form(s.enrollmentId()).lastMonth()).isNull();
    }

    @Test
    void restoringIntoAnOverlapIsRefused() {
        EnrollmentService.Saved a = enrollments.enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        enrollments.delete(a.enrollmentId(), id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
        enrollments.enrol(TestData.form("5310015204850001", "Maria", "CSR", YearMonth.of(2026, 1), null));

        assertThatThrownBy(() -> enrollments.restore(a.enrollmentId())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void revealingANikIsAudited() {
        EnrollmentService.Saved s = enrollments.enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));

        assertThat(enrollments.revealNik(s.enrollmentId())).isEqualTo("5310015204850001");
        assertThat(enrollments.history(s.personId()).changes()).extracting(PersonHistory.Change::action).contains("REVEAL_NIK");
    }

    /** The import window's look at a proposed registered NIK: audited as the register's, on the person; none for a stranger. */
    @Test
    void revealingARegisteredNikByItsNumberIsAuditedForTheImport() {
        EnrollmentService.Saved s = enrollments.enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));

        assertThat(enrollments.revealRegisteredNik("5310 0152 0485 0001")).isEqualTo("5310015204850001");
        assertThat(enrollments.history(s.personId()).changes()).filteredOn(c -> c.action().equals("REVEAL_NIK"))
                .singleElement().satisfies(c -> assertThat(c.after()).contains("\"for\":\"import\"", "531001********01")
                        .doesNotContain("5310015204850001"));
        assertThatThrownBy(() -> enrollments.revealRegisteredNik("5310011205850002"))
                .isInstanceOf(id.payung.store.StoreException.class).hasMessageNotContaining("5310011205850002");
    }

    @Test
    void editingCannotTakeAnotherPersonsNik() {
        enrollments.enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        EnrollmentService.Saved b = enrollments.enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));

        assertThatThrownBy(() -> enrollments.update(b.enrollmentId(),
                TestData.form("5310015204850001", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FormProblem::code).containsExactly("NIK_OTHER_PERSON"));
    }

    @Test
    void registerFiltersSearchesSortsAndPages() {
        String[] names = {"Agnes", "Benediktus", "Celestina", "Dominikus", "Elisabet", "Fransiskus", "Gregorius"};
        for (int i = 0; i < names.length; i++) {
            String funder = i % 2 == 0 ? "APBD-KAB-MGR" : "MANDIRI";
            enrollments.enrol(TestData.form("53100112058500" + String.format("%02d", i + 1), names[i], funder,
                    YearMonth.of(2026, 1), i == 6 ? YearMonth.of(2026, 11) : null));
        }
        RegisterService register = services.register();

        assertThat(register.counts(RegisterFilter.all().withFunder("MANDIRI")).matching()).isEqualTo(3);
        assertThat(register.page(RegisterFilter.all().withSearch("KUS"), RegisterSort.defaultOrder(), null, 10).rows())
                .extracting(EnrollmentSummary::fullName).containsExactlyInAnyOrder("Dominikus", "Fransiskus");
        assertThat(register.page(RegisterFilter.all().withSearch("5310011205850003"), RegisterSort.defaultOrder(), null, 10)
                .rows()).extracting(EnrollmentSummary::fullName).containsExactly("Celestina");
        assertThat(register.page(RegisterFilter.all().withStatus(CoverageStatus.ENDING_SOON), RegisterSort.defaultOrder(),
                null, 10).rows()).extracting(EnrollmentSummary::fullName).containsExactly("Gregorius");
        assertThat(register.page(RegisterFilter.all().withYear(2025), RegisterSort.defaultOrder(), null, 10).rows()).isEmpty();

        List<String> seen = new ArrayList<>();
        RegisterSort byName = new RegisterSort(RegisterSort.Column.NAME, false);
        RegisterPage page = register.page(RegisterFilter.all(), byName, null, 3);
        while (true) {
            page.rows().forEach(r -> seen.add(r.fullName()));
            if (page.next() == null) {
                break;
            }
            page = register.page(RegisterFilter.all(), byName, page.next(), 3);
        }
        assertThat(seen).containsExactly("Gregorius", "Fransiskus", "Elisabet", "Dominikus", "Celestina", "Benediktus", "Agnes");
    }

    @Test
    void keysetPagesMissAndRepeatNothingWhateverTheSortAndTies() throws Exception {
        registerSevenHundredWithTies();
        RegisterService register = services.register();
        for (RegisterSort.Column column : RegisterSort.Column.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                RegisterSort sort = new RegisterSort(column, ascending);
                List<Long> whole = register.page(RegisterFilter.all(), sort, null, 10_000).rows().stream()
                        .map(EnrollmentSummary::id).toList();
                List<Long> paged = new ArrayList<>();
                RegisterPage page = register.page(RegisterFilter.all(), sort, null, 37);
                while (true) {
                    page.rows().forEach(r -> paged.add(r.id()));
                    if (page.next() == null) {
                        break;
                    }
                    page = register.page(RegisterFilter.all(), sort, page.next(), 37);
                }
                assertThat(paged).as("%s %s", column, ascending ? "ascending" : "descending")
                        .hasSize(700).containsExactlyElementsOf(whole);
            }
        }
    }

    /** 700 people, a few hundred distinct names: many ties in every order (an import of demo data). */
    void registerSevenHundredWithTies() throws Exception {
        java.nio.file.Path csv = dir.resolve("demo.csv");
        try (var w = java.nio.file.Files.newBufferedWriter(csv)) {
            DemoData.writeCsv(w, 700, 3);
        }
        services.imports().importFile(csv, id.payung.service.importing.ImportOptions.defaults(),
                id.payung.service.importing.ImportService.Progress.NONE);
    }

    /** The engine's database, opened beside the services (for a test that writes through the store). */
    id.payung.store.Database database() {
        return engine.open();
    }

    @Test
    void searchTreatsWildcardsAndQuotesAsText() {
        enrollments.enrol(TestData.form("5310015204850001", "Maria 'Jelita' Seratus%", "MANDIRI", YearMonth.of(2026, 1), null));
        enrollments.enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));

        assertThat(services.register().page(RegisterFilter.all().withSearch("ratus%"), RegisterSort.defaultOrder(), null, 10)
                .rows()).extracting(EnrollmentSummary::fullName).containsExactly("Maria 'Jelita' Seratus%");
        assertThat(services.register().page(RegisterFilter.all().withSearch("%"), RegisterSort.defaultOrder(), null, 10)
                .rows()).hasSize(1);
        assertThat(services.register().page(RegisterFilter.all().withSearch("'; DROP TABLE person; --"),
                RegisterSort.defaultOrder(), null, 10).rows()).isEmpty();
        assertThat(services.register().counts(RegisterFilter.all()).total()).isEqualTo(2);
    }

    @Test
    void searchFindsANameWrittenSurnameFirst() {
        services.enrollments().enrol(TestData.form("5310015204850001", "Theresia Nabu", "MANDIRI", YearMonth.of(2026, 1), null));
        services.enrollments().enrol(TestData.form("5310011205850002", "Theresia Jelita", "MANDIRI", YearMonth.of(2026, 1), null));
        for (String typed : List.of("nabu theresia", "Theresia Nabu", "  NABU   ther ")) {
            assertThat(services.register().page(RegisterFilter.all().withSearch(typed), RegisterSort.defaultOrder(), null, 10)
                    .rows()).as(typed).extracting(EnrollmentSummary::fullName).containsExactly("Theresia Nabu");
            assertThat(services.register().counts(RegisterFilter.all().withSearch(typed)).matching()).isEqualTo(1);
        }
    }
    /**
     * Trial 16 M3: a name corrected in the Ubah form is the person's change alone. No "Kepesertaan diubah" entry with
     * the same before and after, and the person's entry says it holds for every enrollment, not "this one only".
     */
    @Test
    void aNameCorrectedAloneIsThePersonsChangeForAllTheirEnrollments() {
        EnrollmentForm form = TestData.form("5310015204850001", "Kornelis Jehamat", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        EnrollmentService.Saved saved = enrollments.enrol(form);
        for (id.payung.domain.CorrectionScope scope : id.payung.domain.CorrectionScope.values()) {
            ChangedSince.Mark mark = services.changedSince().mark(saved.enrollmentId());
            enrollments.update(saved.enrollmentId(), TestData.form("5310015204850001", "Kornelis " + scope, "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)), scope, mark);
        }

        List<PersonHistory.Change> changes = enrollments.history(saved.personId()).changes();
        assertThat(changes).filteredOn(c -> "UPDATE".equals(c.action())).extracting(PersonHistory.Change::entity)
                .containsExactly("person", "person");
        AuditWords words = new AuditWords(java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("id"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT)),
                List.of(), AuditWords.Names.of(services.reference()));
        assertThat(changes).filteredOn(c -> "UPDATE".equals(c.action())).allSatisfy(c -> assertThat(words.details(c))
                .startsWith("Nama: ").endsWith("data pribadi orang ini: berlaku di semua pendaftarannya")
                .doesNotContain("pendaftaran ini saja", "koreksi untuk"));

        // A change of the enrollment itself is still its own entry, with the clerk's scope.
        EnrollmentForm noted = TestData.form("5310015204850001", "Kornelis THIS_ENROLLMENT", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        noted = new EnrollmentForm(noted.nik(), noted.fullName(), noted.sex(), noted.birthPlace(), noted.birthDate(),
                noted.address(), noted.regionCode(), noted.occupationCode(), noted.phone(), noted.kpj(), noted.funderCode(),
                noted.segment(), noted.programmes(), noted.declaredIncomeRp(), noted.firstMonth(), noted.lastMonth(),
                "ganti catatan");
        enrollments.update(saved.enrollmentId(), noted, id.payung.domain.CorrectionScope.THIS_ENROLLMENT,
                services.changedSince().mark(saved.enrollmentId()));
        PersonHistory.Change last = enrollments.history(saved.personId()).changes().stream()
                .filter(c -> "enrollment".equals(c.entity()) && "UPDATE".equals(c.action())).findFirst().orElseThrow();
        assertThat(words.details(last)).contains("ganti catatan").endsWith("koreksi untuk pendaftaran ini saja");
    }

    /**
     * A period longer than 60 months corrected: the rule the form asks too (EnrollmentRules.periodProblem against the
     * saved period). Today is 23/11/2026. Shortened or moved and ended: taken; still running past this month: refused;
     * kept as saved: a fact, taken whatever its length.
     */
    @Test
    void aCorrectedPeriodIsJudgedAgainstTheSavedOne() {
        EnrollmentService.Saved ended = enrollments.enrol(TestData.form("5310015204850001", "Kristina Ndung", "MANDIRI",
                YearMonth.of(2019, 1), null));
        enrollments.end(ended.enrollmentId(), YearMonth.of(2025, 12), EndReason.PERIOD_OVER); // 84 months
        enrollments.update(ended.enrollmentId(), TestData.form("5310015204850001", "Kristina Ndung", "MANDIRI",
                YearMonth.of(2019, 1), YearMonth.of(2025, 6)));
        assertThat(enrollments.form(ended.enrollmentId()).lastMonth()).as("shortened, ended: 78 months taken")
                .isEqualTo(YearMonth.of(2025, 6));
        enrollments.update(ended.enrollmentId(), TestData.form("5310015204850001", "Kristina Ndung", "MANDIRI",
                YearMonth.of(2019, 3), YearMonth.of(2025, 6)));
        assertThat(enrollments.form(ended.enrollmentId()).firstMonth()).isEqualTo(YearMonth.of(2019, 3));
        assertThatThrownBy(() -> enrollments.update(ended.enrollmentId(), TestData.form("5310015204850001",
                "Kristina Ndung", "MANDIRI", YearMonth.of(2019, 3), YearMonth.of(2026, 12))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FormProblem::code).containsExactly("PERIOD_TOO_LONG"));

        // Saved running past this month beyond 60 months (entered before the rule): kept, it can be corrected;
        // shortened but still running beyond 60 months, refused.
        EnrollmentService.Saved running = enrollments.enrol(TestData.form("5310011205850002", "Yohanes Jehalu",
                "MANDIRI", YearMonth.of(2022, 1), null));
        enrollments.end(running.enrollmentId(), YearMonth.of(2027, 12), EndReason.PERIOD_OVER); // 72 months
        enrollments.update(running.enrollmentId(), TestData.form("5310011205850002", "Yohanes Jehaut", "MANDIRI",
                YearMonth.of(2022, 1), YearMonth.of(2027, 12)));
        assertThat(enrollments.form(running.enrollmentId()).fullName()).isEqualTo("Yohanes Jehaut");
        assertThatThrownBy(() -> enrollments.update(running.enrollmentId(), TestData.form("5310011205850002",
                "Yohanes Jehaut", "MANDIRI", YearMonth.of(2022, 1), YearMonth.of(2027, 6))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FormProblem::code).containsExactly("PERIOD_TOO_LONG"));
        assertThat(enrollments.form(running.enrollmentId()).lastMonth()).isEqualTo(YearMonth.of(2027, 12));
    }
}
