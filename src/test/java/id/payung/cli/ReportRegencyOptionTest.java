package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report funding-shares} and {@code report trend} with {@code --regency}: one regency's participants (trial
 * 20a: a province could not ask for Manggarai Barat's shares). An SQLite file is one office's (53.10): its rows are all
 * Manggarai's, none Manggarai Barat's; the server's regencies are told apart the same way (ProvincialReaderRegencyFilterTest).
 */
class ReportRegencyOptionTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.recordingWindows();

    @Test
    void fundingSharesAndTrendOfOneRegency() {
        String db = console.init(dir.resolve("a.db"));
        assertThat(console.run("report", "funding-shares", "--year", "2025", "--format", "csv", "--regency", "53.10",
                "--db", db)).as(console.err()).isZero();
        assertThat(console.out().lines()).containsExactly("funder_code,funder_name,participants,percent",
                "APBD-PROV-NTT,APBD Provinsi NTT,4280,81.1", "APBD-KAB-MGR,APBD Kabupaten Manggarai,1000,18.9");
        console.clearOut();
        // Another regency than the file's (or a clerk's login's): refused, never "Total 0" (trial 22a: read as "Manggarai
        // Barat has none"). A province's login reads each of its regencies (ProvincialReaderRegencyFilterTest).
        assertThat(console.run("report", "funding-shares", "--year", "2025", "--regency", "53.15", "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("--regency 53.15: this login does not read that regency's participants");
        assertThat(console.out()).doesNotContain("Total");
        assertThat(console.run("report", "trend", "--year", "2025", "--format", "csv", "--regency", "53.15", "--db", db))
                .isEqualTo(2);
        assertThat(console.run("report", "funding-shares", "--year", "2025", "--regency", "Manggarai", "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("--regency wants a kabupaten/kota code such as 53.15");
    }
}
