package id.payung.service.importing;

import static id.payung.service.importing.YohanesFixture.YOHANES;
import static id.payung.service.importing.YohanesFixture.savedBySiti;
import static id.payung.service.importing.YohanesFixture.withAddressAndPhone;
import static id.payung.service.importing.YohanesFixture.yohanes;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Person;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 19, finding 3: a list imported and undone; a colleague then typed the person's phone and address; the village's
 * corrected list (no phone or address column) was imported again and set both blank. One rule for an import over a
 * known person: an empty cell or a missing column never erases a stored value (and the row says which were kept); a
 * filled cell fills in what is empty, and replaces only an undone list's data.
 */
class KeptStoredValuesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    /** No phone, no address column (the Lalong list of the trial). */
    private static final String LALONG = YohanesFixture.plainList(2026);
    /** Phone and address columns, both empty for Yohanes. */
    private static final String EMPTY_CELLS = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Alamat;No HP;Sumber Dana;Mulai;Jumlah Bulan\n"
            + YOHANES + ";Yohanes Dahur;L;12/05/1985;Wae Rii;Nelayan;;;APBD Kabupaten Manggarai;01/2026;12\n";

    private ImportService.Report importList(PayungServices s, String name, String text) throws Exception {
        return YohanesFixture.importList(s, dir, name, text);
    }

    /** Yohanes brought by the list, the list undone, then siti types his phone and address. */
    private void undoneThenTypedBySiti() throws Exception {
        try (PayungServices s = engine.services()) {
            ImportService.Report first = importList(s, "lalong.csv", LALONG);
            assertThat(first.imported()).isEqualTo(1);
            s.imports().undo(first.batchId());
        }
        savedBySiti(engine, p -> withAddressAndPhone(p, "Dusun Lalong RT 01", "081234567890"));
    }

    @Test
    void aListWithoutPhoneOrAddressColumnsKeepsWhatAColleagueTypedAfterTheUndo() throws Exception {
        undoneThenTypedBySiti();
        try (PayungServices s = engine.services()) {
            ImportService.Report again = importList(s, "lalong-lagi.csv", LALONG);
            assertThat(again.imported()).isEqualTo(1);
            Person p = yohanes(s);
            assertThat(p.address()).isEqualTo("Dusun Lalong RT 01");
            assertThat(p.phone()).isEqualTo("081234567890");
            // Told, beside the renewal: which stored values stayed.
            assertThat(again.problems()).extracting(r -> r.problem().code())
                    .contains("IMPORT_UNDONE_PERSON_RENEWED", "IMPORT_KEPT_STORED");
            assertThat(again.problems()).filteredOn(r -> r.problem().code().equals("IMPORT_KEPT_STORED"))
                    .extracting(r -> r.problem().args().get(0))
                    .containsExactlyInAnyOrder("Dusun Lalong RT 01", "081234567890");
        }
    }

    @Test
    void emptyCellsInColumnsTheFileHasKeepTheStoredValuesTooAndFilledOnesReplaceTheUndoneListsData() throws Exception {
        undoneThenTypedBySiti();
        try (PayungServices s = engine.services()) {
            ImportService.Report again = importList(s, "lalong-kosong.csv", EMPTY_CELLS);
            assertThat(again.imported()).isEqualTo(1);
            Person p = yohanes(s);
            assertThat(p.address()).isEqualTo("Dusun Lalong RT 01");
            assertThat(p.phone()).isEqualTo("081234567890");
            assertThat(p.occupationCode()).isEqualTo("NELAYAN"); // the corrected list's, not the undone one's
        }
    }

    @Test
    void aRegisteredPersonsNewYearListFillsInWhatIsEmptyAndReplacesOrErasesNothing() throws Exception {
        try (PayungServices s = engine.services()) {
            EnrollmentForm f = TestData.form(YOHANES, "Yohanes Dahur", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12));
            // Registered by hand with a phone and an occupation, without an address.
            s.enrollments().enrol(new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), null,
                    f.regionCode(), f.occupationCode(), f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes()));
            String list = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Alamat;Sumber Dana;Mulai;Jumlah Bulan\n"
                    + YOHANES + ";Yohanes Dahur;L;12/05/1985;Wae Rii;Petani;Dusun Lalong RT 02;APBD Kabupaten Manggarai;01/2026;12\n";
            ImportService.Report r = importList(s, "lalong-2026.csv", list);
            assertThat(r.imported()).as("%s", r.problems()).isEqualTo(1);
            Person p = yohanes(s);
            assertThat(p.address()).as("filled in").isEqualTo("Dusun Lalong RT 02");
            assertThat(p.phone()).as("no column: kept").isEqualTo("081234567890");
            assertThat(p.occupationCode()).as("the register's stands").isEqualTo("OJEK");
        }
    }

    /** Review 6: the kept-value note names the occupation as the import does (its name), not its code. */
    @Test
    void theKeptOccupationIsNamedNotCoded() throws Exception {
        undoneThenTypedBySiti();
        String noOccupation = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n"
                + YOHANES + ";Yohanes Dahur;L;12/05/1985;Wae Rii;;APBD Kabupaten Manggarai;01/2026;12\n";
        try (PayungServices s = engine.services()) {
            ImportService.Report again = importList(s, "lalong-tanpa-pekerjaan.csv", noOccupation);
            assertThat(again.imported()).isEqualTo(1);
            String stored = yohanes(s).occupationCode(); // the undone list's "Petani", kept
            String name = s.reference().occupations().stream().filter(o -> o.code().equals(stored))
                    .map(id.payung.domain.Occupation::name).findFirst().orElseThrow();
            assertThat(name).isNotEqualTo(stored);
            assertThat(again.problems()).filteredOn(r -> r.problem().code().equals("IMPORT_KEPT_STORED"))
                    .extracting(r -> r.problem().args().get(0)).contains(name).doesNotContain(stored);
        }
    }

    /**
     * Review 2: under "skip wrong rows" a row turned down after it was settled (another person on its NIK more than a
     * chunk later) changes no one: the registered person's empty address stays empty.
     */
    @Test
    void aRowTurnedDownLaterUnderSkipWrongRowsWritesNoPersonData() throws Exception {
        String head = "NIK;Nama;Tgl Lahir;Kecamatan;Alamat;Sumber Dana;Mulai;Jumlah Bulan\n";
        try (PayungServices s = engine.services()) {
            ImportService.Report first = importList(s, "2025.csv", head
                    + YOHANES + ";Yohanes Dahur;12/05/1985;Wae Rii;;APBD Kabupaten Manggarai;01/2025;12\n");
            assertThat(first.imported()).isEqualTo(1);
            StringBuilder list = new StringBuilder(head);
            list.append(YOHANES).append(";Yohanes Dahur;12/05/1985;Wae Rii;Jl. Baru 1;APBD Kabupaten Manggarai;01/2026;12\n");
            for (int i = 1; i <= id.payung.store.EnrollmentBulkWriter.LOOKUP_CHUNK + 50; i++) {
                String name = "Orang " + Integer.toString(i, 26).replaceAll("[0-9]", "x");
                list.append(String.format("531001020290%04d;%s;02/02/1990;Wae Rii;;APBD Kabupaten Manggarai;01/2026;12%n",
                        i, name));
            }
            list.append(YOHANES).append(";Yosef Nggoro;12/05/1985;Wae Rii;;APBD Kabupaten Manggarai;01/2026;12\n");
            ImportService.Report r = s.imports().importFile(
                    Files.writeString(dir.resolve("2026.csv"), list, StandardCharsets.UTF_8),
                    ImportOptions.defaults().skippingInvalid(), ImportService.Progress.NONE);
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("IMPORT_NIK_TWO_PEOPLE"))
                    .extracting(RowProblem::row).contains(2);
            assertThat(yohanes(s).address()).as("the refused row wrote nothing").isNull();
        }
    }

    /** Review 8: a person the row changes nothing of is not saved again (no second read, no update). */
    @Test
    void nothingDiffersWhenTheMergeKeepsEverything() {
        Person p = new Person(1, YOHANES, "Yohanes Dahur", id.payung.domain.Sex.L, "Ruteng",
                java.time.LocalDate.of(1985, 5, 12), "Dusun Lalong", "5310012001", "PETANI", "081234567890", null);
        EnrollmentForm row = TestData.form(YOHANES, "YOHANES DAHUR", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12));
        assertThat(ImportService.differs(p, ImportService.merged(p, row, false).form())).isFalse();
        Person noAddress = new Person(1, YOHANES, "Yohanes Dahur", id.payung.domain.Sex.L, "Ruteng",
                java.time.LocalDate.of(1985, 5, 12), null, "5310012001", "PETANI", "081234567890", null);
        assertThat(ImportService.differs(noAddress, ImportService.merged(noAddress, row, false).form()))
                .as("the row fills in the address").isTrue();
    }
}
