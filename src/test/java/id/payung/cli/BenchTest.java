package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's verdicts and table, on numbers worked out by hand. */
class BenchTest {
    @Test
    void verdictsFollowTheGoals() {
        assertThat(Bench.Result.query("q", 150, 400, "").pass()).as("over 100 ms").isFalse();
        assertThat(Bench.Result.query("q", 30, 10, "").pass()).as("over twice the bare SQL").isFalse();
        assertThat(Bench.Result.query("q", 20, 10, "").pass()).isTrue();
        assertThat(Bench.Result.atLeast("i", 49, "rows/s", 100, "", 0.5).pass()).isFalse();
        assertThat(Bench.Result.atLeast("i", 50, "rows/s", 100, "", 0.5).pass()).isTrue();
        assertThat(Bench.Result.within("w", 301, 300).pass()).isFalse();
        assertThat(Bench.Result.ratioWithin("s", 140, 100, "", 1.3).pass()).isFalse();
        assertThat(Bench.Result.ratioWithin("s", 130, 100, "", 1.3).pass()).isTrue();
        assertThat(Bench.Result.atLeast("i", 60, "rows/s", 120, "", 0.5).ratio()).isEqualTo(0.5);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Bench.median(List.of(3L, 1L, 2L))).isEqualTo(2.0);
        assertThat(Bench.median(List.of(4L, 1L, 2L, 3L))).isEqualTo(2.5);
    }

    @Test
    void theTableSaysFailWhereAGoalIsMissed() {
        String table = Bench.table(List.of(Bench.Result.within("a", 10, 300), Bench.Result.within("b", 400, 300)), 1000);
        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().skip(2).toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("| a | 10.0 ms |").endsWith("| pass |"),
                l -> assertThat(l).startsWith("| b | 400.0 ms |").endsWith("| **FAIL** |"));
    }
}
