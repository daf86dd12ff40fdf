package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark (src/bench/java, target/payung-bench.jar) through its own launcher, with the usage the
 * app's {@code payung bench} had. Slow (a 10.000-row import, the queries and a PDF): that one is in the full tier only.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    @Tag("slow")
    void theBenchmarkRunsAndMeasuresEveryGoal() throws Exception {
        // Only that it runs and measures every goal; pass or fail is for the machine it runs on (exit 0 or 1).
        Path table = dir.resolve("bench.md");
        int exit = BenchMain.run("bench", "--rows", "10000", "--repeats", "1", "--no-ui", "--out", table.toString());
        String printed = console.out();
        assertThat(exit).as("0 exactly when no goal failed").isEqualTo(printed.contains("FAIL") ? 1 : 0);
        assertThat(printed.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| goal")))
                .as("every goal measured a real, positive number").hasSize(13)
                .allSatisfy(l -> assertThat(Double.parseDouble(l.split("\\|")[2].strip().split(" ")[0].replace(",", "")))
                        .isPositive().isFinite());
        assertThat(printed).contains("| goal (10,000 enrollments)")
                .contains("import of a CSV").contains("dashboard: funding shares 2025").contains("dashboard: growth by year")
                .contains("dashboard: by kecamatan").contains("register: first page after sorting by name")
                .contains("PDF year report").contains("command line: report funding-shares 2025");
        assertThat(Files.readString(table)).isEqualTo(printed);
    }

    @Test
    void wrongRowCountsExitTwoWithOneLine() {
        assertThat(BenchMain.run("bench", "--rows", "10")).as("too few rows to measure").isEqualTo(2);
        assertThat(BenchMain.run("--rows", "10")).as("the same without the word bench").isEqualTo(2);
        assertThat(console.err().lines().filter(l -> l.contains("--rows must be between 1000 and"))).hasSize(2);
        assertThat(console.out()).isEmpty();
    }
}
