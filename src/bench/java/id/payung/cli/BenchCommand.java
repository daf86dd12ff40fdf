package id.payung.cli;

import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.store.RawBaseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung-bench.jar bench} (the benchmark, not part of the app): measures every performance goal
 * against its raw limit on this machine, in the same
 * run and in temporary files: the import against a plain sqlite-jdbc batch insert of the same rows; the
 * dashboard's numbers against a bare SQL {@code GROUP BY} on the same file; the register's pages; the
 * year report; and, in JVMs of their own under a display, start-up against an empty JavaFX window, the
 * register on screen and its memory with {@code -Xmx256m}. Prints one table (Markdown).
 */
@id.payung.architecture.AllowedToUseStore("the bench measures the import against RawBaseline, bare sqlite-jdbc "
        + "batches of the same rows; it leaves the shipped jar with the rest of the bench tooling")
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the performance goals against raw limits (temporary files; nothing else touched).")
final class BenchCommand implements Callable<Integer> {
    private static final int YEAR = 2025;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "100000", paramLabel = "N", description = "Enrollments to generate (default 100000).")
    long rows;

    @Option(names = "--repeats", defaultValue = "7", paramLabel = "R", description = "Timed repeats of each query (default 7).")
    int repeats;

    @Option(names = "--no-ui", description = "Leave out the measurements that need a window.")
    boolean noUi;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the table to this file.")
    Path out;

    private final List<Bench.Result> results = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (rows < 1000 || rows > DemoData.MAX_ROWS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--rows must be between 1000 and " + DemoData.MAX_ROWS);
        }
        PrintWriter log = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("payung-bench");
        try {
            Path csv = dir.resolve("rows.csv");
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                DemoData.writeCsv(w, rows, YEAR);
            }
            log.println("generated " + rows + " rows; importing…");
            Path data = importGoal(dir, csv, log);
            log.println("dashboard, register, report…");
            queryGoals(dir, data);
            log.println("command-line report against --version…");
            results.add(new CliStartBench(dir, repeats).measure(data, YEAR));
            if (noUi) {
                log.println("window measurements left out (--no-ui)");
            } else {
                log.println("window measurements…");
                results.addAll(new UiBench(log).run(data, dir));
            }
            String table = Bench.table(results, rows);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(table);
            stdout.flush();
            if (out != null) {
                Files.writeString(out, table, StandardCharsets.UTF_8);
            }
            return results.stream().allMatch(Bench.Result::pass) ? 0 : 1;
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * The import against a bare {@code sqlite3 .import} of the same file into an unindexed table (the same SQL
     * through sqlite-jdbc where no {@code sqlite3} shell is installed), each a process of its own timed from
     * outside: Payung's {@code import} command in a JVM of {@code -Xmx256m}, so the run also shows that the
     * file is streamed. Beside it, for comparison, the raw batch insert of the same rows into Payung's indexed
     * schema. Returns the imported file.
     */
    private Path importGoal(Path dir, Path csv, PrintWriter log) throws IOException {
        int runs = rows >= 500_000 ? 1 : 3;
        List<Long> bare = new ArrayList<>();
        List<Long> imported = new ArrayList<>();
        Path shell = BareImport.sqliteShell();
        Path last = null;
        for (int i = 0; i < runs; i++) {
            bare.add(BareImport.time(shell, dir.resolve("bare" + i + ".db"), csv));
            last = fresh(dir, "import" + i + ".db");
            imported.add(importInChild(last, csv, dir.resolve("import" + i + ".log")));
            log.printf("  run %d: bare %.1f s, import %.1f s%n", i + 1, bare.get(i) / 1e9, imported.get(i) / 1e9);
        }
        double bareMs = Bench.median(bare) / 1e6;
        double importMs = Bench.median(imported) / 1e6;
        String bareWhat = (shell != null ? "sqlite3 .import" : "the same SQL through sqlite-jdbc")
                + ", same file, unindexed table";
        results.add(Bench.Result.ratioWithin("import of a CSV (" + Bench.count(rows)
                + " rows; checks, duplicates, summary; -Xmx256m)", importMs, bareMs, bareWhat, 5.0));
        long raw = RawBaseline.insert(fresh(dir, "raw.db"), sameRows(rows, YEAR));
        results.add(Bench.Result.info("raw batch insert of the same rows into Payung's indexed schema (no checks)",
                raw / 1e6, bareMs, bareWhat));
        return last;
    }

    /** Runs {@code payung import} in a JVM of its own with a 256 MB heap; returns the nanoseconds it took. */
    private static long importInChild(Path db, Path csv, Path logFile) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "id.payung.app.Launcher", "--db", db.toString(), "import",
                csv.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            int exit = p.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException("the benchmark import failed (exit " + exit
                        + "; an OutOfMemoryError means more than -Xmx256m): " + Files.readString(logFile));
            }
            return elapsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void queryGoals(Path dir, Path data) {
        try (PayungServices s = PayungServices.open(data, false, Clock.systemDefaultZone());
             RawBaseline.Bare bare = new RawBaseline.Bare(data)) {
            double bareShares = Bench.time(repeats, () -> bare.perFunder(YEAR));
            results.add(Bench.Result.query("dashboard: funding shares " + YEAR,
                    Bench.time(repeats, () -> s.dashboard().fundingShares(YEAR)), bareShares, "bare GROUP BY funder"));
            double bareTrend = Bench.time(repeats, bare::perYearAndFunder);
            results.add(Bench.Result.query("dashboard: growth by year",
                    Bench.time(repeats, () -> s.dashboard().trendShowing(id.payung.domain.Scope.ALL, null)), bareTrend,
                    "bare GROUP BY year, funder"));
            double bareArea = Bench.time(repeats, () -> bare.perKecamatan(YEAR));
            results.add(Bench.Result.query("dashboard: by kecamatan " + YEAR,
                    Bench.time(repeats, () -> s.dashboard().byKecamatan(YEAR)), bareArea, "bare GROUP BY kecamatan"));

            RegisterSort byStart = RegisterSort.defaultOrder();
            RegisterFilter all = RegisterFilter.all();
            results.add(Bench.Result.within("register: first page after opening",
                    Bench.time(repeats, () -> s.register().page(all, byStart, null, 100)), 300));
            RegisterFilter kecamatan = new RegisterFilter(null, null, null, "53.10.05", null, null, null, false);
            results.add(Bench.Result.within("register: first page after a kecamatan filter",
                    Bench.time(repeats, () -> s.register().page(kecamatan, byStart, null, 100)), 300));
            RegisterSort byName = new RegisterSort(RegisterSort.Column.NAME, false);
            results.add(Bench.Result.within("register: first page after sorting by name",
                    Bench.time(repeats, () -> s.register().page(all, byName, null, 100)), 300));
            results.add(Bench.Result.within("register: counts (matching and total)",
                    Bench.time(repeats, () -> s.register().counts(kecamatan)), 300));

            int[] n = {0};
            double pdf = Bench.time(Math.min(repeats, 3), () -> s.exports().yearReport(YEAR, dir.resolve("report" + n[0]++ + ".pdf")));
            results.add(Bench.Result.within("PDF year report", pdf, 3000));
            // The report screen's two tables (not goals of the issue by name; held to the report's limit).
            results.add(Bench.Result.within("report: government-paid to self-paying (cohorts and cost)",
                    Bench.time(repeats, () -> s.transitions().transitions(YEAR)), 3000));
            results.add(Bench.Result.within("report: award readiness summary",
                    Bench.time(repeats, () -> s.readiness().summary(YEAR)), 3000));
            s.backups().dailyIfDue(); // so the window's own daily backup does not run while it is measured
        }
    }

    private static Path fresh(Path dir, String name) {
        Path db = dir.resolve(name);
        PayungServices.open(db, true, Clock.systemDefaultZone()).close();
        return db;
    }

    /** The generated rows with codes resolved, for the raw insert (resolving is not part of its clock). */
    private static Iterator<RawBaseline.Row> sameRows(long n, long seed) {
        Iterator<DemoData.Row> demo = DemoData.rows(n, seed);
        return new Iterator<>() {
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
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
