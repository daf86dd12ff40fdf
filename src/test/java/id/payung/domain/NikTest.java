package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NikTest {
    @Test
    void masksAllButDistrictPrefixAndLastTwoDigits() {
        assertThat(Nik.mask("5310015204850001")).isEqualTo("531001********01");
    }

    @Test
    void masksMalformedValuesWhole() {
        assertThat(Nik.mask("53100152")).isEqualTo("********");
        assertThat(Nik.mask(null)).isEmpty();
    }
}
