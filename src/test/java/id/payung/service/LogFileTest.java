package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: NIKs never written whole, rolling over a fixed number of files of a fixed size. */
class LogFileTest {
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        LogFile.uninstall();
    }

    @Test
    void aNikInALogLineOrItsStackTraceIsMaskedInTheFile() throws IOException {
        Path file = LogFile.install(dir.resolve("logs"), Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);

        LogFile.logger("import").info("row 7: NIK 5310011205850001 is already in the register");
        LogFile.logger("task").log(Level.SEVERE, "task failed",
                new IllegalStateException("duplicate 5310 0112 0585 0002 in row 9"));
        LogFile.uninstall(); // flushes and closes

        assertThat(file).isEqualTo(dir.resolve("logs").resolve("payung.0.log"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("INFO").contains("id.payung.import: row 7: NIK 531001********01 is already")
                .contains("SEVERE").contains("java.lang.IllegalStateException: duplicate 531001********02 in row 9")
                .contains("at id.payung.service.LogFileTest")
                .doesNotContain("5310011205850001").doesNotContain("5310 0112 0585 0002")
                .doesNotContain("5310011205850002");
    }

    @Test
    void aSecondPayungNamesTheFileItReallyWritesNotTheFirstOnes() throws Exception {
        Path folder = dir.resolve("logs");
        Files.createDirectories(folder);
        // Another Payung (another process) writes payung.0.log and holds its lock.
        Process first = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), HoldsTheLog.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(first.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("holding");

            Path file = LogFile.install(folder, Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);
            LogFile.logger("task").warning("written by the second Payung");
            assertThat(LogFile.current()).isEqualTo(file);
            LogFile.uninstall();

            assertThat(file).isEqualTo(folder.resolve("payung.0.log.1"));
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("written by the second Payung")
                    .contains("log of process " + ProcessHandle.current().pid());
            assertThat(Files.readString(folder.resolve("payung.0.log"), StandardCharsets.UTF_8))
                    .contains("the first Payung's record").doesNotContain("written by the second Payung");
        } finally {
            first.getOutputStream().close(); // lets it end
            first.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            first.destroy();
        }
    }

    @Test
    void withTheFileFreeItIsTheFirstOneAgain() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("logs"));
        java.util.logging.FileHandler other = new java.util.logging.FileHandler(
                folder.resolve(LogFile.PATTERN).toString(), LogFile.LIMIT_BYTES, LogFile.FILES, true);
        try {
            assertThat(LogFile.install(folder, Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES))
                    .isEqualTo(folder.resolve("payung.0.log.1")); // taken in this process too
        } finally {
            other.close();
        }
        LogFile.uninstall();
        assertThat(LogFile.install(folder, Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES))
                .isEqualTo(folder.resolve("payung.0.log"));
    }

    /** The first Payung: writes a record to payung.0.log and holds it until its input closes. */
    public static final class HoldsTheLog {
        public static void main(String[] args) throws IOException {
            LogFile.install(Path.of(args[0]), Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);
            LogFile.logger("startup").info("the first Payung's record");
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our input
            }
            LogFile.uninstall();
        }
    }

    @Test
    void aFileInstalledInTheBackgroundLosesNoRecordWrittenAtOnce() throws IOException {
        LogFile.installInBackground(dir.resolve("logs"), Level.INFO);
        LogFile.logger("startup").info("the first record, written before the file may exist");
        LogFile.uninstall();

        assertThat(Files.readString(dir.resolve("logs").resolve("payung.0.log"), StandardCharsets.UTF_8))
                .contains("id.payung.startup: the first record, written before the file may exist");
    }

    @Test
    void theFileRollsOverAFixedNumberOfFilesOfAFixedSize() throws IOException {
        Path folder = dir.resolve("logs");
        LogFile.install(folder, Level.INFO, 2_000, 3);

        for (int i = 0; i < 200; i++) {
            LogFile.logger("backup").info("backup " + i + " finished: " + "x".repeat(60));
        }
        LogFile.uninstall();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")))
                    .containsExactlyInAnyOrder("payung.0.log", "payung.1.log", "payung.2.log");
        }
        for (String name : new String[] {"payung.0.log", "payung.1.log", "payung.2.log"}) {
            assertThat(Files.size(folder.resolve(name))).isLessThanOrEqualTo(2_000 + 200); // a record may end past it
        }
        // The newest lines are in generation 0, older ones rolled on; the oldest fell off the end.
        assertThat(Files.readString(folder.resolve("payung.0.log"))).contains("backup 199 finished");
        assertThat(Files.readString(folder.resolve("payung.2.log"))).doesNotContain("backup 0 finished");
        assertThat(Files.readString(folder.resolve("payung.2.log")) + Files.readString(folder.resolve("payung.1.log"))
                + Files.readString(folder.resolve("payung.0.log"))).doesNotContain("backup 0 finished");
    }

    @Test
    void belowTheLevelNothingIsWritten() throws IOException {
        Path file = LogFile.install(dir, Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);
        LogFile.setLevel(Level.WARNING); // the command line after its start

        LogFile.logger("backup").info("backup started");
        LogFile.logger("cli").severe("backup failed");
        LogFile.uninstall();

        assertThat(Files.readString(file)).contains("backup failed").doesNotContain("backup started");
    }

    @Test
    void theDefaultFolderIsTheDataFoldersLogs() {
        assertThat(LogFile.defaultFolder()).isEqualTo(DataFolder.folder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")).resolve("logs"));
    }
}
