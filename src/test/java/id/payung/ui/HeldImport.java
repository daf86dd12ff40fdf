package id.payung.ui;

import id.payung.service.DemoData;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another Payung importing into the same file, held inside its write transaction until let go: what the
 * window meets when a second clerk's import is running.
 */
final class HeldImport implements AutoCloseable {
    private final PayungServices other;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final id.payung.service.importing.HoldingProgress progress = new id.payung.service.importing.HoldingProgress();
    private final Future<ImportService.Report> report;

    private HeldImport(Path database, Path list) {
        other = PayungServices.open(database, false, TestData.CLOCK);
        report = thread.submit(() -> other.imports().importFile(list, ImportOptions.defaults(), progress));
    }

    /** Starts importing {@code list} into {@code database} and returns once the import holds the write lock. */
    static HeldImport start(Path database, Path list) throws InterruptedException {
        HeldImport held = new HeldImport(database, list);
        if (!held.progress.awaitWriting(30)) {
            held.close();
            throw new AssertionError("the other import did not start writing within 30 s");
        }
        return held;
    }

    boolean isDone() {
        return report.isDone();
    }

    /** Lets the import go on (without waiting for it). */
    void letGo() {
        progress.letGo();
    }

    /** Lets the import go on and returns its report. */
    ImportService.Report finish() throws Exception {
        letGo();
        return report.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        letGo();
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
        other.close();
    }

    /** One generated list (distinct NIKs) in {@code count} files of {@code rows} rows each. */
    static List<Path> parts(Path dir, int count, int rows) throws IOException {
        StringWriter out = new StringWriter();
        DemoData.writeCsv(out, (long) count * rows, 5);
        List<String> lines = out.toString().lines().toList();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("bagian-" + (i + 1) + ".csv");
            Files.write(file, Stream.concat(Stream.of(lines.get(0)), lines.subList(1 + i * rows, 1 + (i + 1) * rows)
                    .stream()).toList(), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }
}
