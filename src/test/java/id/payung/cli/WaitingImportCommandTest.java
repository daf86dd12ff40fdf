package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payung import} while another import (another Payung, on its own connection) holds the database:
 * the command waits, says so in one line on stderr, and imports once the other has committed.
 */
class WaitingImportCommandTest {
    private static final int PART = 120;

    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void aSecondImportWaitsSayingSoOnStderrThenImports() throws Exception {
        Path db = dir.resolve("payung.db");
        console.init(db);
        StringWriter csv = new StringWriter();
        DemoData.writeCsv(csv, 2L * PART, 9);
        List<String> lines = csv.toString().lines().toList();
        Path first = dir.resolve("satu.csv");
        Path second = dir.resolve("dua.csv");
        Files.write(first, Stream.concat(Stream.of(lines.get(0)), lines.subList(1, 1 + PART).stream()).toList(),
                StandardCharsets.UTF_8);
        Files.write(second, Stream.concat(Stream.of(lines.get(0)), lines.subList(1 + PART, lines.size()).stream()).toList(),
                StandardCharsets.UTF_8);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        id.payung.service.importing.HoldingProgress holding = new id.payung.service.importing.HoldingProgress();
        try (PayungServices other = PayungServices.open(db, false, TestData.CLOCK)) {
            Future<ImportService.Report> held = threads.submit(() -> other.imports().importFile(first,
                    ImportOptions.defaults(), holding));
            assertThat(holding.awaitWriting(30)).isTrue();
            Future<Integer> command = threads.submit(() -> console.run("import", second.toString(), "--db", db.toString()));

            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!console.err().contains("waiting for another write") && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(console.err()).containsOnlyOnce("payung: waiting for another write to ").containsOnlyOnce(" to finish (an import or save of Payung, or another program");
            assertThat(command.isDone()).isFalse();
            holding.letGo();
            assertThat(held.get(60, TimeUnit.SECONDS).written()).isTrue();
            assertThat(command.get(60, TimeUnit.SECONDS)).as(console.err()).isZero();
            assertThat(other.register().counts(RegisterFilter.all()).total()).isEqualTo(2L * PART);
        } finally {
            holding.letGo();
            threads.shutdownNow();
        }
    }
}
