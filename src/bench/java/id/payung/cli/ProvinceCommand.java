package id.payung.cli;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Programme;
import id.payung.domain.RegisterFilter;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.domain.ServerAddress;
import id.payung.domain.Sex;
import id.payung.service.ServerAdministration;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung-bench.jar province --server postgresql://OWNER@HOST[:PORT]/DB} (issue 18's province scale): in an
 * empty database on a real PostgreSQL server, {@code server init}, a clerk per NTT regency and a provincial reader,
 * {@code --persons} people spread over {@code --regencies} regencies ({@link ProvinceFill}); then, each against its
 * limit, a clerk's single save, the dashboard as a clerk and as the provincial reader (median of repeated runs after
 * warm-up), and a {@code --import-rows} import by a clerk against the same rows into a fresh SQLite file. Checks on
 * the way that each clerk sees exactly their regency's people and the reader all. The database stays filled.
 */
@Command(name = "province", mixinStandardHelpOptions = true,
        description = "Issue 18's province scale on a PostgreSQL server: fills an empty database, then measures.")
final class ProvinceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "postgresql://OWNER@HOST[:PORT]/DB",
            description = "An empty database and its owner (CREATEROLE); the password by libpq's conventions.")
    String server;

    @Option(names = "--persons", defaultValue = "2000000", paramLabel = "N", description = "People to fill (default 2000000).")
    long persons;

    @Option(names = "--regencies", defaultValue = "22", paramLabel = "R", description = "NTT regencies to spread them over (default 22).")
    int regencies;

    @Option(names = "--import-rows", defaultValue = "100000", paramLabel = "M",
            description = "Rows of the clerk's import measured against SQLite (default 100000).")
    long importRows;

    @Option(names = "--repeats", defaultValue = "15", paramLabel = "K", description = "Timed repeats of each save and read (default 15).")
    int repeats;

    @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the table to this file.")
    Path out;

    @Option(names = "--reuse", description = "A database an earlier run filled (same --regencies): no init or fill;"
            + " the schema brought up to date as the owner opens it, the logins given new passwords, then only the"
            + " dashboards measured (the save and the import would add people the next run does not expect).")
    boolean reuse;

    @Option(names = "--writes", description = "With --reuse: also a clerk's save and import, of people after those the"
            + " clerk's regency holds already (so a database can be measured again after a new version's migration).")
    boolean writes;

    private final List<Bench.Result> results = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (persons < regencies || importRows < 1) {
            throw new ParameterException(spec.commandLine(), "--persons must be at least --regencies, --import-rows at least 1");
        }
        if (writes && !reuse) {
            throw new ParameterException(spec.commandLine(), "--writes goes with --reuse (a full run measures the writes anyway)");
        }
        List<String> chosen;
        try {
            chosen = ProvinceFill.regencies(regencies);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ServerAddress owner = ServerAdministration.chosen(server);
        PrintWriter log = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("payung-province");
        try {
            ProvinceFill fill = new ProvinceFill(owner, log);
            if (reuse) {
                log.println("reusing the filled database: schema brought up to date, new passwords for "
                        + chosen.size() + " clerks and the provincial reader, VACUUM (ANALYZE)…");
                fill.reuseLogins(chosen);
                log.printf(Locale.ROOT, "the dashboards%s (load %s)…%n", writes ? " and a clerk's save" : "", load());
                String clerkRegency = chosen.get(0);
                ProvinceData data = new ProvinceData(clerkRegency);
                long held;
                try (PayungServices s = open(fill.clerk(clerkRegency))) {
                    // The bench's rows of a regency are numbered from 0 with none skipped (fill, import, saves), so
                    // the next unused row is the count the clerk's register holds.
                    held = s.register().counts(RegisterFilter.all()).total();
                    if (writes) {
                        saveGoal(s, data, held + importRows, clerkRegency);
                    }
                    dashboardGoal(s, "clerk of " + clerkRegency);
                }
                try (PayungServices s = open(fill.reader())) {
                    dashboardGoal(s, "provincial reader (" + chosen.size() + " regencies)");
                }
                if (writes) {
                    log.printf(Locale.ROOT, "the clerk's import of %,d rows against SQLite (load %s)…%n", importRows, load());
                    importGoal(fill.clerk(clerkRegency), data, held, clerkRegency, dir);
                }
            } else {
                fillAndMeasure(fill, chosen, dir);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            String table = Bench.table(results, persons) + "\nload average at the end: " + load() + "\n";
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

    /** The whole run on an empty database: init, fill, the counts, the save, both dashboards, the import. */
    private void fillAndMeasure(ProvinceFill fill, List<String> chosen, Path dir) {
        PrintWriter log = spec.commandLine().getErr();
        log.println("server init, " + chosen.size() + " clerks and the provincial reader…");
        String seeded = fill.initAndAddLogins(chosen);
        log.printf(Locale.ROOT, "filling %,d persons over %d regencies (load %s)…%n", persons, chosen.size(), load());
        log.flush();
        long fillMs = fill.fill(chosen, seeded, persons, dir);
        results.add(new Bench.Result("fill: " + Bench.count(persons) + " persons, owner's import per regency + VACUUM"
                + " (persons a second)", persons / (fillMs / 1e3), "/s", Double.NaN, "", Bench.INFO, true));
        log.printf(Locale.ROOT, "filled in %.1f s; logins see their people?%n", fillMs / 1e3);
        countsGoal(fill, chosen);
        String clerkRegency = chosen.get(0);
        ProvinceFill.Login clerk = fill.clerk(clerkRegency);
        ProvinceData data = new ProvinceData(clerkRegency);
        long first = ProvinceFill.share(persons, chosen.size(), 0);
        log.println("a clerk's save, the dashboards…");
        try (PayungServices s = open(clerk)) {
            saveGoal(s, data, first + importRows, clerkRegency);
            dashboardGoal(s, "clerk of " + clerkRegency);
        }
        try (PayungServices s = open(fill.reader())) {
            dashboardGoal(s, "provincial reader (" + chosen.size() + " regencies)");
        }
        log.printf(Locale.ROOT, "the clerk's import of %,d rows against SQLite (load %s)…%n", importRows, load());
        importGoal(clerk, data, first, clerkRegency, dir);
    }

    /** Each clerk's register holds exactly their regency's people, the reader's every regency's. */
    private void countsGoal(ProvinceFill fill, List<String> chosen) {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            long expected = ProvinceFill.share(persons, chosen.size(), i);
            try (PayungServices s = open(fill.clerk(chosen.get(i)))) {
                long seen = s.register().counts(RegisterFilter.all()).total();
                if (seen == expected) {
                    right++;
                } else {
                    wrong.add(chosen.get(i) + ": " + seen + " of " + expected);
                }
            }
        }
        try (PayungServices s = open(fill.reader())) {
            long seen = s.register().counts(RegisterFilter.all()).total();
            if (seen == persons) {
                right++;
            } else {
                wrong.add("reader: " + seen + " of " + persons);
            }
        }
        int logins = chosen.size() + 1;
        results.add(new Bench.Result("logins whose register holds exactly their people (each clerk their regency's, the"
                + " reader all " + Bench.count(persons) + ")" + (wrong.isEmpty() ? "" : "; wrong: " + String.join(", ", wrong)),
                right, "logins", logins, "logins", "all logins", right == logins));
    }

    /** A clerk's single save through EnrollmentService: a new person and their enrollment, one transaction. */
    private void saveGoal(PayungServices s, ProvinceData data, long firstRow, String regency) {
        long[] next = {firstRow};
        double ms = Bench.time(repeats, () -> s.enrollments().enrol(form(data.row(next[0]++))));
        results.add(Bench.Result.within("a clerk's save (new person and enrollment, " + regency + ")", ms, 20));
    }

    private static EnrollmentForm form(ProvinceData.Row r) {
        return new EnrollmentForm(r.nik(), r.name(), r.woman() ? Sex.P : Sex.L, null, r.birth(), null, r.kecamatanCode(),
                r.occupationCode(), "081234567890", null, r.funder(), Segment.BPU, Set.of(Programme.JKK, Programme.JKM),
                id.payung.domain.Contributions.STANDARD_INCOME, YearMonth.of(2026, 1), YearMonth.of(2026, 12), null);
    }

    /**
     * The reads the dashboard makes when it opens (ui.dashboard's view models, one after the other on its read
     * thread): the years and kecamatan, the year's funding shares and costs, both breakdowns, the coverage and the
     * trend. The whole opening is the goal; each read is shown beside it.
     */
    private void dashboardGoal(PayungServices s, String who) {
        int year = s.dashboard().defaultYear();
        Scope all = new Scope(null, null);
        List<String> names = List.of("years, default year, kecamatan", "funding shares and costs", "by kecamatan",
                "by occupation", "by regency (shown to a province)", "coverage", "trend");
        List<Runnable> reads = List.of(
                () -> {
                    s.dashboard().years();
                    s.dashboard().defaultYear();
                    s.dashboard().kecamatan();
                },
                () -> {
                    s.dashboard().fundingShares(year, all);
                    s.budget().costs(year, all);
                },
                () -> s.dashboard().byKecamatan(year, all, null),
                () -> s.dashboard().byOccupation(year, all, null),
                // The breakdowns' view model asks whether to show the regencies, and reads them when it does.
                () -> {
                    if (s.dashboard().showsRegencies()) {
                        s.dashboard().byRegency(year, all, null);
                    }
                },
                () -> s.coverage().coverage(year),
                () -> s.dashboard().trendShowing(all, year));
        double whole = Bench.time(repeats, () -> reads.forEach(Runnable::run));
        results.add(Bench.Result.within("dashboard opened, " + year + ", as the " + who + " (all its reads)", whole, 100));
        for (int i = 0; i < reads.size(); i++) {
            results.add(Bench.Result.info("  of which: " + names.get(i), Bench.time(repeats, reads.get(i)), Double.NaN, ""));
        }
    }

    /**
     * The clerk's import of new people on the server against the same file into a fresh SQLite file of the same
     * regency, in this JVM, SQLite first (the fill has warmed the import's code already).
     */
    private void importGoal(ProvinceFill.Login clerk, ProvinceData data, long firstRow, String regency, Path dir) {
        Path csv = dir.resolve("import.csv");
        data.writeCsv(csv, firstRow, firstRow + importRows);
        Path file = dir.resolve("office.db");
        PayungServices.create(file, regency, Clock.systemDefaultZone());
        long sqlite;
        try (PayungServices s = PayungServices.open(file, false, Clock.systemDefaultZone())) {
            sqlite = timedImport(s, csv);
        }
        long onServer;
        try (PayungServices s = open(clerk)) {
            onServer = timedImport(s, csv);
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "  SQLite %.1f s, server %.1f s (load %s)%n", sqlite / 1e3,
                onServer / 1e3, load());
        results.add(Bench.Result.ratioWithin("a clerk's import of " + Bench.count(importRows) + " new people on the server",
                onServer, sqlite, "the same file into a fresh SQLite file", 2.0));
    }

    private long timedImport(PayungServices s, Path csv) {
        long start = System.nanoTime();
        ImportService.Report r = s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (r.imported() != importRows) {
            throw new IllegalStateException("the measured import imported " + r.imported() + " of " + importRows
                    + " rows (rejected " + r.rejected() + ", duplicates " + r.duplicates() + ")");
        }
        return ms;
    }

    private static PayungServices open(ProvinceFill.Login login) {
        return PayungServices.openServer(login.address(), login.password(), Clock.systemDefaultZone());
    }

    /** The 1-, 5- and 15-minute load averages (Linux), for the record beside the numbers. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
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
