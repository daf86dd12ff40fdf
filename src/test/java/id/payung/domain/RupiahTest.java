package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way the import, the form and the dialogs each accepted an amount, read by the one rule. */
class RupiahTest {
    @Test
    void readsEveryWayAnAmountWasAcceptedBefore() {
        for (String written : List.of(
                "1.000.000", "Rp 1.000.000", "Rp. 1.000.000,00", "1.000.000,-", "1000000",  // import (Values)
                "rp 1.000.000", "RP1000000", " 1.000.000 ",                                    // the form
                "Rp1.000.000", "1 000 000",                                                    // the dialogs
                "1.000.000,0", "Rp\u00a01.000.000", "\u20281.000.000")) {                      // pasted
            assertThat(Rupiah.parse(written)).as(written).contains(1_000_000L);
        }
        assertThat(Rupiah.parse("201.600.000")).contains(201_600_000L);
        assertThat(Rupiah.parse("0")).contains(0L);
        assertThat(Rupiah.parse("999.999.999.999.999")).contains(999_999_999_999_999L);
    }

    @Test
    void refusesWhatIsNotAWholeAmount() {
        for (String written : List.of("", "   ", "satu juta", "1.000.000,50", "-5", "1,5", "Rp", "1.00.000",
                "10.00", "1e6", "1.000.000.000.000.000", "Rp -1.000", "12a", "1.000.000,", "Rp..1000")) {
            assertThat(Rupiah.parse(written)).as(written).isEmpty();
        }
        assertThat(Rupiah.parse(null)).isEmpty();
    }
}
