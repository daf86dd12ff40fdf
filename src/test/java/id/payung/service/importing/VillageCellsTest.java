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
}
