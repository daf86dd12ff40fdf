package id.payung.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The window measurements of {@code payung bench}: each in a JVM of its own (cold start, its own heap
 * limit) running {@code id.payung.ui.bench.UiProbe}, which prints what it measured. Needs a display:
 * the one in {@code DISPLAY}, else an Xvfb started here if installed.
 */
final class UiBench {
    private static final String PROBE = "id.payung.ui.bench.UiProbe";
    private static final int STARTS = 5;
    private final PrintWriter log;
    private Path probeLog;

    UiBench(PrintWriter log) {
        this.log = log;
    }

    List<Bench.Result> run(Path data, Path dir) throws IOException {
        probeLog = dir.resolve("probe.log");
        List<Bench.Result> results = new ArrayList<>();
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        try {
            if (display == null || display.isBlank()) {
                display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
                try {
                    xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24")
                            .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
                    Thread.sleep(1500);
                } catch (IOException e) {
                    log.println("no display and no Xvfb: window measurements left out");
                    return results;
                }
            }
            // Start-up: alternate the empty window and Payung so both see the same machine.
            List<Double> empty = new ArrayList<>();
            List<Double> app = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                empty.add(firstFrame(display, List.of("empty")));
                app.add(firstFrame(display, List.of("app", data.toString())));
            }
            results.add(Bench.Result.ratioWithin("start to first frame (cold JVM, " + STARTS + " starts)",
                    Bench.median(app), Bench.median(empty), "empty JavaFX window", 1.3));

            Map<String, Double> r = probe(display, List.of("-Xmx256m"), List.of("register", data.toString()));
            results.add(Bench.Result.within("window: register's first page after opening", r.get("OPEN_MS"), 300));
            results.add(Bench.Result.within("window: register after a kecamatan filter", r.get("FILTER_MS"), 300));
            results.add(Bench.Result.within("window: register after sorting by name", r.get("SORT_MS"), 300));
            results.add(Bench.Result.within("window: longest the FX thread was kept from drawing", r.get("MAX_BLOCK_MS"), 50));
            results.add(Bench.Result.within("window: scrolling, median frame time", r.get("FRAME_MEDIAN_MS"), 30));
            results.add(Bench.Result.within("window: scrolling, longest frame", r.get("FRAME_MAX_MS"), 100));
            // The probe ran its whole scenario inside -Xmx256m (probe() refuses anything less): that is the goal;
            // the heap it used is the measurement.
            results.add(new Bench.Result("window: heap in use after the register (-Xmx256m)", r.get("HEAP_MB"), "MB",
                    Double.NaN, "", "runs in -Xmx256m", true));
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return results;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private double firstFrame(String display, List<String> args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(display, List.of(), args);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME")) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    p.waitFor(30, TimeUnit.SECONDS);
                    return ms;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IOException("the window probe " + args + " showed no frame");
    }

    private Map<String, Double> probe(String display, List<String> jvm, List<String> args)
            throws IOException, InterruptedException {
        Process p = start(display, jvm, args);
        // The probe stops itself after 3 minutes; this is the last resort if even that fails.
        p.onExit().orTimeout(200, TimeUnit.SECONDS).exceptionally(t -> {
            p.destroyForcibly();
            return p;
        });
        Map<String, Double> values = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] kv = line.split(" ", 2);
                if (kv.length == 2 && kv[0].matches("[A-Z_]+")) {
                    try {
                        values.put(kv[0], Double.parseDouble(kv[1]));
                    } catch (NumberFormatException e) {
                        log.println("probe: " + line);
                    }
                }
            }
            List<String> expected = List.of("OPEN_MS", "FILTER_MS", "SORT_MS", "MAX_BLOCK_MS", "FRAME_MEDIAN_MS",
                    "FRAME_MAX_MS", "HEAP_MB");
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !values.keySet().containsAll(expected)) {
                throw new IOException("the register probe did not finish (exit " + (p.isAlive() ? "-" : p.exitValue())
                        + "; an OutOfMemoryError means more than -Xmx256m); it printed " + values.keySet()
                        + "; its last words: " + lastLines(probeLog, 5));
            }
            return values;
        } finally {
            p.destroyForcibly();
        }
    }

    private static String lastLines(Path file, int n) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private Process start(String display, List<String> jvm, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PROBE);
        command.addAll(args);
        // The probe's stage marks and any stack trace go to probe.log beside the benchmark's files.
        ProcessBuilder b = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(probeLog.toFile()));
        b.environment().put("DISPLAY", display);
        return b.start();
    }
}
