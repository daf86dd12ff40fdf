package id.payung.cli;

import id.payung.store.RawBaseline;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * The yardstick of the import goal: a bare {@code sqlite3 .import} of the same CSV file into a table without
 * index or check, in a process of its own, timed from outside like Payung's import. Where no {@code sqlite3}
 * shell is installed, the same SQL runs through sqlite-jdbc ({@link RawBaseline#bareImport}).
 */
final class BareImport {
    private BareImport() {
    }

    /** The {@code sqlite3} shell on the PATH, or null. */
    static Path sqliteShell() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "sqlite3");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Imports {@code csv} (a header line, then rows separated by {@code ;}) into a new table in {@code db};
     * returns the nanoseconds it took.
     *
     * @param shell the sqlite3 shell, or null for the same SQL through sqlite-jdbc
     */
    static long time(Path shell, Path db, Path csv) throws IOException {
        int columns = columns(csv);
        if (shell == null) {
            return RawBaseline.bareImport(db, csv, ';', columns);
        }
        StringJoiner cols = new StringJoiner(", ", "CREATE TABLE t (", ");\n");
        for (int i = 1; i <= columns; i++) {
            cols.add("c" + i + " TEXT");
        }
        String script = cols + ".mode csv\n.separator ;\n.import --skip 1 '" + csv.toString().replace("'", "''") + "' t\n";
        long start = System.nanoTime();
        Process p = new ProcessBuilder(shell.toString(), "-bail", db.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int exit = p.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0 || !said.isBlank()) {
                throw new IllegalStateException("sqlite3 .import failed (exit " + exit + "): " + said.strip());
            }
            return elapsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int columns(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            return header == null ? 1 : header.split(";", -1).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
