package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A coverage above 100 % is one rule ({@link KecamatanCoverage#aboveFull}), asked by the dashboard's bars and table and
 * by the dialog where the informal workers are typed: it must say what the percentage says, exactly at its edge too.
 */
class CoverageAboveFullTest {
    @Test
    void moreProtectedThanInformalWorkersIsAboveFullAndExactlyAsManyIsFull() {
        assertThat(KecamatanCoverage.FULL_PERCENT).isEqualTo(100.0);
        assertThat(KecamatanCoverage.aboveFull(4_280, 4_280L)).as("100 %: full, not above").isFalse();
        assertThat(KecamatanCoverage.aboveFull(4_281, 4_280L)).isTrue();
        assertThat(KecamatanCoverage.aboveFull(4_279, 4_280L)).isFalse();
        assertThat(KecamatanCoverage.aboveFull(1, null)).as("no number entered: no percentage").isFalse();
        assertThat(KecamatanCoverage.aboveFull(1, 0L)).as("0 gives no percentage").isFalse();
        assertThat(KecamatanCoverage.aboveFull(0, 0L)).isFalse();
        assertThat(new KecamatanCoverage("53.10.12", "Langke Rembong", 301, 100L).aboveFull()).isTrue();
        assertThat(new KecamatanCoverage("53.10.12", "Langke Rembong", 301, 100L).percent()).isEqualTo(301.0);
    }

    @Test
    void aboveFullIsWhatThePercentageSays() {
        Random r = new Random(5310);
        for (int i = 0; i < 100_000; i++) {
            long informal = r.nextInt(5) == 0 ? r.nextInt(3) : r.nextInt(60_000);
            // Often right at the edge: as many protected as informal workers, or one more or fewer.
            long protectedWorkers = r.nextBoolean() ? Math.max(0, informal + r.nextInt(3) - 1) : r.nextInt(60_000);
            KecamatanCoverage k = new KecamatanCoverage("53.10.01", "Wae Rii", protectedWorkers, informal);
            boolean byPercent = k.percent() != null && k.percent() > KecamatanCoverage.FULL_PERCENT;
            assertThat(k.aboveFull()).as("%d of %d", protectedWorkers, informal).isEqualTo(byPercent);
        }
    }
}
