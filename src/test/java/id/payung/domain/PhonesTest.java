package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for phones, used by the form, the command line and the import. */
class PhonesTest {
    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "0812-3456-7890", "+62 812-3456-7890", "+6281234567890", "6281234567890",
            "81234567890", "(0812) 3456 7890", " 0812.3456.7890 ", "0812\u00a03456\u20077890"})
    void everyWayOfWritingAMobileNumberReadsAs08(String typed) {
        assertThat(Phones.normalise(typed)).contains("081234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "0812 3456 7890, 0813 1111 2222", "telp 0812", "0380 21234", "12345",
            "0812345678901234", "++6281234567890"})
    void whatIsNotOneMobileNumberIsNotRead(String typed) {
        assertThat(Phones.normalise(typed)).isEmpty();
    }
}
