package id.payung.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 19's goal for the command line: a report costs at most 0,3 s over the JVM's own start. Both measured
 * here as processes of their own, timed from outside, alternating so both see the same machine: {@code payung
 * --version} (the JVM, the class path and picocli, nothing else) and {@code payung report funding-shares --year
 * YEAR --db FILE} on the bench's file, each the same {@code java -cp … id.payung.app.Launcher} and options. One
 * untimed run of each first (the file and the jars in the page cache, the native library in the user's cache).
 */
final class CliStartBench {
    /** The goal: the report's start-up, query and answer over {@code --version}'s, in ms. */
    static final double MAX_OVER_MS = 300;

    private final Path dir;
    private final int runs;

    CliStartBench(Path dir, int runs) {
        this.dir = dir;
        this.runs = Math.max(5, runs);
    }

    /** The goal's row: the report's median wall time against {@code --version}'s, ≤ 300 ms over it. */
    Bench.Result measure(Path data, int year) throws IOException {
        List<String> version = List.of("--version");
        List<String> report = List.of("report", "funding-shares", "--year", Integer.toString(year), "--db", data.toString());
        List<Long> versions = new ArrayList<>();
        List<Long> reports = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long v = time(version);
            long r = time(report);
            if (i > 0) {
                versions.add(v);
                reports.add(r);
            }
        }
        double versionMs = Bench.median(versions) / 1e6;
        double reportMs = Bench.median(reports) / 1e6;
        return new Bench.Result("command line: report funding-shares " + year + " on this file (cold JVM, median of "
                + runs + ", alternating)", reportMs, "ms", versionMs, "payung --version, same JVM and class path",
                "≤ baseline + " + Bench.fmt(MAX_OVER_MS, 0) + " ms", reportMs <= versionMs + MAX_OVER_MS);
    }

    /** Runs Payung's launcher with {@code args} in a JVM of its own; returns the nanoseconds it took. */
    private long time(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "id.payung.app.Launcher"));
        command.addAll(args);
        Path out = dir.resolve("cli-start.out");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        // The log of these starts goes to the bench's folder, not the user's data folder.
        pb.environment().put("XDG_DATA_HOME", dir.toString());
        pb.environment().put("APPDATA", dir.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            int exit = p.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException("payung " + String.join(" ", args) + " failed (exit " + exit + "): "
                        + Files.readString(out));
            }
            return elapsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
