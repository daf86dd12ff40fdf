package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk filling up while the command line writes a list: {@code import --errors} left a truncated list
 * and {@code reconcile --out} an empty or cut-off file. A child JVM runs under {@code ulimit -f} (the JVM
 * ignores SIGXFSZ, so a write past the limit fails with "File too large" as on a full disk).
 */
class FullDiskFilesTest {
    private static final int LIMIT_KB = 300;

    @TempDir
    Path dir;

    private Path nativeLibrary;

    @BeforeEach
    void linuxWithBash() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        Assumptions.assumeTrue(os.contains("linux") && Files.isExecutable(Path.of("/bin/bash")));
        String folder = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : null;
        Assumptions.assumeTrue(folder != null);
        // sqlite-jdbc would unpack its 1 MB native library under the same file-size limit: give it one unpacked.
        Path lib = Files.createDirectories(dir.resolve("lib"));
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(
                "/org/sqlite/native/Linux/" + folder + "/libsqlitejdbc.so")) {
            Assumptions.assumeTrue(in != null);
            Files.copy(in, lib.resolve("libsqlitejdbc.so"), StandardCopyOption.REPLACE_EXISTING);
        }
        nativeLibrary = lib;
        PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK).close();
    }

    @Test
    void aFullDiskLeavesNoTruncatedErrorList() throws Exception {
        StringBuilder csv = new StringBuilder("NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("12;Nama ").append(i).append(";L;12/05/1985;Langke Rembong;Petani\n");
        }
        Path list = Files.writeString(dir.resolve("salah.csv"), csv);
        Path errors = dir.resolve("masalah.csv"); // a new file only, as every --out (trial 20b H1)

        Child child = run("import", list.toString(), "--db", dir.resolve("payung.db").toString(), "--funder",
                "APBD-KAB-MGR", "--from", "2026-01", "--dry-run", "--errors", errors.toString());

        assertThat(child.exit()).isNotZero();
        assertThat(child.err()).contains("cannot write").contains("masalah.csv").doesNotContain("Exception");
        assertThat(errors).doesNotExist();
        assertNoPartFiles();
    }

    @Test
    void aFullDiskLeavesNoEmptyOrCutOffReconcileFile() throws Exception {
        StringBuilder csv = new StringBuilder("NIK;Nama;Status\n");
        for (int i = 1; i <= 30_000; i++) {
            csv.append(String.format("53100112058%05d;Peserta BPJS %d;AKTIF%n", i, i));
        }
        Path bpjs = Files.writeString(dir.resolve("bpjs.csv"), csv);
        Path out = dir.resolve("cocok.csv");

        Child child = run("reconcile", bpjs.toString(), "--db", dir.resolve("payung.db").toString(), "--out", out.toString());

        assertThat(child.exit()).isNotZero();
        assertThat(child.err()).contains("cannot write").contains("cocok.csv").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertNoPartFiles();
    }

    private void assertNoPartFiles() throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    record Child(int exit, String err) {
    }

    private Child run(String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.lib.path=" + nativeLibrary, "-Dorg.sqlite.lib.name=libsqlitejdbc.so",
                "-cp", classpath, "id.payung.app.Launcher"));
        java.addAll(List.of(args));
        StringBuilder command = new StringBuilder("ulimit -f " + LIMIT_KB + "; exec");
        for (String a : java) {
            command.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        Path err = dir.resolve("stderr.txt");
        // stdout is thrown away (a file would meet the limit too); stderr is short.
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", command.toString());
        // A data folder of its own: the user's log (a rolling file up to its own limit) may be larger than the
        // file limit, and the child's first log line then failed before the list it is about.
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command ran longer than 3 minutes");
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Child(p.exitValue(), text);
    }
}
