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
}
