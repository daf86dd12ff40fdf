package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.LogFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The log names the database the command was told to use, wherever on the line --db was written. */
class CommandLogTest {
    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        LogFile.uninstall();
    }

    @Test
    void theStartLineNamesTheCommandsOwnDatabase() throws IOException {
        String db = console.init(dir.resolve("kantor.db"));
        Path log = LogFile.install(dir.resolve("logs"), Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);

        assertThat(console.run("report", "funding-shares", "--year", "2025", "--db", db)).isZero();
        assertThat(console.run("--db", db, "report", "funding-shares", "--year", "2025")).isZero();
        LogFile.uninstall();

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.contains("(command payung report funding-shares), database ")
                && l.contains(Path.of(db).getFileName() + ", Java")))
                .as("both start lines name the file given, not the data folder's: " + text).hasSize(2);
    }
}
