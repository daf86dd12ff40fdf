package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21c: 2026 village lists of Kec. Wae Rii over the people registered in 2025. The office rule: an ambiguous row
 * is an error for the clerk to settle, never a guess.
 */
class VillageTrialTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private PayungServices fresh() {
        PayungServices s = engine.services();
        TestRegions.loadManggarai(s, dir);
        return s;
    }

    private static ImportOptions provinsi(int year) {
        return ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(year, 1), 12);
    }

    private static List<String> codes(ImportService.Report r) {
        return r.problems().stream().map(p -> p.row() + " " + p.problem().code()).toList();
    }

    private static List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n");
        return f;
    }

    /** The 2025 register of the trial's base list, rows of NO 26–29's people. */
    private void register2025(PayungServices s) {
        ImportService.Report base = s.imports().importFile(TestRegions.resource("village/base2025 Wae Rii.csv", dir),
                ImportOptions.defaults(), ImportService.Progress.NONE);
        assertThat(base.problems()).isEmpty();
        assertThat(base.imported()).isEqualTo(4);
    }

    /**
     * HIGH 3: Kornelis Jehadu registered under …26, listed in the village format (one TEMPAT/TGL LAHIR column) under
     * …27: one serial digit off, same name and birth date. It was imported as a second person with no message (a NIK
     * equal but for its last digit was left to the Excel-cut rule, which only fits a NIK ending in 0). Now an error on
     * the NIK cell naming him, masked, his NIK proposed; taken, the row is his 2026 enrollment.
     */
    @Test
    void aSerialOneDigitOffInTheVillageFormatIsAnErrorProposingTheRegisteredPerson() {
        try (PayungServices s = fresh()) {
            register2025(s);
            Path list = TestRegions.resource("village/Daftar Pekerja Rentan Kec Wae Rii 2026 NO 26-29.csv", dir);

            ImportService.Report checked = s.imports().importFile(list, provinsi(2026).dry(), ImportService.Progress.NONE);

            assertThat(codes(checked)).containsExactly("4 IMPORT_NIK_LIKELY_SAME_PERSON", "5 IMPORT_NIK_LIKELY_SAME_PERSON",
                    "6 IMPORT_NIK_LIKELY_SAME_PERSON", "7 IMPORT_NIK_LIKELY_SAME_PERSON");
            RowProblem kornelis = checked.problems().get(0);
            assertThat(kornelis.problem().error()).as("the office rule: the clerk settles it").isTrue();
            assertThat(kornelis.column()).isEqualTo("NIK");
            assertThat(kornelis.problem().args()).containsExactly("531001********26", "Kornelis Jehadu");
            assertThat(checked.rejected()).isEqualTo(4);
            assertThat(checked.proposals()).extracting(p -> p.row() + " " + p.column() + " " + p.candidate().nik())
                    .containsExactly("4 NIK 5310010212600026", "5 NIK 5310011912600027", "6 NIK 5310014202600028",
                            "7 NIK 5310015702600029");

            ImportService.Report refused = s.imports().importFile(list, provinsi(2026), ImportService.Progress.NONE);
            assertThat(refused.written()).isFalse();
            assertThat(register(s)).as("no second Kornelis Jehadu").hasSize(4);

            Map<ImportOptions.CellFix, String> taken = new java.util.LinkedHashMap<>();
            checked.proposals().forEach(p -> taken.put(new ImportOptions.CellFix(p.row(), p.column()), p.candidate().nik()));
            ImportService.Report done = s.imports().importFile(list, provinsi(2026).withFixes(taken),
                    ImportService.Progress.NONE);

            assertThat(done.problems()).noneMatch(p -> p.problem().error());
            assertThat(done.imported()).isEqualTo(4);
            assertThat(register(s)).filteredOn(e -> e.fullName().equals("Kornelis Jehadu"))
                    .extracting(EnrollmentSummary::nik).containsExactly("5310010212600026", "5310010212600026");
        }
    }

    /**
     * Trial 21c H3 (NO 31–33): a registered person listed under a NIK mistyped in its birth-date digits. The row was an
     * error asking which is right, never naming the registered twin; "fixing" the birth date to the NIK's made a second
     * person. Now the registered person of that name and birth date is named, masked, and their NIK proposed (a man's
     * and a woman's date digits); taken, the rows are their 2026 enrollments.
     */
    @Test
    void aNikMistypedInItsBirthDateDigitsNamesTheRegisteredPersonAndProposesTheirNik() throws Exception {
        try (PayungServices s = fresh()) {
            register2025(s);
            Path list = csv("daftar-2026-tgl.csv", "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Desa",
                    "5310010312600026;Kornelis Jehadu;L;02/12/1960;Golo Cador",
                    "5310014203600028;Florentina Jemarut;P;02/02/1960;Ranggi",
                    "5310011812600027;Yohanes Lalong;L;19/12/1960;Longko");

            ImportService.Report checked = s.imports().importFile(list, provinsi(2026).dry(), ImportService.Progress.NONE);

            assertThat(codes(checked)).as("another name: nobody named").containsExactlyInAnyOrder(
                    "2 NIK_BIRTH_DATE_MISMATCH", "2 IMPORT_NIK_BIRTH_TWIN", "3 NIK_BIRTH_DATE_MISMATCH",
                    "3 IMPORT_NIK_BIRTH_TWIN", "4 NIK_BIRTH_DATE_MISMATCH");
            RowProblem kornelis = checked.problems().stream()
                    .filter(p -> p.problem().code().equals("IMPORT_NIK_BIRTH_TWIN")).findFirst().orElseThrow();
            assertThat(kornelis.column()).isEqualTo("NIK");
            assertThat(kornelis.problem().args()).containsExactly("531001********26", "Kornelis Jehadu");
            assertThat(checked.proposals()).extracting(p -> p.row() + " " + p.column() + " " + p.candidate().nik())
                    .containsExactly("2 NIK 5310010212600026", "3 NIK 5310014202600028");

            Map<ImportOptions.CellFix, String> taken = new java.util.LinkedHashMap<>();
            checked.proposals().forEach(p -> taken.put(new ImportOptions.CellFix(p.row(), p.column()), p.candidate().nik()));
            ImportService.Report done = s.imports().importFile(list, provinsi(2026).withFixes(taken).skippingInvalid(),
                    ImportService.Progress.NONE);

            assertThat(done.imported()).isEqualTo(2);
            assertThat(register(s)).filteredOn(e -> e.fullName().equals("Kornelis Jehadu"))
                    .extracting(EnrollmentSummary::nik).containsExactly("5310010212600026", "5310010212600026");
            assertThat(register(s).stream().map(EnrollmentSummary::nik).distinct()).as("no second person").hasSize(4);
        }
    }

    /** With a separate birth-date column the same: an error, and a mistyped serial elsewhere in its four digits too. */
    @Test
    void aMistypedSerialWithASeparateBirthDateColumnIsAnErrorToo() throws Exception {
        try (PayungServices s = fresh()) {
            register2025(s);
            Path list = csv("daftar-2026.csv", "NIK;Nama;Tanggal Lahir;Desa",
                    "5310010212600027;KORNELIS  JEHADU;02/12/1960;Golo Cador",
                    "5310011912600072;Gabriel Lalong;19/12/1960;Longko",
                    "5310014202600031;Agnes Jemarut;02/02/1960;Ranggi");

            ImportService.Report checked = s.imports().importFile(list, provinsi(2026).dry(), ImportService.Progress.NONE);

            assertThat(codes(checked)).as("another name: someone else, nothing said")
                    .containsExactly("2 IMPORT_NIK_LIKELY_SAME_PERSON", "3 IMPORT_NIK_LIKELY_SAME_PERSON");
            assertThat(checked.problems()).allMatch(p -> p.problem().error());
            assertThat(checked.imported()).isEqualTo(1);
        }
    }

    /**
     * HIGH 4: one NIK twice in a village list with the same period: rows that differ in desa or occupation are an error
     * on both, each naming the other and what it says (the first row no longer wins silently); identical rows stay a
     * duplicate, skipped.
     */
    @Test
    void theSameNikTwiceWithOtherDataIsAnErrorNamingTheOtherRowButAnExactRepeatIsSkipped() throws Exception {
        try (PayungServices s = fresh()) {
            Path list = csv("Daftar Desa Poco 2026.csv", "DAFTAR PEKERJA RENTAN DESA POCO TAHUN 2026;;;;;;",
                    "NO;NAMA LENGKAP;NIK;TEMPAT/TGL LAHIR;JENIS KELAMIN;PEKERJAAN;DESA",
                    "1;Agustina Nimul;5310015506800001;Ruteng, 15-06-1980;P;Petani;Poco",
                    "2;Agustina Nimul;5310015506800001;Ruteng, 15-06-1980;P;Pedagang;Ranggi",
                    "3;Blasius Jelahu;5310012002790002;Ruteng, 20-02-1979;L;Petani;Poco",
                    "4;Blasius Jelahu;5310012002790002;Ruteng, 20-02-1979;L;Petani;Poco");

            ImportService.Report checked = s.imports().importFile(list, provinsi(2026).skippingInvalid(),
                    ImportService.Progress.NONE);

            assertThat(codes(checked)).containsExactly("3 IMPORT_DUPLICATE_DIFFERS", "4 IMPORT_DUPLICATE_DIFFERS",
                    "6 IMPORT_DUPLICATE_IN_FILE");
            assertThat(checked.problems().get(1).problem().error()).isTrue();
            assertThat(checked.problems().get(1).problem().args())
                    .containsExactly("3", "Poco (Wae Rii), Petani", "Ranggi (Wae Rii), Pedagang", "4");
            assertThat(checked.problems().get(0).problem().args())
                    .containsExactly("4", "Ranggi (Wae Rii), Pedagang", "Poco (Wae Rii), Petani", "3");
            assertThat(checked.problems().get(2).problem().error()).as("an exact repeat: skipped as before").isFalse();
            assertThat(checked.rejected()).isEqualTo(2);
            assertThat(checked.duplicates()).isEqualTo(1);
            assertThat(checked.imported()).isEqualTo(1);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName).containsExactly("Blasius Jelahu");
        }
    }

    /** Rows a chunk apart differ the same way: the earlier row, already settled, is taken back out. */
    @Test
    void aDifferingRepeatFarDownTheListTakesTheEarlierRowBackOut() throws Exception {
        try (PayungServices s = fresh()) {
            List<String> lines = new java.util.ArrayList<>(List.of("NIK;Nama;Tanggal Lahir;Pekerjaan;Desa"));
            lines.add("5310015506800001;Agustina Nimul;15/06/1980;Petani;Poco");
            for (int i = 0; i < 600; i++) {
                String name = id.payung.service.TestData.name("Orang", i);
                lines.add(String.format("531001010170%04d;%s;01/01/1970;Petani;Poco", i + 1, name));
            }
            lines.add("5310015506800001;Agustina Nimul;15/06/1980;Pedagang;Poco");
            Path list = csv("poco-panjang.csv", lines.toArray(String[]::new));

            ImportService.Report done = s.imports().importFile(list, provinsi(2026).skippingInvalid(),
                    ImportService.Progress.NONE);

            assertThat(codes(done)).filteredOn(c -> !c.endsWith("DIFFERS")).isEmpty();
            assertThat(codes(done)).filteredOn(c -> c.endsWith("DIFFERS")).containsExactly(
                    "2 IMPORT_DUPLICATE_DIFFERS", "603 IMPORT_DUPLICATE_DIFFERS");
            assertThat(done.imported()).isEqualTo(600);
            assertThat(register(s)).noneMatch(e -> e.fullName().equals("Agustina Nimul"));
        }
    }

    /**
     * HIGH 5: a registered Nelayan listed in 2026 as Pengemudi ojek: the register's occupation stays (no schema change),
     * and the row says so as a warning, the row still imported.
     */
    @Test
    void anotherOccupationForARegisteredPersonIsSaidAndNotChanged() throws Exception {
        try (PayungServices s = fresh()) {
            String head = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Desa;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan";
            ImportService.Report base = s.imports().importFile(csv("base2025.csv", head,
                    "5310012611600161;Yosef Tamur;L;26/11/1960;Wae Rii;Satar Ngkeling;Nelayan;APBD-PROV-NTT;01/2025;12",
                    "5310011109600162;Yosef Ndoang;L;11/09/1960;Wae Rii;Lalong;Pengemudi ojek;APBD-PROV-NTT;01/2025;12"),
                    ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(base.imported()).isEqualTo(2);

            ImportService.Report done = s.imports().importFile(csv("Daftar 2026 pekerjaan.csv", head,
                    "5310012611600161;Yosef Tamur;L;26/11/1960;Wae Rii;Satar Ngkeling;Pengemudi ojek;APBD-PROV-NTT;01/2026;12",
                    "5310011109600162;Yosef Ndoang;L;11/09/1960;Wae Rii;Lalong;Pengemudi ojek;APBD-PROV-NTT;01/2026;12"),
                    ImportOptions.defaults(), ImportService.Progress.NONE);

            assertThat(codes(done)).containsExactly("2 IMPORT_OCCUPATION_KEPT");
            RowProblem said = done.problems().get(0);
            assertThat(said.problem().error()).isFalse();
            assertThat(said.column()).isEqualTo("Pekerjaan");
            assertThat(said.problem().args()).containsExactly("Pengemudi ojek", "Nelayan");
            assertThat(done.imported()).isEqualTo(2);
        }
    }
}
