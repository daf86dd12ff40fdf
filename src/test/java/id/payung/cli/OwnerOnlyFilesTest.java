package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.ReplacingWrite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file Payung writes that holds personal data is created readable by its owner only (UU 27/2022),
 * whatever the umask, and replacing a file never widens its permissions.
 */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void everyListTheCommandLineWritesIsOwnerOnly() throws Exception {
        String db = console.init(dir.resolve("payung.db"));
        Path list = dir.resolve("daftar.csv");
        StringBuilder csv = new StringBuilder("NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan\n");
        csv.append("5310011205850001;Andi;L;12/05/1985;Langke Rembong;Petani\n");
        csv.append("5310015204850002;Maria;P;12/04/1985;Langke Rembong;Petani\n");
        csv.append("12;Salah;L;12/05/1985;Langke Rembong;Petani\n");
        Files.writeString(list, csv, StandardCharsets.UTF_8);
        Path errors = dir.resolve("masalah.csv");
        console.run("import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--skip-invalid", "--errors", errors.toString());
        assertThat(errors).content().contains("row;column;value;reason;name");

        Path[] written = {
            dir.resolve("peserta.csv"), dir.resolve("peserta-lengkap.xlsx"), dir.resolve("audit.csv"),
            dir.resolve("cocok.csv"), dir.resolve("lampiran.pdf"), dir.resolve("porsi.pdf"), dir.resolve("templat.xlsx"),
            dir.resolve("demo.csv")};
        assertThat(console.run("export", "enrollments", "--out", written[0].toString(), "--db", db)).isZero();
        assertThat(console.run("export", "enrollments", "--full-nik", "--out", written[1].toString(), "--db", db)).isZero();
        assertThat(console.run("export", "audit", "--out", written[2].toString(), "--db", db)).isZero();
        assertThat(console.run("reconcile", list.toString(), "--out", written[3].toString(), "--db", db)).isZero();
        assertThat(console.run("report", "annex", "--funder", "APBD-KAB-MGR", "--year", "2026", "--format", "pdf",
                "--out", written[4].toString(), "--db", db)).isZero();
        assertThat(console.run("report", "funding-shares", "--year", "2026", "--format", "pdf",
                "--out", written[5].toString(), "--db", db)).isZero();
        assertThat(console.run("template", "--out", written[6].toString(), "--db", db)).isZero();
        assertThat(console.run("demo", "generate", "--rows", "3", "--out", written[7].toString())).isZero();
        for (Path p : written) {
            assertThat(Files.size(p)).as(p.toString()).isPositive();
            assertThat(permissions(p)).as(p.toString()).isEqualTo("rw-------");
        }
        assertThat(permissions(errors)).isEqualTo("rw-------");
    }

    @Test
    void anEmptyFileNamedByDbBecomesOwnerOnlyWhenItBecomesTheDatabase() throws Exception {
        Path db = Files.createFile(dir.resolve("kosong.db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-r--"));
        // A command refuses it now (a 0-byte file is more often a failed copy: trial 20b M2); init makes it the database.
        assertThat(console.run("report", "funding-shares", "--year", "2026", "--db", db.toString())).isEqualTo(1);
        assertThat(console.run("init", "--db", db.toString())).isZero();
        assertThat(Files.size(db)).isPositive();
        assertThat(permissions(db)).isEqualTo("rw-------");
    }

    @Test
    void aDatabaseRestoredFromAWorldReadableCopyIsOwnerOnly() throws Exception {
        Path db = dir.resolve("payung.db");
        Path copy = dir.resolve("salinan.db");
        try (id.payung.service.facade.PayungServices s = id.payung.service.facade.PayungServices.open(db, true,
                id.payung.service.TestData.CLOCK)) {
            s.backups().backupTo(copy);
        }
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(console.run("restore", "--from", copy.toString(), "--db", db.toString())).isZero();
        assertThat(permissions(db)).isEqualTo("rw-------");
    }

    @Test
    void replacingAFileNeverWidensItsPermissions() throws Exception {
        Path shared = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        Path closed = Files.writeString(dir.resolve("closed.csv"), "old");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rw-------"));
        for (Path p : new Path[] {shared, closed}) {
            ReplacingWrite.replace(p, out -> {
                out.write("new".getBytes(StandardCharsets.UTF_8));
                return null;
            });
            assertThat(p).hasContent("new");
            assertThat(permissions(p)).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
