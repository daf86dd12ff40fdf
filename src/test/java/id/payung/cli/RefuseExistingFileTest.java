package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line never overwrites: only the window, whose save dialog asked, replaces a file. */
class RefuseExistingFileTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void exportsAndReportsRefuseAFileThatExistsAndLeaveItAlone() throws Exception {
        String db = console.init(dir.resolve("payung.db"));
        Path xlsx = Files.writeString(dir.resolve("porsi.xlsx"), "keep");
        Path pdf = Files.writeString(dir.resolve("laporan.pdf"), "keep");
        Path csv = Files.writeString(dir.resolve("peserta.csv"), "keep");
        Path template = Files.writeString(dir.resolve("templat.xlsx"), "keep");
        assertThat(console.run("export", "funding-shares", "--year", "2025", "--out", xlsx.toString(), "--db", db)).isEqualTo(1);
        assertThat(console.run("report", "funding-shares", "--year", "2025", "--format", "pdf", "--out", pdf.toString(),
                "--db", db)).isEqualTo(1);
        assertThat(console.run("export", "enrollments", "--out", csv.toString(), "--db", db)).isEqualTo(1);
        assertThat(console.run("template", "--out", template.toString(), "--db", db)).isEqualTo(1);

        assertThat(console.err()).contains("porsi.xlsx: the file exists already")
                .contains("laporan.pdf: the file exists already").contains("peserta.csv: the file exists already")
                .contains("templat.xlsx: the file exists already");
        for (Path kept : new Path[] {xlsx, pdf, csv, template}) {
            assertThat(kept).hasContent("keep");
        }
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    /**
     * {@code import --errors} replaced any file: the database being imported into became a 33-byte CSV, the village's
     * list its own error list, another office's database an error list (trial 20b H1). It follows every --out now: an
     * existing file is refused before anything is imported, and left byte for byte.
     */
    @Test
    void importErrorsRefusesTheDatabaseTheListAndAnyExistingFile() throws Exception {
        Path dbFile = dir.resolve("payung.db");
        String db = console.init(dbFile);
        Path other = dir.resolve("other.db");
        console.init(other);
        Path list = Files.writeString(dir.resolve("daftar.csv"), "NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan\n"
                + "5310011205850001;Andi;L;12/05/1985;Langke Rembong;Petani\n"
                + "12;Salah;L;12/05/1985;Langke Rembong;Petani\n");
        Path earlier = Files.writeString(dir.resolve("masalah.csv"), "keep");
        for (Path target : new Path[] {dbFile, list, other, earlier}) {
            byte[] dbBefore = Files.readAllBytes(dbFile);
            byte[] before = Files.readAllBytes(target);
            assertThat(console.run("import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                    "--skip-invalid", "--errors", target.toString())).as(target.toString()).isEqualTo(1);
            assertThat(console.err()).contains(target.getFileName() + ": the file exists already");
            assertThat(Files.readAllBytes(target)).as(target.toString()).isEqualTo(before);
            assertThat(Files.readAllBytes(dbFile)).as("nothing imported").isEqualTo(dbBefore);
        }
        assertThat(console.out()).doesNotContain("imported");
        // A new name is written as before.
        Path fresh = dir.resolve("masalah-baru.csv");
        assertThat(console.run("import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR", "--from", "2026-01",
                "--skip-invalid", "--errors", fresh.toString())).isZero();
        assertThat(fresh).content().contains("row;column;value;reason;name");
    }
}
