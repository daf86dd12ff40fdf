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
 * The window measurements of the benchmark ({@code payung-bench.jar bench}): each in a JVM of its own
 * (cold start, its own heap
 * limit) running {@code id.payung.ui.bench.UiProbe}, which prints what it measured. Needs a display:
 * the one in {@code DISPLAY}, else an Xvfb started here if installed.
 */
final class UiBench {
    private static final String PROBE = "id.payung.ui.bench.UiProbe";
    private static final int STARTS = 5;
    private static final int REGISTER_RUNS = 3;
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
            // The installed app starts with a class archive (AppCDS; see packaging/README.md); here one is made
            // the way a first start on the user's machine would make it, by one run of the window.
            List<String> archive = classArchive(display, data, dir.resolve("payung.jsa"));
            // Start-up: alternate the empty window and Payung so all see the same machine.
            List<Double> empty = new ArrayList<>();
            List<double[]> app = new ArrayList<>();
            List<double[]> plain = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                empty.add(firstFrame(display, List.of(), List.of("empty"))[0]);
                app.add(firstFrame(display, archive, List.of("app", data.toString())));
                plain.add(firstFrame(display, List.of(), List.of("app", data.toString())));
            }
            double emptyMs = Bench.median(empty);
            // Said as it was: when no archive could be made, Payung started without one.
            String withArchive = archive.isEmpty() ? "no class archive could be made" : "with the class archive";
            results.add(Bench.Result.ratioWithin("start to first frame (cold JVM, " + STARTS + " starts, " + withArchive + ")",
                    Bench.median(app.stream().map(t -> t[0]).toList()), emptyMs, "empty JavaFX window", 1.3));
            results.add(Bench.Result.info("start to first frame without the class archive (java -jar)",
                    Bench.median(plain.stream().map(t -> t[0]).toList()), emptyMs, "empty JavaFX window"));
            results.add(Bench.Result.info("start to the dashboard drawn with its data (" + withArchive + ")",
                    Bench.median(app.stream().map(t -> t[1]).toList()), emptyMs, "empty JavaFX window"));

            List<String> jvm = new ArrayList<>(archive);
            jvm.add("-Xmx256m");
            // The register's scenario three times, each value the median of the three (one run's frames are
            // at the mercy of whatever else the machine does in those seconds).
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int i = 0; i < REGISTER_RUNS; i++) {
                runs.add(probe(display, jvm, List.of("register", data.toString())));
            }
            Map<String, Double> r = new HashMap<>();
            for (String key : runs.get(0).keySet()) {
                r.put(key, Bench.median(runs.stream().map(m -> m.get(key)).toList()));
            }
            results.add(Bench.Result.within("window: register's first page after opening", r.get("OPEN_MS"), 300));
            results.add(Bench.Result.within("window: register after a kecamatan filter", r.get("FILTER_MS"), 300));
            results.add(Bench.Result.within("window: register after sorting by name", r.get("SORT_MS"), 300));
            // Each run's value beside the median: this one varies most from run to run.
            String each = runs.stream().map(m -> String.format(java.util.Locale.ROOT, "%.1f", m.get("MAX_BLOCK_MS")))
                    .collect(java.util.stream.Collectors.joining(", "));
            results.add(Bench.Result.within("window: longest frame while opening, filtering and sorting the register (runs: "
                    + each + " ms)", r.get("MAX_BLOCK_MS"), 50));
            results.add(Bench.Result.info("window: longest frame while starting (dashboard, then the register built and laid out)",
                    r.get("STARTUP_MAX_BLOCK_MS"), Double.NaN, ""));
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

    /**
     * Process start to the first frame, and (for Payung) to the dashboard drawn with its data, in ms; the
     * second is NaN for the empty window.
     */
    private double[] firstFrame(String display, List<String> jvm, List<String> args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(display, jvm, args);
        double[] times = {Double.NaN, Double.NaN};
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME")) {
                    times[0] = (System.nanoTime() - start) / 1e6;
                } else if (line.startsWith("DASHBOARD")) {
                    times[1] = (System.nanoTime() - start) / 1e6;
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || Double.isNaN(times[0])
                    || (!args.get(0).equals("empty") && Double.isNaN(times[1]))) {
                throw new IOException("the window probe " + args + " did not finish; its last words: " + lastLines(probeLog, 5));
            }
            return times;
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * Makes a class archive by one run of the window with {@code -XX:ArchiveClassesAtExit} and returns the
     * options that use it; none (and a note in the log) when this JVM cannot make one.
     */
    private List<String> classArchive(String display, Path data, Path archive) throws IOException, InterruptedException {
        Process p = start(display, List.of("-XX:ArchiveClassesAtExit=" + archive), List.of("app", data.toString()));
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !java.nio.file.Files.isRegularFile(archive)) {
            p.destroyForcibly();
            log.println("no class archive could be made: start-up measured without one");
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
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
            List<String> expected = List.of("STARTUP_MAX_BLOCK_MS", "OPEN_MS", "FILTER_MS", "SORT_MS", "MAX_BLOCK_MS", "FRAME_MEDIAN_MS",
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
