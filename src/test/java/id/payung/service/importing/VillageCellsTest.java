package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cells of the village lists trial 19 gave to a new clerk (the trial's own files): a total row with its count
 * under NIK, birth cells with a two-digit year or a '/' between place and date, the file's value beside a NIK that
 * disagrees with the birth date.
 */
class VillageCellsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    private PayungServices fresh() {
        PayungServices s = engine.services();
        TestRegions.loadManggarai(s, dir);
        return s;
    }

    private static ImportOptions provinsi2027(String kecamatan, String desa) {
        return ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2027, 1), 12)
                .withRegion(kecamatan, desa);
    }

    private static List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    /** {@code ;JUMLAH;8 orang;;;;}: JUMLAH under NAMA, the count under NIK, as the secretary of Pong Lale typed it. */
    @Test
    void aTotalRowWithItsCountUnderNikIsNoPersonAndTheListImportsWhole() {
        Path list = TestRegions.resource("village/DAFTAR PEKERJA RENTAN DESA PONG LALE.csv", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2027("Ruteng", "Pong Lale"),
                    ImportService.Progress.NONE);

            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.imported()).isEqualTo(8);
            assertThat(r.written()).isTrue();
            assertThat(r.problems()).filteredOn(p -> p.row() == 12).extracting(p -> p.problem().code(), RowProblem::value)
                    .containsExactly(tuple("IMPORT_NOT_A_PERSON", "JUMLAH · 8 orang"));
            assertThat(register(s)).hasSize(8);
        }
    }

    /** Strict: a total word as a name with anything more than a count beside it is a person, or a person's error. */
    @Test
    void aPersonCalledTotalWithANikIsNeverSkipped() throws Exception {
        Path f = csv("total.csv",
                "NO;NAMA LENGKAP;NIK;TEMPAT/TGL LAHIR;JENIS KELAMIN",
                "1;Total;5310031203850001;Ruteng, 12-03-1985;Laki-laki",
                "2;Jumlah;5310030906950005;;",
                "3;TOTAL;531003090695;;",
                ";Jumlah peserta;3 org;;",
                ";JUMLAH;3;3 orang;");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2027("Ruteng", "Pong Lale").dry(),
                    ImportService.Progress.NONE);

            // row 2 and 3 are people (a 16-digit NIK, a NIK too long for a count): read, the third one an error
            assertThat(r.read()).isEqualTo(3);
            assertThat(r.problems()).filteredOn(p -> p.problem().error()).extracting(RowProblem::row).containsOnly(4);
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("IMPORT_NOT_A_PERSON"))
                    .extracting(RowProblem::row).containsExactly(5, 6);
        }
    }

    /** The form of the register's one person named {@code name}. */
    private static id.payung.domain.EnrollmentForm form(PayungServices s, String name) {
        return register(s).stream().filter(e -> e.fullName().equals(name)).map(e -> s.enrollments().form(e.id()))
                .findFirst().orElseThrow();
    }

    /**
     * Kelurahan Mata Air: {@code "Reo,12-03-85"} beside a NIK holding 120385, {@code Ruteng / 15 Maret 1986} beside a
     * woman's NIK holding 550386 are read; the one row refused is the NIK that disagrees with the birth date.
     */
    @Test
    void aTwoDigitYearTheNikConfirmsAndASlashBetweenPlaceAndDateAreRead() {
        Path list = TestRegions.resource("village/Daftar Kel Mata Air.csv", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2027("Reok", "Mata Air").skippingInvalid(),
                    ImportService.Progress.NONE);

            assertThat(r.problems()).noneMatch(p -> p.problem().code().startsWith("IMPORT_TTL")
                    || p.problem().code().equals("IMPORT_SHORT_YEAR"));
            // the problem list shows what the file holds beside a NIK that disagrees with the birth date
            assertThat(r.problems()).filteredOn(p -> p.problem().error())
                    .extracting(RowProblem::row, RowProblem::column, RowProblem::value, p -> p.problem().code())
                    .containsExactly(tuple(7, "TEMPAT/TGL LAHIR", "Reo, 21-12-1991", "NIK_BIRTH_DATE_MISMATCH"));
            assertThat(r.imported()).isEqualTo(4);
            assertThat(form(s, "YOHANES BOSCO NGGARANG")).extracting(f -> f.birthPlace(), f -> f.birthDate())
                    .containsExactly("Reo", java.time.LocalDate.of(1985, 3, 12));
            assertThat(form(s, "Maria Imaculata Sanjaya")).extracting(f -> f.birthPlace(), f -> f.birthDate())
                    .containsExactly("Ruteng", java.time.LocalDate.of(1986, 3, 15));
            assertThat(form(s, "Gregorius Ndaung")).extracting(f -> f.birthPlace(), f -> f.birthDate())
                    .containsExactly("RUTENG", java.time.LocalDate.of(1980, 9, 7));
        }
    }

    /** A sex the NIK disagrees with shows the file's value too, as the birth date does. */
    @Test
    void aSexTheNikDisagreesWithShowsTheFilesValue() throws Exception {
        Path f = csv("jenis-kelamin.csv",
                "NO,NAMA LENGKAP,NIK,TEMPAT/TGL LAHIR,JENIS KELAMIN",
                "1,Benyamin Jehaun,5310110101700035,\"Reo, 01-01-1970\",Pr");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2027("Reok", "Mata Air").dry(),
                    ImportService.Progress.NONE);
            assertThat(r.problems()).filteredOn(p -> p.problem().error())
                    .extracting(RowProblem::column, RowProblem::value, p -> p.problem().code())
                    .containsExactly(tuple("JENIS KELAMIN", "Pr", "NIK_SEX_MISMATCH"));
        }
    }

    /** A two-digit year the NIK does not hold is refused, saying a 4-digit year is needed: the century is never guessed. */
    @Test
    void aTwoDigitYearTheNikDoesNotHoldIsRefusedAskingForFourDigits() throws Exception {
        Path f = csv("tahun-pendek.csv",
                "NO,NAMA LENGKAP,NIK,TEMPAT/TGL LAHIR,JENIS KELAMIN",
                "1,Yohanes Bosco,5310111203850031,\"Reo,12-03-86\",Lk",
                "2,Maria Sanjaya,5310115503860032,Ruteng / 15 Maret 86,Pr",
                "3,Agata Ninu,5310116112900034,\"Reo, 21-12-90\",Pr",
                "4,Benyamin Jehaun,531011010170,\"Reo, 01-01-70\",Lk");
        Path column = csv("tgl-lahir.csv",
                "NO;NIK;NAMA;JENIS KELAMIN;TGL LAHIR",
                "1;5310011402830011;Silvester Nggoro;Laki-laki;14/02/83",
                "2;5310016208870012;Emerensiana Ndiung;P;22/08/78");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2027("Reok", "Mata Air").dry(),
                    ImportService.Progress.NONE);
            // row 2: 86 against a NIK of 1985; row 5: a 12-digit NIK says no date at all
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("IMPORT_SHORT_YEAR"))
                    .extracting(RowProblem::row, RowProblem::value, p -> p.problem().args().get(0))
                    .containsExactly(tuple(2, "Reo,12-03-86", "12-03-86"), tuple(5, "Reo, 01-01-70", "01-01-70"));
            assertThat(r.problems()).filteredOn(p -> p.row() == 3 || p.row() == 4).noneMatch(p -> p.problem().error());

            ImportService.Report c = s.imports().importFile(column, provinsi2027("Wae Rii", "Golo Cador").dry(),
                    ImportService.Progress.NONE);
            assertThat(c.problems()).filteredOn(p -> p.problem().error())
                    .extracting(RowProblem::row, RowProblem::column, p -> p.problem().code())
                    .containsExactly(tuple(3, "TGL LAHIR", "IMPORT_SHORT_YEAR"));
        }
    }

    /** Separators villages put between place and date; a date with no place, or no date, is no place and date. */
    @Test
    void placeAndDateAreSplitAtTheCommonSeparators() {
        java.time.LocalDate may12 = java.time.LocalDate.of(1985, 5, 12);
        for (String cell : List.of("Ruteng, 12-05-1985", "Ruteng / 12-05-1985", "Ruteng/12/05/1985", "Ruteng - 12.05.1985",
                "Ruteng; 12 Mei 1985", "Ruteng | 1985-05-12", "Ruteng 12 Mei 1985", "Ruteng, 12 Mei, 1985")) {
            assertThat(Values.placeAndDate(cell)).as(cell).get()
                    .extracting(Values.PlaceAndDate::place, Values.PlaceAndDate::date).containsExactly("Ruteng", may12);
        }
        assertThat(Values.placeAndDate("Satar Mese / 15 Maret 1986")).get().extracting(Values.PlaceAndDate::place)
                .isEqualTo("Satar Mese");
        assertThat(Values.placeAndDate("Reo,12-03-85")).get()
                .extracting(Values.PlaceAndDate::place, Values.PlaceAndDate::date, p -> p.shortDate().year())
                .containsExactly("Reo", null, 85);
        for (String cell : List.of("12-05-1985", "Ruteng", "Ruteng / 31-02-1985", "Ruteng / 12-13-85", "Ruteng / 1985",
                "Ruteng" + " -".repeat(20_000) + "x")) {
            assertThat(Values.placeAndDate(cell)).as(cell).isEmpty();
        }
    }

    /**
     * The trial's hand-made workbook lacks its sheet ({@code /xl/worksheets/sheet1.xml}); a workbook cut short in sending
     * is no zip any more. Both are said to be damaged or incomplete, to be saved again from Excel, in both languages and
     * without the library's English words.
     */
    @Test
    void aDamagedWorkbookIsSaidToBeDamagedInTheClerksWords() throws Exception {
        Path noSheet = TestRegions.resource("village/tanpa-sheet-rusak.xlsx", dir);
        byte[] whole = Files.readAllBytes(TestRegions.resource("village/Daftar BPJS TK Desa Golo Cador 2026.xlsx", dir));
        Path cut = Files.write(dir.resolve("terpotong.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        try (PayungServices s = fresh()) {
            for (Path file : List.of(noSheet, cut)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.imports().preview(file, provinsi2027(null, null)))
                        .as(file.getFileName().toString())
                        .isInstanceOfSatisfying(ImportFileException.class, e -> {
                            assertThat(e.code()).isEqualTo("XLSX_DAMAGED");
                            assertThat(e.args()).containsExactly(file.getFileName().toString());
                        });
            }
        }
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ROOT, java.util.Locale.ENGLISH}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages", locale,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            String said = java.text.MessageFormat.format(bundle.getString("import.problem.XLSX_DAMAGED"), "handmade.xlsx");
            assertThat(said).as(locale.toString()).startsWith("handmade.xlsx ").contains("Excel")
                    .containsAnyOf("rusak atau tidak lengkap", "damaged or incomplete").doesNotContain("not found");
        }
    }
}
