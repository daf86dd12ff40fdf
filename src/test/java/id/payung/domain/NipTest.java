package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PNS NIP under the head of office's name. The well-formed examples are the shapes public NIP parsers
 * document (e.g. 196711101992031001: born 10 Nov 1967, TMT March 1992, man, serial 001; 200012312024121001:
 * born 31 Dec 2000, TMT Dec 2024) and the customary one of letters (19700101 199503 1 002).
 */
class NipTest {
    private static Optional<String> code(String typed) {
        return Nip.check(typed, Field.HEAD_NIP).map(FormProblem::code);
    }

    @Test
    void acceptsRealShapedNipsTypedWithOrWithoutTheirGroups() {
        assertThat(code("196711101992031001")).isEmpty();
        assertThat(code("200012312024121001")).isEmpty();
        assertThat(code("19700101 199503 1 002")).isEmpty();
        assertThat(code("NIP. 19800229 200501 2 015")).as("29 Feb 1980 is a real day; a woman").isEmpty();
        assertThat(code("\u00a019700101\u00a0199503\u00a01\u00a0002 ")).as("no-break spaces of a copied letter").isEmpty();
        assertThat(Nip.normalized("19700101 199503 1 002")).isEqualTo("197001011995031002");
    }

    @Test
    void aNipIsOptional() {
        assertThat(code(null)).isEmpty();
        assertThat(code("  ")).isEmpty();
        assertThat(Nip.normalized(" ")).isNull();
    }

    @Test
    void refusesWhatIsNotANipSayingWhichPart() {
        assertThat(code("19700101-199503-1-002")).contains("NIP_DIGITS");
        assertThat(code("1970010119950310")).contains("NIP_LENGTH");
        assertThat(Nip.check("1970010119950310", Field.HEAD_NIP).get().args()).containsExactly("16");
        assertThat(code("5310015204850001")).as("a NIK typed in its place").contains("NIP_LENGTH");
        assertThat(code("19700231 199503 1 002")).as("31 Feb").contains("NIP_BIRTH_DATE");
        assertThat(code("19701301 199503 1 002")).as("month 13").contains("NIP_BIRTH_DATE");
        assertThat(code("00000101 199503 1 002")).contains("NIP_BIRTH_DATE");
        assertThat(code("19700101 199513 1 002")).as("TMT month 13").contains("NIP_TMT");
        assertThat(code("19700101 199500 1 002")).as("TMT month 00").contains("NIP_TMT");
        assertThat(code("19700101 196503 1 002")).as("appointed before born").contains("NIP_TMT");
        assertThat(code("19700101 199503 3 002")).contains("NIP_SEX");
        assertThat(code("19700101 199503 0 002")).contains("NIP_SEX");
        assertThat(code("19700101 199503 1 000")).contains("NIP_SERIAL");
    }

    @Test
    void printsInTheCustomaryGroups() {
        assertThat(Nip.grouped("197001011995031002")).isEqualTo("19700101 199503 1 002");
        assertThat(Nip.grouped("196711101992031001")).isEqualTo("19671110 199203 1 001");
    }
}
