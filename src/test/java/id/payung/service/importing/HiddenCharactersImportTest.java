package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.InvalidInputException;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 23b M4, M5 with the trial's rows (hostile.csv): a name with a zero-width space is imported without it and
 * said with its row; a name with U+202E is refused with its row; a NIK in Arabic-Indic or full-width digits is read as
 * 0–9 and said, not refused as "not digits". The form's save takes the zero-width characters out as the import does
 * and refuses the direction control as it does.
 */
class HiddenCharactersImportTest {
    @TempDir
    Path dir;

    @Test
    void theTrialsRowsAreReadAsTheRuleSays() throws Exception {
        Path csv = Files.writeString(dir.resolve("hostile.csv"), """
                NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan
                5310011001900005;Maria\u200BDagur;L;10/01/1990;Reok;Petani;CSR;01/2026;12
                5310011001900006;\u202EruguD airaM;L;10/01/1990;Reok;Petani;CSR;01/2026;12
                ٥٣١٠٠١١٠٠١٩٠٠٠٠٧;Arab Digits;L;10/01/1990;Reok;Petani;CSR;01/2026;12
                ５３１００１１００１９００００８;Fullwidth Digits;L;10/01/1990;Reok;Petani;CSR;01/2026;12
                """, StandardCharsets.UTF_8);
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK)) {
            ImportService.Report r = s.imports().importFile(csv, new ImportOptions(null, null, null, null, true, false,
                    null), ImportService.Progress.NONE);
            assertThat(r.imported()).as(String.valueOf(r.problems())).isEqualTo(3);
            assertThat(r.rejected()).isEqualTo(1);
            Map<String, String> stored = s.register().page(RegisterFilter.all(), RegisterSort.defaultOrder(), null, 10)
                    .rows().stream().collect(Collectors.toMap(EnrollmentSummary::nik, EnrollmentSummary::fullName));
            assertThat(stored).containsOnly(Map.entry("5310011001900005", "Maria Dagur"),
                    Map.entry("5310011001900007", "Arab Digits"), Map.entry("5310011001900008", "Fullwidth Digits"));

            List<RowProblem> problems = r.problems();
            assertThat(problems).filteredOn(p -> p.problem().code().equals("NAME_INVISIBLE")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.row()).isEqualTo(2);
                        assertThat(p.problem().error()).isFalse();
                        assertThat(p.problem().args()).containsExactly("Maria Dagur");
                        assertThat(p.value()).isEqualTo("Maria[U+200B]Dagur");
                    });
            assertThat(problems).filteredOn(p -> p.problem().code().equals("NAME_DIRECTION_CONTROL")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.row()).isEqualTo(3);
                        assertThat(p.problem().error()).isTrue();
                        assertThat(p.value()).isEqualTo("[U+202E]ruguD airaM");
                        assertThat(p.name()).isEqualTo("[U+202E]ruguD airaM");
                    });
            assertThat(problems).filteredOn(p -> p.problem().code().equals("NIK_OTHER_DIGITS"))
                    .extracting(RowProblem::row, RowProblem::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(4, "531001********07"),
                            org.assertj.core.groups.Tuple.tuple(5, "531001********08"));
            assertThat(problems).noneMatch(p -> p.problem().code().equals("NIK_NOT_DIGITS"));
        }
    }

    @Test
    void theFormSavesTheNameWithoutZeroWidthCharactersAndRefusesADirectionControl() {
        try (PayungServices s = PayungServices.open(dir.resolve("form.db"), true, TestData.CLOCK)) {
            var saved = s.enrollments().enrol(TestData.form("5310015204850001", "Maria\u200B Jelita\u2060", "MANDIRI",
                    YearMonth.of(2026, 1), null));
            assertThat(s.enrollments().history(saved.personId()).person().fullName()).isEqualTo("Maria Jelita");
            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5310011205850002", "\u202EruguD airaM",
                    "MANDIRI", YearMonth.of(2026, 1), null))).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).anyMatch(p -> p.code().equals("NAME_DIRECTION_CONTROL")));
            var arabic = s.enrollments().enrol(TestData.form("5310011205850003", "Yohanes Dagur", "MANDIRI",
                    YearMonth.of(2026, 1), null).withNik("٥٣١٠٠١١٢٠٥٨٥٠٠٠٣"));
            assertThat(s.enrollments().history(arabic.personId()).person().nik()).isEqualTo("5310011205850003");
        }
    }
}
