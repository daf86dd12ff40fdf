package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.RegionList;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payung's NIK rules against the test cases of public NIK libraries (PHP, JS/TS, Perl, Go, Dart), collected
 * with their source in {@code src/test/resources/nik/public-nik-test-vectors.csv}. Where a library is wrong by
 * the official structure, the file says why and this test holds Payung to the correct answer. Region codes
 * come from the shipped Kepmendagri 2025 list.
 */
class NikCheckPublicVectorsTest {
    private static final String VECTORS = "/nik/public-nik-test-vectors.csv";

    static List<CSVRecord> vectors() throws Exception {
        try (Reader r = new InputStreamReader(NikCheckPublicVectorsTest.class.getResourceAsStream(VECTORS),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords();
        }
    }

    static Stream<CSVRecord> cases() throws Exception {
        return vectors().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithTheOfficialStructure(CSVRecord v) {
        NikCheck.Result r = NikCheck.check(v.get("nik"), null, RegionList.codes(), LocalDate.parse(v.get("today")));

        List<String> expected = v.get("problems").isBlank() ? List.of() : Arrays.asList(v.get("problems").split(" "));
        assertThat(r.problems()).as(v.get("source")).extracting(p -> p.code().name()).containsExactlyElementsOf(expected);
        assertThat(r.isValid()).as(v.get("source")).isEqualTo(v.get("we_say").equals("VALID"));
        assertThat(r.birthDate()).isEqualTo(v.get("birth").isBlank() ? null : LocalDate.parse(v.get("birth")));
        assertThat(r.sex()).isEqualTo(v.get("sex").isBlank() ? null : Sex.valueOf(v.get("sex")));
    }

    @Test
    void everyDisagreementWithALibrarySaysWhyAndTheVectorsComeFromSeveralLibraries() throws Exception {
        List<CSVRecord> all = vectors();
        assertThat(all).as("every vector read (a stray comment mark would drop rows)").hasSizeGreaterThanOrEqualTo(32)
                .anyMatch(v -> v.get("we_say").equals("VALID")).anyMatch(v -> !v.get("we_say").equals("VALID"));
        for (CSVRecord v : all) {
            boolean libraryValid = v.get("library_says").replace("code: ", "").startsWith("valid")
                    || v.get("library_says").startsWith("parsed");
            if (libraryValid != v.get("we_say").equals("VALID") || v.get("library_says").contains("born 19")) {
                assertThat(v.get("note")).as(v.get("nik")).isNotBlank();
            }
        }
        assertThat(all.stream().map(v -> v.get("source").split(" ")[0]).distinct().count()).isGreaterThanOrEqualTo(8);
    }
}
