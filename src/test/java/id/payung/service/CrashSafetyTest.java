package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payung's own write code in a child JVM, killed with SIGKILL at random moments: afterwards the file is
 * intact, every batch is all there or not at all, and every commit the child reported is present.
 * {@code -Dpayung.crash.trials=1000} runs more trials than the default 20. Slow (child JVMs): full tier only.
 */
@Tag("slow")
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedWritersLeaveAWholeDatabase() throws Exception {
        int trials = Integer.getInteger("payung.crash.trials", 20);
        Path file = dir.resolve("payung.db");
        PayungServices.open(file, true, TestData.CLOCK).close();
        Random random = new Random(20251025L);
        int kills = 0;
        int commits = 0;
        for (int t = 0; t < trials; t++) {
            Process child = start("batches", file.toString());
            List<Integer> committed = readUntilKilled(child, 30 + random.nextInt(400));
            commits += committed.size();
            kills++;
            Map<Integer, Integer> batches = batchSizes(file);
            assertThat(integrity(file)).as("trial %d", t).isEqualTo("ok");
            assertThat(batches.values()).as("trial %d: every batch whole", t).allMatch(n -> n == CrashChild.BATCH);
            assertThat(batches.keySet()).as("trial %d: every reported commit present", t).containsAll(committed);
            // The next child continues the numbering where this one stopped: start it from a clean count.
            renumber(file);
        }
        assertThat(kills).isEqualTo(trials);
        assertThat(commits).as("the children got to commit before being killed").isPositive();
        System.out.printf("crash test: %d trials (SIGKILL), %d reported commits, 0 failures%n", trials, commits);
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("payung.db");
        PayungServices.open(file, true, TestData.CLOCK).close();

        Process a = start("writer", file.toString(), "1", "120");
        Process b = start("writer", file.toString(), "121", "120");
        String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(a.exitValue()).as(errorOf(a)).isZero();
        assertThat(b.exitValue()).as(errorOf(b)).isZero();
        assertThat(outA + outB).contains("DONE");
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(240);
        }
    }

    private static Process start(String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private static String errorOf(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Reads the child's reports; once it is ready, lets it run {@code millis} more, then kills it (SIGKILL). */
    private static List<Integer> readUntilKilled(Process child, int millis) throws Exception {
        List<Integer> committed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("COMMITTED ")) {
                        committed.add(Integer.parseInt(line.substring(10)));
                    }
                }
            } catch (IOException ignored) {
                // The pipe closes when the child dies.
            }
        });
        reader.start();
        if (!ready.await(30, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("child did not start: " + errorOf(child));
        }
        Thread.sleep(millis);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
        return new ArrayList<>(committed);
    }

    private static String integrity(Path file) throws Exception {
        try (Database db = Database.open(file, false)) {
            db.digest(); // reads every row once
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static Map<Integer, Integer> batchSizes(Path file) throws Exception {
        Map<Integer, Integer> sizes = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT notes, count(*) FROM enrollment GROUP BY notes")) {
            while (rs.next()) {
                sizes.put(Integer.parseInt(rs.getString(1).substring(6)), rs.getInt(2));
            }
        }
        return sizes;
    }

    /** Empties the tables between trials, so batch numbers (and NIKs) start again at 1. */
    private static void renumber(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM enrollment");
            st.executeUpdate("DELETE FROM person");
        }
    }
}
