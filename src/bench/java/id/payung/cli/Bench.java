package id.payung.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Timing and the result table of the benchmark ({@code payung-bench.jar bench}). */
final class Bench {
    private Bench() {
    }

    /** The goal column of a row shown for comparison only. */
    static final String INFO = "(for comparison)";

    /**
     * One goal: what was measured, the baseline measured in the same run (NaN for none), their ratio, the
     * goal, and whether it was met.
     */
    record Result(String what, double measured, String unit, double baseline, String baselineWhat, String goal,
                  boolean pass) {
        double ratio() {
            return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : measured / baseline;
        }

        /** A rate that must reach {@code minRatio} of the baseline's. */
        static Result atLeast(String what, double measured, String unit, double baseline, String baselineWhat,
                              double minRatio) {
            return new Result(what, measured, unit, baseline, baselineWhat,
                    "≥ " + fmt(minRatio, 2) + " × baseline", measured >= minRatio * baseline);
        }

        /** A query time: at most 100 ms and at most twice the bare SQL on the same file. */
        static Result query(String what, double ms, double bareMs, String bareWhat) {
            return new Result(what, ms, "ms", bareMs, bareWhat, "≤ 100 ms and ≤ 2 × baseline",
                    ms <= 100 && ms <= 2 * bareMs);
        }

        /** A time with an absolute limit. */
        static Result within(String what, double ms, double limitMs) {
            return new Result(what, ms, "ms", Double.NaN, "", "≤ " + fmt(limitMs, 0) + " ms", ms <= limitMs);
        }

        /** A time shown for comparison, with no goal of its own. */
        static Result info(String what, double ms, double baselineMs, String baselineWhat) {
            return new Result(what, ms, "ms", baselineMs, baselineWhat, INFO, true);
        }

        /** A time with an absolute limit and a baseline ratio limit. */
        static Result ratioWithin(String what, double ms, double baselineMs, String baselineWhat, double maxRatio) {
            return new Result(what, ms, "ms", baselineMs, baselineWhat, "≤ " + fmt(maxRatio, 1) + " × baseline",
                    ms <= maxRatio * baselineMs);
        }
    }

    /** Median of {@code repeats} timed runs (in ms) after two untimed warm-up runs. */
    static double time(int repeats, Runnable work) {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, repeats); i++) {
            long start = System.nanoTime();
            work.run();
            runs.add(System.nanoTime() - start);
        }
        return median(runs) / 1e6;
    }

    static double median(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).toList());
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The table, in Markdown so it can go into docs/PERFORMANCE.md as printed. */
    static String table(List<Result> results, long rows) {
        StringBuilder b = new StringBuilder();
        b.append("| goal (").append(count(rows)).append(" enrollments) | measured | baseline (same run) | ratio | goal | |\n");
        b.append("|---|---:|---|---:|---|---|\n");
        for (Result r : results) {
            String value = r.unit().equals("ms") ? fmt(r.measured(), 1) + " ms" : fmt(r.measured(), 0) + " " + r.unit();
            String base = Double.isNaN(r.baseline()) ? "—"
                    : (r.unit().equals("ms") ? fmt(r.baseline(), 1) + " ms" : fmt(r.baseline(), 0) + " " + r.unit())
                    + " (" + r.baselineWhat() + ")";
            String ratio = Double.isNaN(r.ratio()) ? "—" : fmt(r.ratio(), 2);
            b.append("| ").append(r.what()).append(" | ").append(value).append(" | ").append(base).append(" | ")
                    .append(ratio).append(" | ").append(r.goal()).append(" | ").append(r.goal().equals(INFO) ? "" : r.pass() ? "pass" : "**FAIL**")
                    .append(" |\n");
        }
        return b.toString();
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
