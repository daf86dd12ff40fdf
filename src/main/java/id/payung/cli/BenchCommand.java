package id.payung.cli;

import id.payung.service.DemoData;
import id.payung.service.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.RawBaseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung bench}: measures against the raw limits on this machine, in fresh temporary databases.
 * For now: the import of a generated CSV against a plain sqlite-jdbc batch insert of as many rows.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the import against a raw sqlite-jdbc batch insert (temporary files; nothing else touched).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "100000", paramLabel = "N", description = "Rows to import (default 100000).")
    long rows;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("payung-bench");
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path csv = dir.resolve("rows.csv");
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                DemoData.writeCsv(w, rows, 2025);
            }
            Path rawDb = dir.resolve("raw.db");
            PayungServices.open(rawDb, true, Clock.systemDefaultZone()).close();
            java.util.Iterator<DemoData.Row> demo = DemoData.rows(rows, 2025);
            java.util.Iterator<RawBaseline.Row> same = new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return demo.hasNext();
                }

                @Override
                public RawBaseline.Row next() {
                    DemoData.Row d = demo.next();
                    return new RawBaseline.Row(d.nik(), d.fullName(), d.woman() ? "P" : "L", d.birthDate().toString(),
                            d.kecamatanCode(), d.occupationCode(), d.funderCode(), d.firstMonth().toString(),
                            d.lastMonth().toString());
                }
            };
            double raw = rows / (RawBaseline.insert(rawDb, same) / 1e9);

            Path importDb = dir.resolve("import.db");
            long start;
            ImportService.Report report;
            try (PayungServices s = PayungServices.open(importDb, true, Clock.systemDefaultZone())) {
                start = System.nanoTime();
                report = s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);
            }
            double imported = report.imported() / ((System.nanoTime() - start) / 1e9);
            out.printf("rows %d, imported %d, rejected %d%n", rows, report.imported(), report.rejected());
            out.printf("raw batch insert      %,12.0f rows/s%n", raw);
            out.printf("Payung import (CSV)   %,12.0f rows/s  (read, validate, duplicate check, insert: one pass)%n",
                    imported);
            out.printf("ratio                 %12.2f  (goal >= 0.50)%n", imported / raw);
            out.flush();
            return 0;
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
