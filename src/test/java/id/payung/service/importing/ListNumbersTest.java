package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21c: "Baris" is the file's line, the village numbers its rows in a NO column; on the phone the numbers did
 * not match. The report gives, for each row with a problem, the list's own number, in a check and in a refused import.
 * (Read from the file alone: no engine's difference.)
 */
class ListNumbersTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    private static ImportOptions options() {
        return ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(2026, 1), 12);
    }

    @Test
    void eachProblemRowHasTheListsOwnNumber() throws Exception {
        PayungServices s = engine.services();
        Path list = Files.writeString(dir.resolve("daftar NO 26-28.csv"), "DAFTAR PEKERJA RENTAN;;;\n;;;\n"
                + "NO;NIK;Nama;Kecamatan\n26;5310011205850001;Yohanes Jehadu;Ruteng\n27;531001120585002;Maria Jelita;Ruteng\n"
                + "28.;5310011205850003;Agus Salim;Ruteng\n29;53100112058;Lukas Ndaung;Ruteng\n");

        ImportService.Report checked = s.imports().importFile(list, options().dry(), ImportService.Progress.NONE);
        assertThat(checked.problems()).extracting(RowProblem::row).containsExactly(5, 7);
        assertThat(checked.listNumbers()).isEqualTo(Map.of(5, "27", 7, "29"));
        assertThat(checked.listNumber(5)).isEqualTo("27");
        assertThat(checked.listNumber(4)).as("a row without a problem is not listed").isNull();

        ImportService.Report refused = s.imports().importFile(list, options(), ImportService.Progress.NONE);
        assertThat(refused.written()).isFalse();
        assertThat(refused.listNumbers()).isEqualTo(Map.of(5, "27", 7, "29"));
    }

    @Test
    void aListWithoutANoColumnGivesNone() throws Exception {
        PayungServices s = engine.services();
        Path list = Files.writeString(dir.resolve("daftar.csv"), "NIK;Nama;Kecamatan\n531001120585002;Maria Jelita;Ruteng\n");
        ImportService.Report checked = s.imports().importFile(list, options().dry(), ImportService.Progress.NONE);
        assertThat(checked.problems()).isNotEmpty();
        assertThat(checked.listNumbers()).isEmpty();
    }
}
