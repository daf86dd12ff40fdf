package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table shapes villages make in Excel that trial 18 found refused or half read (H1, M2, M26): a two-row header
 * with a group label over NIK and Nama and the other labels merged over both rows, a total row under the names, the
 * column numbers of official tables under the header, sex as two tick columns L and P. The files are the trial's
 * own (made in openpyxl with real merged cells), and CSV twins of them.
 */
class VillageTableShapesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    private PayungServices fresh() {
        PayungServices s = engine.services();
        TestRegions.loadManggarai(s, dir);
        return s;
    }

    private static ImportOptions provinsi2026() {
        return ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2026, 1), 12);
    }

    private static List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    /** The imported forms, in NIK order. */
    private static List<EnrollmentForm> forms(PayungServices s) {
        return register(s).stream().map(EnrollmentSummary::id).map(id -> s.enrollments().form(id))
                .sorted(Comparator.comparing(EnrollmentForm::nik)).toList();
    }

    private Path csv(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void aGroupLabelOverNikAndNamaKeepsTheLabelsMergedOverBothRowsAndEveryColumnIsListed() {
        Path list = TestRegions.resource("village/Daftar BPJS TK Desa Golo Cador 2026.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Preview p = s.imports().preview(list, provinsi2026());

            // NO, L/P, TGL LAHIR, PEKERJAAN live in the upper row (merged down over both); NIK, NAMA, DUSUN, DESA below.
            assertThat(p.headers()).containsExactly("NO", "NIK", "NAMA LENGKAP", "L/P", "TGL LAHIR", "ALAMAT / DUSUN",
                    "DESA", "PEKERJAAN");
            assertThat(new java.util.TreeMap<>(p.mapping())).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                    0, Column.ROW_NUMBER, 1, Column.NIK, 2, Column.NAME, 3, Column.SEX, 4, Column.BIRTH_DATE,
                    5, Column.ADDRESS, 6, Column.DESA, 7, Column.OCCUPATION)));
            assertThat(p.sample().get(0)).containsExactly("1", "5310012304870001", "Aloysius Jehaman", "L", "23/04/1987",
                    "Cador", "Golo Cador", "Petani");
        }
    }

    @Test
    void theGoloCadorListImportsWholeWithOccupationsAndItsTotalRowIsNoPerson() {
        Path list = TestRegions.resource("village/Daftar BPJS TK Desa Golo Cador 2026.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);

            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(8);
            // "JUMLAH" (merged over No and NIK) with "8 orang" under Nama: listed as not a person, not an error.
            assertThat(r.problems()).filteredOn(p -> p.row() == 15).extracting(p -> p.problem().code())
                    .containsExactly("IMPORT_NOT_A_PERSON");
            List<EnrollmentSummary> rows = register(s);
            assertThat(rows).filteredOn(e -> e.fullName().equals("Hironimus Dagur")).singleElement().satisfies(e -> {
                assertThat(e.occupationName()).isEqualTo("Perangkat desa");
                assertThat(e.segment()).isEqualTo(Segment.PU);
            });
            assertThat(rows).filteredOn(e -> e.fullName().equals("Stefanus Gampur")).singleElement()
                    .satisfies(e -> assertThat(e.occupationName()).isEqualTo("Tukang bangunan"));
            EnrollmentForm first = forms(s).get(0);
            assertThat(first.address()).isEqualTo("Cador");
        }
    }

    @Test
    void aCsvWithTheSameTwoHeaderRowsReadsTheSame() throws Exception {
        Path f = csv("golo-cador.csv",
                "DAFTAR PESERTA DESA GOLO CADOR;;;;;;;",
                ";;;;;;;",
                "NO;IDENTITAS;;L/P;TGL LAHIR;ALAMAT;;PEKERJAAN",
                ";NIK;NAMA LENGKAP;;;DUSUN;DESA;",
                "1;5310012304870001;Aloysius Jehaman;L;23/04/1987;Cador;Golo Cador;Petani",
                "2;5310010506830005;Hironimus Dagur;L;05/06/1983;Cador;Golo Cador;Sekretaris Desa",
                "JUMLAH;;2 orang;;;;;");
        try (PayungServices s = fresh()) {
            ImportService.Preview p = s.imports().preview(f, provinsi2026());
            assertThat(p.mapping()).containsEntry(3, Column.SEX).containsEntry(4, Column.BIRTH_DATE)
                    .containsEntry(7, Column.OCCUPATION);

            ImportService.Report r = s.imports().importFile(f, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.problems()).noneMatch(x -> x.problem().error());
            assertThat(r.imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::occupationName)
                    .containsExactly(tuple("Aloysius Jehaman", "Petani"), tuple("Hironimus Dagur", "Perangkat desa"));
        }
    }

    @Test
    void aLabelPayungCannotPlaceIsListedWithItsTextAndAColumnWithoutLabelIsListedToo() throws Exception {
        Path f = csv("rt.csv",
                "NO;DATA PRIBADI;;ALAMAT;;KETERANGAN LAIN;",
                ";NIK;NAMA;RT/RW;DESA;;",
                "1;5310012304870001;Aloysius Jehaman;001/002;Golo Cador;;Kebun kopi");
        try (PayungServices s = fresh()) {
            ImportService.Preview p = s.imports().preview(f, provinsi2026());
            assertThat(p.headers()).containsExactly("NO", "NIK", "NAMA", "ALAMAT / RT/RW", "DESA", "KETERANGAN LAIN", "");
            assertThat(p.mapping()).containsOnlyKeys(0, 1, 2, 3, 4).containsEntry(3, Column.ADDRESS);
        }
    }

    @Test
    void aTitleRowNamingTheDesaOverTheHeaderStaysATitle() throws Exception {
        Path f = csv("desa-titik-dua.csv",
                ";;;;",
                "Desa :;Golo Cador;;;",
                ";NIK;Nama;L/P;Desa",
                "1;5310012304870001;Aloysius Jehaman;L;Golo Cador");
        try (PayungServices s = fresh()) {
            ImportService.Preview p = s.imports().preview(f, provinsi2026());
            assertThat(p.headers()).containsExactly("", "NIK", "Nama", "L/P", "Desa");
            assertThat(p.mapping()).doesNotContainKey(0);
        }
    }

    @Test
    void aTotalRowIsNoPersonButAPersonWithoutNikStaysAnError() throws Exception {
        Path list = TestRegions.resource("village/A-single-header-total.xlsx", dir);
        Path f = csv("jumlah.csv",
                "No;NIK;Nama;Desa",
                "1;5310012304870101;Aloysius Jehaman;Ranggi",
                "2;;Maria Jelita;Ranggi",
                "Jumlah;;2;",
                "TOTAL;;;",
                "Jumlah peserta;;;");
        try (PayungServices s = fresh()) {
            ImportService.Report a = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);
            assertThat(a.problems()).noneMatch(p -> p.problem().error());
            assertThat(a.imported()).isEqualTo(3);
            assertThat(a.problems()).extracting(RowProblem::row, p -> p.problem().code())
                    .contains(tuple(9, "IMPORT_NOT_A_PERSON"));

            ImportService.Report r = s.imports().importFile(f, provinsi2026().dry(), ImportService.Progress.NONE);
            assertThat(r.problems()).filteredOn(p -> p.problem().error()).extracting(RowProblem::row)
                    .containsOnly(3);
            // "Jumlah | 2" (a count under Nama), "TOTAL", "Jumlah peserta": none of them an error
            assertThat(r.read()).isEqualTo(2);
        }
    }

    @Test
    void theColumnNumberRowUnderTheHeaderIsPassedOver() {
        Path list = TestRegions.resource("village/B-column-number-row.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.problems()).noneMatch(p -> p.problem().error());
            assertThat(r.written()).isTrue();
            assertThat(r.imported()).isEqualTo(3);
            assertThat(r.read()).isEqualTo(3);
        }
    }

    @Test
    void sexAsTwoTickColumnsIsReadFromTheOneTicked() {
        Path list = TestRegions.resource("village/C-LP-as-two-tick-columns.xlsx", dir);
        try (PayungServices s = fresh()) {
            ImportService.Preview p = s.imports().preview(list, provinsi2026());
            assertThat(p.headers()).containsExactly("NO", "NIK", "NAMA", "JENIS KELAMIN / L", "JENIS KELAMIN / P",
                    "TGL LAHIR", "DESA", "PEKERJAAN");

            ImportService.Report r = s.imports().importFile(list, provinsi2026(), ImportService.Progress.NONE);
            assertThat(r.problems()).noneMatch(x -> x.problem().error());
            assertThat(r.imported()).isEqualTo(3);
            assertThat(forms(s)).extracting(EnrollmentForm::sex, EnrollmentForm::birthDate).containsExactly(
                    tuple(Sex.L, LocalDate.of(1978, 11, 15)), tuple(Sex.L, LocalDate.of(1987, 4, 23)),
                    tuple(Sex.P, LocalDate.of(1990, 9, 21)));
        }
    }

    @Test
    void bothOrNeitherTickedIsTheRowsErrorSaidPlainly() throws Exception {
        Path f = csv("centang.csv",
                "No;NIK;Nama;L;P;Desa",
                "1;5310012304870101;Aloysius Jehaman;v;;Ranggi",
                "2;5310016109900102;Veronika Nabit;;1;Ranggi",
                "3;5310011511780103;Stefanus Gampur;√;√;Ranggi",
                "4;5310014702950104;Yasinta Mbeo;;;Ranggi");
        try (PayungServices s = fresh()) {
            ImportService.Report r = s.imports().importFile(f, provinsi2026().dry(), ImportService.Progress.NONE);
            assertThat(r.problems()).filteredOn(p -> p.problem().error())
                    .extracting(RowProblem::row, p -> p.problem().code(), RowProblem::column)
                    .containsExactly(tuple(4, "IMPORT_SEX_BOTH_TICKED", "L"), tuple(5, "IMPORT_SEX_NONE_TICKED", "L"));
            assertThat(r.imported()).isEqualTo(2);
        }
    }
}
