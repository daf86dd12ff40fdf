package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 19: a provincial reader's register export named "Satar Mese" for the kecamatan of that name in two regencies.
 * Each is named with its regency as the register's Kecamatan column names it (one rule, RegionNaming); a regency's
 * clerk's export names the kecamatan alone, as before. Regencies side by side are a server's: PostgreSQL only.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderRegisterExportTest {
    private final ServerFixture server;

    @TempDir
    Path dir;

    ReaderRegisterExportTest(ServerFixture server) {
        this.server = server;
    }

    @BeforeAll
    void seed() throws Exception {
        server.seedSatarMeseInBothRegencies();
    }

    @Test
    void theReadersRegisterFileNamesEachKecamatansRegency() throws Exception {
        Path csv = dir.resolve("peserta-provinsi.csv");
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.exports().replacingExisting().enrollments(RegisterFilter.all(), csv, false)).isEqualTo(2);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Maria Jelita;")
                .contains(";Satar Mese (Kabupaten Manggarai);"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Kornelis Jehadu;")
                .contains(";Satar Mese (Kabupaten Manggarai Barat);"));

        Path clerks = dir.resolve("peserta-kabupaten.csv");
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.exports().replacingExisting().enrollments(RegisterFilter.all(), clerks, false)).isEqualTo(1);
        }
        assertThat(Files.readAllLines(clerks, StandardCharsets.UTF_8).get(1)).as("a regency's clerk: the name alone")
                .contains(";Satar Mese;");
    }

    /**
     * Trial 19b: maria's workbook said "Dibuat … oleh root" (the PC's user) where Jejak audit named maria: a clerk's
     * file names the login, as the export's audit entry does.
     */
    @Test
    void aClerksWorkbookNamesTheLoginThatMadeIt() throws Exception {
        Path xlsx = dir.resolve("peserta-siti.xlsx");
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.exports().replacingExisting().enrollments(RegisterFilter.all(), xlsx, false)).isEqualTo(1);
        }
        List<String> firstColumn;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                xlsx.toFile())) {
            firstColumn = wb.getFirstSheet().read().stream().filter(r -> r.getCellCount() > 0 && r.getCell(0) != null)
                    .map(r -> r.getCellText(0)).toList();
        }
        assertThat(firstColumn).anySatisfy(l -> assertThat(l).startsWith("Dibuat ").endsWith(" oleh " + server.siti()));
    }
}
