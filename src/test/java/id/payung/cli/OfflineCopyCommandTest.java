package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.OfflineCopyMarks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk's offline copy of the server on the command line: {@code payung import}, {@code regions import} and a
 * {@code restore} into it are refused (exit code 1, as any refused write) saying what it is and the way back; reports
 * and backups of it still work; {@code payung restore --from COPY} into a working file is the deliberate way back when
 * the server is lost (README, docs/SERVER.md).
 */
class OfflineCopyCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void writesIntoACopyAreRefusedReadsWorkAndRestoreMakesAWorkingFile() throws Exception {
        String copy = console.init(dir.resolve("salinan.db"));
        OfflineCopyMarks.mark(Path.of(copy));
        byte[] before = Files.readAllBytes(Path.of(copy));
        console.clearOut();

        Path regions = id.payung.service.TestRegions.resource("regions/wilayah-5310.csv", dir);
        Path list = id.payung.service.TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);
        String other = console.init(dir.resolve("other.db"));
        for (String[] write : new String[][] {
            {"regions", "import", regions.toString(), "--db", copy},
            {"import", list.toString(), "--db", copy, "--from", "2026-01", "--funder", "APBDES-MGR", "--skip-invalid"},
            {"restore", "--from", other, "--db", copy}}) {
            console.clearOut();
            assertThat(console.run(write)).as(String.join(" ", write)).isEqualTo(1);
            assertThat(console.err()).as(String.join(" ", write)).contains("is an offline copy of the server"
                    + " kantor.local/payung (login siti, 07/12/2026 05:12): for reading only; changes are made on the"
                    + " server", "payung restore --from");
        }
        assertThat(Files.readAllBytes(Path.of(copy))).as("nothing written").isEqualTo(before);

        console.clearOut();
        assertThat(console.run("report", "funding-shares", "--year", "2025", "--db", copy)).isZero();
        assertThat(console.run("backup", "--db", copy, "--out", dir.resolve("b.db").toString())).isZero();

        // The server lost: the copy's data restored into a new working file.
        String working = console.init(dir.resolve("kantor.db"));
        console.clearOut();
        assertThat(console.run("restore", "--from", copy, "--db", working)).isZero();
        try (PayungServices file = PayungServices.open(Path.of(working), false, TestData.CLOCK)) {
            assertThat(file.readOnly()).isFalse();
            assertThat(file.offlineCopyMark()).isNull();
        }
    }
}
