package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21b M5: with another program holding the file ({@code sqlite3} with BEGIN EXCLUSIVE) {@code payung import}
 * said "waiting for another import or save" (there was none) and waited on without a word: a script could hang for
 * ever. It still waits (issue 19), names no writer it cannot know, says how long so far, and {@code --wait SECONDS}
 * gives up with exit code 3 and nothing written.
 */
class WaitLimitCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void anImportGivesUpAfterWaitSecondsWhileAnotherProgramHoldsTheFile() throws Exception {
        Path db = dir.resolve("office.db");
        console.init(db);
        Path csv = dir.resolve("a.csv");
        java.io.StringWriter rows = new java.io.StringWriter();
        id.payung.service.DemoData.writeCsv(rows, 5, 9);
        Files.writeString(csv, rows.toString(), StandardCharsets.UTF_8);
        String before;
        try (Connection sqlite3 = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = sqlite3.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            long started = System.nanoTime();
            int exit = console.run("import", csv.toString(), "--db", db.toString(), "--wait", "2");
            long took = (System.nanoTime() - started) / 1_000_000L;

            assertThat(exit).as(console.err()).isEqualTo(3);
            assertThat(took).isBetween(1_500L, 30_000L);
            assertThat(console.err()).contains("payung: waiting for another write to ")
                    .contains("another program that has the file open").contains("giving up after 2 s (--wait)")
                    .contains("gave up after waiting").contains("nothing was written")
                    .doesNotContain("another import or save");
            st.execute("ROLLBACK");
            try (var rs = st.executeQuery("SELECT count(*) FROM import_batch")) {
                before = String.valueOf(rs.getLong(1));
            }
        }
        assertThat(before).as("no batch written").isEqualTo("0");
    }

    @Test
    void aNegativeWaitIsRefusedAsAnOption() {
        Path db = dir.resolve("office.db");
        console.init(db);
        assertThat(console.run("backup", "--db", db.toString(), "--wait", "-1")).as(console.err()).isEqualTo(2);
    }

    @Test
    void aLongWaitSaysHowLongSoFarEveryThirtySeconds() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WaitSaid said = new WaitSaid(Path.of("office.db"), null, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                now::get);
        said.waiting(true);
        for (int half = 1; half <= 130; half++) { // 65 s in half seconds
            now.addAndGet(Duration.ofMillis(500).toNanos());
            assertThat(said.givesUp()).isFalse();
        }
        String err = bytes.toString(StandardCharsets.UTF_8);
        assertThat(err.lines()).containsExactly(
                "payung: waiting for another write to office.db to finish (an import or save of Payung, or another"
                        + " program that has the file open) …",
                "payung: still waiting for another write to office.db to finish (30 s so far) …",
                "payung: still waiting for another write to office.db to finish (60 s so far) …");
    }

    /**
     * Trial 21d: {@code payung server …}'s help offered {@code --wait}, which no server command heeds (the shared --db
     * option carried it). It is offered where a write can wait for another writer of a file: the data commands.
     */
    @Test
    void waitIsOfferedByTheDataCommandsNotByTheServerCommands() {
        for (String server : java.util.List.of("init", "add-user", "set-password", "disable-user", "enable-user",
                "import-file", "province-settings")) {
            console.clearOut();
            assertThat(console.run("server", server, "--help")).isZero();
            assertThat(console.out()).as(server).contains("--db=FILE").doesNotContain("--wait");
        }
        for (String data : java.util.List.of("import", "backup", "restore", "init")) {
            console.clearOut();
            assertThat(console.run(data, "--help")).isZero();
            assertThat(console.out()).as(data).contains("--db=FILE").contains("--wait=SECONDS");
        }
    }
}
