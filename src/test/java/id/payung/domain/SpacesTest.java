package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one answer to "what counts as a space", the same for the code and for the patterns built from it. */
class SpacesTest {
    private static final String SPACES = " \t\n\r\u000B\f\u00a0\u2007\u202f\u2009\u3000\u2028\u2029\uFEFF\u200B";

    @Test
    void everyKindOfSpaceIsASpaceAndNothingElseIs() {
        Pattern asRegex = Pattern.compile("[" + Spaces.REGEX_CLASS + "]");
        for (char ch : SPACES.toCharArray()) {
            assertThat(Spaces.isSpace(ch)).as("U+%04X", (int) ch).isTrue();
            assertThat(asRegex.matcher(String.valueOf(ch)).matches()).as("U+%04X as a pattern", (int) ch).isTrue();
        }
        for (char ch : "0a.-'_\u00ad\u200C".toCharArray()) {
            assertThat(Spaces.isSpace(ch)).as("U+%04X", (int) ch).isFalse();
            assertThat(asRegex.matcher(String.valueOf(ch)).matches()).as("U+%04X as a pattern", (int) ch).isFalse();
        }
        for (char ch = 0; ch < 0x3100; ch++) {
            assertThat(asRegex.matcher(String.valueOf(ch)).matches()).as("U+%04X", (int) ch).isEqualTo(Spaces.isSpace(ch));
        }
    }

    @Test
    void removedLeavesEverythingButTheSpaces() {
        assertThat(Spaces.removed("Rp\u00a01.000\u202f000 ")).isEqualTo("Rp1.000000");
        assertThat(Spaces.removed("tanpa")).isEqualTo("tanpa");
        assertThat(Spaces.removed(null)).isEmpty();
    }
}
