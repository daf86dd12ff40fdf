package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reading thread of a large import: every row in file order, its failure where it happened, and a clean stop. */
class RowsAheadTest {
    @Test
    void givesEveryRowInFileOrder() throws IOException {
        int n = 5 * RowsAhead.BATCH + 7;
        AtomicInteger next = new AtomicInteger();
        List<Integer> got = new ArrayList<>();
        try (RowsAhead<Integer> rows = new RowsAhead<>("t", () -> next.get() < n ? next.getAndIncrement() : null)) {
            Integer i;
            while ((i = rows.next()) != null) {
                got.add(i);
            }
            assertThat(rows.next()).as("and stays at the end").isNull();
        }
        assertThat(got).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(got.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aFailureOfTheFileIsThrownAfterTheRowsBeforeIt() throws IOException {
        AtomicInteger next = new AtomicInteger();
        try (RowsAhead<Integer> rows = new RowsAhead<>("t", () -> {
            if (next.get() == 300) {
                throw new IOException("broken off");
            }
            return next.getAndIncrement();
        })) {
            for (int i = 0; i < 300; i++) {
                assertThat(rows.next()).isEqualTo(i);
            }
            assertThatThrownBy(rows::next).isInstanceOf(IOException.class).hasMessage("broken off");
        }
    }

    @Test
    void closingStopsTheReaderWhileItIsAhead() {
        AtomicInteger read = new AtomicInteger();
        Thread[] reader = new Thread[1];
        RowsAhead<Integer> rows = new RowsAhead<>("t", () -> {
            reader[0] = Thread.currentThread();
            return read.incrementAndGet(); // an endless file
        });
        while (read.get() < 10 * RowsAhead.BATCH) {
            Thread.onSpinWait(); // the reader fills the queue
        }
        rows.close();
        assertThat(reader[0].isAlive()).as("the reading thread has ended").isFalse();
        int after = read.get();
        assertThat(after).as("it read only as far as the queue allows").isLessThan(20 * RowsAhead.BATCH);
    }
}
