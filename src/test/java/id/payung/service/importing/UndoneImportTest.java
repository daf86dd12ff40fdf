package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.AuditFilter;
import id.payung.service.AuditRecord;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Person;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.AuditService;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.DatabaseFile;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 18 H30: a list imported, seen to be wrong and undone, then sent again corrected (one name spelt otherwise,
 * same NIK and birth date). The undone list's people must not stand in its way: not in the import's NIK check, not
 * in the form's look-up, not in the restore question's count; a person registered before the list keeps their data;
 * the audit trail of the undone list stays readable; the summary stays a full recount.
 */
class UndoneImportTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private static final String HEADER = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;No HP;Sumber Dana;Mulai;Jumlah Bulan";
    /** Registered by hand before the list; the list enrols them again. */
    private static final String YOSEF = "5310011205850002";
    /** New with the list. */
    private static final String ALOYSIUS = "5310012304870001";

    private static final String WRONG = HEADER + "\n"
            + ALOYSIUS + ";Aloysius Jehaman;L;23/04/1987;Wae Rii;Petani;0812 1111 2222;APBD Kabupaten Manggarai;01/2026;12\n"
            + YOSEF + ";Yosef Ndala;L;12/05/1985;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n";
    private static final String CORRECTED = HEADER + "\n"
            + ALOYSIUS + ";Aloisius Jehaman;L;23/04/1987;Wae Rii;Nelayan;;APBD Kabupaten Manggarai;01/2026;12\n"
            + YOSEF + ";Yosef Ndala;L;12/05/1985;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n";

    /** Yosef registered by hand for 2025; the wrong list imported and undone. Returns Yosef as he was before it. */
    private Person wrongListImportedAndUndone(PayungServices s) throws Exception {
        s.enrollments().enrol(TestData.form(YOSEF, "Yosef Ndala", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                YearMonth.of(2025, 12)));
        Person before = s.enrollments().personByNik(YOSEF).orElseThrow();
        ImportService.Report wrong = s.imports().importFile(Files.writeString(dir.resolve("golo-cador.csv"), WRONG,
                StandardCharsets.UTF_8), ImportOptions.defaults(), ImportService.Progress.NONE);
        assertThat(wrong.imported()).isEqualTo(2);
        assertThat(s.imports().undo(wrong.batchId())).isEqualTo(2);
        return before;
    }

    private static List<String> names(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100)
                .rows().stream().map(EnrollmentSummary::fullName).toList();
    }

    @Test
    void theCorrectedListImportsAfterTheWrongOneWasUndoneAndTheRegisterShowsItsName() throws Exception {
        try (PayungServices s = engine.services()) {
            wrongListImportedAndUndone(s);
            assertThat(names(s)).containsExactly("Yosef Ndala");

            ImportService.Report corrected = s.imports().importFile(Files.writeString(dir.resolve("golo-cador-diperbaiki.csv"),
                    CORRECTED, StandardCharsets.UTF_8), ImportOptions.defaults(), ImportService.Progress.NONE);

            assertThat(corrected.rejected()).as("%s", corrected.problems()).isZero();
            assertThat(corrected.imported()).isEqualTo(2);
            assertThat(corrected.written()).isTrue();
            // Told, not refused: the NIK came with the undone list, under the name that list gave.
            // Trial 21c H5: the registered Yosef's other occupation in the list is said, the register's kept.
            assertThat(corrected.problems()).hasSize(3).first().satisfies(p -> {
                assertThat(p.problem().code()).isEqualTo("IMPORT_UNDONE_PERSON_RENEWED");
                assertThat(p.problem().error()).isFalse();
                assertThat(p.problem().args()).containsExactly("Aloysius Jehaman");
            });
            // An empty cell erases nothing (trial 19, finding 3): the stored phone stays, and the row says so.
            assertThat(corrected.problems().get(1).problem().code()).isEqualTo("IMPORT_KEPT_STORED");
            assertThat(corrected.problems().get(2).problem().code()).isEqualTo("IMPORT_OCCUPATION_KEPT");
            assertThat(corrected.problems().get(1).problem().args()).containsExactly("081211112222");
            assertThat(names(s)).containsExactly("Aloisius Jehaman", "Yosef Ndala", "Yosef Ndala");
            // The corrected list's data where it has some: its name and occupation; its empty phone cell keeps the
            // stored phone (trial 19, finding 3: an empty cell never erases).
            Person aloisius = s.enrollments().personByNik(ALOYSIUS).orElseThrow();
            assertThat(aloisius.fullName()).isEqualTo("Aloisius Jehaman");
            assertThat(aloisius.occupationCode()).isEqualTo("NELAYAN");
            assertThat(aloisius.phone()).isEqualTo("081211112222");
        }
        assertSummaryIsAFullRecount();
    }

    @Test
    void aPersonRegisteredBeforeTheListKeepsTheirDataAndEnrollmentAfterTheUndo() throws Exception {
        try (PayungServices s = engine.services()) {
            Person before = wrongListImportedAndUndone(s);
            assertThat(s.enrollments().personByNik(YOSEF)).contains(before);
            assertThat(names(s)).containsExactly("Yosef Ndala");
            // The restore question counts the register's people: Yosef, not the undone list's Aloysius.
            try (Database db = engine.open()) {
                assertThat(db.read(DatabaseFile::contents).people()).isEqualTo(1);
            }
        }
        assertSummaryIsAFullRecount();
    }

    @Test
    void theFormNoLongerFillsInTheUndoneListsDataAndSavesItsOwn() throws Exception {
        try (PayungServices s = engine.services()) {
            wrongListImportedAndUndone(s);

            assertThat(s.enrollments().personByNik(ALOYSIUS)).as("the form's look-up").isEmpty();
            assertThat(s.enrollments().personByNik(YOSEF)).isPresent();

            s.enrollments().enrol(TestData.form(ALOYSIUS, "Aloisius Jehaman", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12)));
            Person saved = s.enrollments().personByNik(ALOYSIUS).orElseThrow();
            assertThat(saved.fullName()).isEqualTo("Aloisius Jehaman");
            assertThat(saved.birthDate()).isEqualTo(LocalDate.of(1987, 4, 23));
            assertThat(names(s)).containsExactly("Aloisius Jehaman", "Yosef Ndala");
        }
        assertSummaryIsAFullRecount();
    }

    @Test
    void theUndoneListsAuditTrailStaysReadableWithTheNikMasked() throws Exception {
        try (PayungServices s = engine.services()) {
            wrongListImportedAndUndone(s);
            s.imports().importFile(Files.writeString(dir.resolve("golo-cador-diperbaiki.csv"), CORRECTED,
                    StandardCharsets.UTF_8), ImportOptions.defaults(), ImportService.Progress.NONE);
        }
        try (Database db = engine.open()) {
            AuditService a = new AuditService(db, "auditor");
            // Found by the person's NIK: the wrong list, its undoing, and the corrected list, each with who and what.
            List<AuditRecord> found = a.search(new AuditFilter(null, null, null, null, ALOYSIUS), 0, 50).rows();
            assertThat(found).extracting(r -> r.change().action())
                    .containsExactly("IMPORT", "UPDATE", "UNDO_IMPORT", "IMPORT");
            assertThat(found).allSatisfy(r -> {
                assertThat(r.change().actor()).isNotBlank();
                assertThat(String.valueOf(r.change().before()) + r.change().after())
                        .doesNotContain(ALOYSIUS).doesNotContain(YOSEF);
            });
            assertThat(found.get(3).change().after()).contains("golo-cador.csv");
            assertThat(found.get(2).change().after()).contains("golo-cador.csv");
            // The person's data written over, as a form's change would be: the undone list's name before, the new after.
            assertThat(found.get(1).change().before()).contains("Aloysius Jehaman", "531001********01");
            assertThat(found.get(1).change().after()).contains("Aloisius Jehaman");
            // The corrected list says it wrote its data over one person of the undone list.
            assertThat(found.get(0).change().after()).contains("golo-cador-diperbaiki.csv").contains("\"renewed\":1");
        }
    }

    /** Codes of a report's problems, as "row code". */
    private static List<String> codes(ImportService.Report r) {
        return r.problems().stream().map(p -> p.row() + " " + p.problem().code()).toList();
    }

    private ImportService.Report importList(PayungServices s, String name, String text, ImportOptions options)
            throws Exception {
        return s.imports().importFile(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8), options,
                ImportService.Progress.NONE);
    }

    /**
     * Review 16 M8 and M3: a JKK/JKM claim recorded for a person of the undone list is the office's evidence of a real
     * person: registered for the form and the import (their name checked, not written over), and the import's audit
     * entry counts no renewal the rows were not told of.
     */
    @Test
    void aPersonWithARecordedBenefitClaimStaysRegisteredAfterTheUndo() throws Exception {
        try (PayungServices s = engine.services()) {
            wrongListImportedAndUndone(s);
            try (Database db = engine.open()) {
                id.payung.store.TestSql.update(db, "INSERT INTO benefit_claim (paid_on, programme, person_id, amount_rp)"
                        + " SELECT '2026-03-02', 'JKM', id, 42000000 FROM person WHERE nik = ?", ALOYSIUS);
            }
            assertThat(s.enrollments().personByNik(ALOYSIUS)).as("the form's look-up").isPresent();

            ImportService.Report corrected = importList(s, "golo-cador-diperbaiki.csv", CORRECTED,
                    ImportOptions.defaults().dry());
            assertThat(codes(corrected)).as("checked by name, as any registered person").contains("2 IMPORT_NIK_REGISTERED_AS")
                    .noneMatch(c -> c.contains("IMPORT_UNDONE_PERSON_RENEWED"));

            // The same list again: imported under the registered person, nothing renewed, none counted as renewed.
            ImportService.Report again = importList(s, "golo-cador-lagi.csv", WRONG, ImportOptions.defaults());
            assertThat(again.imported()).isEqualTo(2);
            assertThat(codes(again)).noneMatch(c -> c.contains("IMPORT_UNDONE_PERSON_RENEWED"));
            assertThat(s.enrollments().personByNik(ALOYSIUS).orElseThrow().fullName()).isEqualTo("Aloysius Jehaman");
            String entry = s.audit().search(new AuditFilter(null, null, null, id.payung.domain.AuditTopic.IMPORTS, null),
                    0, 10).rows().get(0).change().after();
            assertThat(entry).contains("golo-cador-lagi.csv").doesNotContain("renewed");
        }
        assertSummaryIsAFullRecount();
    }

    /**
     * Review 16 M9: the undone list imported again unchanged renews its people (the rows are told) but writes no
     * "person changed" entry with the same data before and after; the import's entry counts the renewal.
     */
    @Test
    void theSameListAgainAfterItsUndoWritesNoEmptyPersonEntry() throws Exception {
        try (PayungServices s = engine.services()) {
            wrongListImportedAndUndone(s);
            ImportService.Report again = importList(s, "golo-cador-lagi.csv", WRONG, ImportOptions.defaults());
            assertThat(again.imported()).isEqualTo(2);
            assertThat(codes(again)).containsExactly("2 IMPORT_UNDONE_PERSON_RENEWED", "3 IMPORT_OCCUPATION_KEPT");
        }
        try (Database db = engine.open()) {
            List<AuditRecord> found = new AuditService(db, "auditor")
                    .search(new AuditFilter(null, null, null, null, ALOYSIUS), 0, 50).rows();
            assertThat(found).extracting(r -> r.change().action()).containsExactly("IMPORT", "UNDO_IMPORT", "IMPORT");
            assertThat(found.get(0).change().after()).contains("golo-cador-lagi.csv").contains("\"renewed\":1");
        }
        assertSummaryIsAFullRecount();
    }

    /**
     * Review 16 M4: a NIK Excel destroyed is not proposed as that of a person whom only the undone list brought
     * ("sudah terdaftar", with the undone list's name); a registered person of the same span still is.
     */
    @Test
    void aDamagedNikIsNotProposedAsTheUndoneListsPerson() throws Exception {
        try (PayungServices s = engine.services()) {
            wrongListImportedAndUndone(s);
            ImportService.Report checked = importList(s, "golo-cador-excel.csv", HEADER + "\n"
                    + "5,31001E+15;Aloysius Jehaman;L;23/04/1987;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n"
                    + "5,31001E+15;Yosef Ndala;L;12/05/1985;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2027;12\n",
                    ImportOptions.defaults().dry());
            assertThat(checked.proposals()).extracting(p -> p.row() + " " + p.candidate().nik())
                    .containsExactly("3 " + YOSEF);
        }
    }

    /** Every summary table holds what a full recount from the rules' views gives. */
    private void assertSummaryIsAFullRecount() {
        try (Database db = engine.open()) {
            id.payung.store.SummaryRecount.assertFullRecount(db, "after the undo and what followed");
        }
    }
}
