package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DamagedNik.Candidate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of whose NIK a row with a NIK Excel destroyed ("5,31001E+15") may be given back. */
class DamagedNikTest {
    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    private static DamagedNik damaged(String value) {
        return DamagedNik.of(value).orElseThrow();
    }

    @Test
    void readsExcelsScientificNotationWithACommaOrAPointAndNothingElse() {
        assertThat(DamagedNik.of("5,31001E+15")).isPresent();
        assertThat(DamagedNik.of("5.31001E+15")).isPresent();
        assertThat(DamagedNik.of(" 5.31001e15 ")).isPresent();
        assertThat(DamagedNik.of("5310010101900004")).as("an intact NIK").isEmpty();
        assertThat(DamagedNik.of("531001010190000")).as("cut, not in scientific notation").isEmpty();
        assertThat(DamagedNik.of("5.31001E+14")).as("a 15-digit number is no NIK").isEmpty();
        assertThat(DamagedNik.of("belum ada")).isEmpty();
        assertThat(DamagedNik.of(null)).isEmpty();
    }

    @Test
    void aNikIsConsistentWhenItStartsWithTheDigitsLeftOrRoundsToThem() {
        DamagedNik d = damaged("5,31001E+15");
        assertThat(d.consistent("5310010101900004")).as("starts with 531001").isTrue();
        assertThat(d.consistent("5310015204850001")).as("starts with 531001 (Excel would round it to 531002)").isTrue();
        assertThat(d.consistent("5310005512850001")).as("531000.55… rounds to 531001, as Excel shows it").isTrue();
        assertThat(d.consistent("5310004512850001")).as("531000.45… rounds to 531000").isFalse();
        assertThat(d.consistent("5310020101900004")).isFalse();
        assertThat(d.consistent("5315010101900004")).isFalse();
        assertThat(d.consistent("531001010190000")).as("15 digits").isFalse();
        assertThat(d.consistent(null)).isFalse();
    }

    @Test
    void looksUpOnlyTheNiksThatCarryTheBirthDateAsAMansOrAWomans() {
        assertThat(damaged("5.31001E+15").rangesFor(BORN)).containsExactly(
                new DamagedNik.Range("5310010101900000", "5310010101909999"),
                new DamagedNik.Range("5310014101900000", "5310014101909999"));
        // A woman born on the 15th in district 531000 shows as 5.31001E+15 once rounded: looked up there too.
        assertThat(damaged("5.31001E+15").rangesFor(LocalDate.of(1985, 12, 15))).contains(
                new DamagedNik.Range("5310005512850000", "5310005512859999"));
        assertThat(damaged("5.31001E+15").rangesFor(null)).isEmpty();
    }

    /** The same man's and woman's spans, whole, for a NIK whose birth-date digits may be mistyped (the import's twins). */
    @Test
    void birthSpansAreTheKecamatansSerialsOfTheBirthDateAsAMansAndAWomans() {
        assertThat(DamagedNik.birthSpans("5310011111110001", LocalDate.of(1985, 12, 15))).containsExactly(
                new DamagedNik.Range("5310011512850000", "5310011512859999"),
                new DamagedNik.Range("5310015512850000", "5310015512859999"));
        assertThat(DamagedNik.birthSpans("0310011111110001", LocalDate.of(2003, 2, 1))).as("zeros kept").containsExactly(
                new DamagedNik.Range("0310010102030000", "0310010102039999"),
                new DamagedNik.Range("0310014102030000", "0310014102039999"));
    }

    @Test
    void tooFewDigitsLeftNarrowNothingDownAndProposeNothing() {
        assertThat(damaged("5.31E+15").rangesFor(BORN)).isEmpty();
        assertThat(damaged("5.3100E+15").rangesFor(BORN)).isNotEmpty();
    }

    @Test
    void aCandidateHasTheSameNameAndBirthDateAndAConsistentNik() {
        DamagedNik d = damaged("5,31001E+15");
        Candidate agus = new Candidate("5310010101900004", "AGUS  Salim", BORN, 0);
        Candidate otherBirth = new Candidate("5310010201900004", "Agus Salim", BORN.plusDays(1), 0);
        Candidate otherName = new Candidate("5310010101900005", "Agustinus Salim", BORN, 0);
        Candidate otherDistrict = new Candidate("5310020101900004", "Agus Salim", BORN, 0);

        assertThat(d.matching("Bpk. Agus Salim", BORN, List.of(agus, otherBirth, otherName, otherDistrict)))
                .containsExactly(agus);
        assertThat(d.matching("Agus Salim", null, List.of(agus))).as("no birth date: a name alone is a guess").isEmpty();
        assertThat(d.matching("", BORN, List.of(agus))).isEmpty();
        assertThat(d.matching("Agus Salim", BORN, List.of(otherName, otherDistrict))).isEmpty();
    }

    @Test
    void twoNiksAreTwoCandidatesButOneNikRegisteredAndInTheFileIsOne() {
        DamagedNik d = damaged("5.31001E+15");
        Candidate registered = new Candidate("5310010101900004", "Agus Salim", BORN, 0);
        Candidate sameInFile = new Candidate("5310010101900004", "AGUS SALIM", BORN, 7);
        Candidate twin = new Candidate("5310010101900005", "Agus Salim", BORN, 0);

        assertThat(d.matching("Agus Salim", BORN, List.of(sameInFile, registered))).containsExactly(registered);
        assertThat(d.matching("Agus Salim", BORN, List.of(registered, twin))).hasSize(2);
    }
    @Test
    void aNikEndingInZeroMayHaveLostItsLastDigitAndIsConsistentOnlyWithItsFirstFifteen() {
        DamagedNik d = DamagedNik.lastDigitLost("5310011505900010").orElseThrow();
        assertThat(d.lastDigitOnly()).isTrue();
        assertThat(d.consistent("5310011505900017")).isTrue();
        assertThat(d.consistent("5310011505900019")).isTrue();
        assertThat(d.consistent("5310011505900010")).as("the value itself is not another NIK").isFalse();
        assertThat(d.consistent("5310011505900027")).isFalse();
        assertThat(d.consistent("5310011505900007")).isFalse();
        assertThat(d.rangesFor(LocalDate.of(1990, 5, 15))).as("nine NIKs, looked up whole")
                .containsExactly(new DamagedNik.Range("5310011505900011", "5310011505900019"));
        assertThat(d.rangesFor(null)).isEmpty();
        assertThat(damaged("5,31001E+15").lastDigitOnly()).isFalse();

        assertThat(DamagedNik.lastDigitLost("5310011505900017")).as("not ending in 0").isEmpty();
        assertThat(DamagedNik.lastDigitLost("531001150590001")).as("15 digits").isEmpty();
        assertThat(DamagedNik.lastDigitLost("5,31001E+15")).isEmpty();
        assertThat(DamagedNik.lastDigitLost(null)).isEmpty();
        assertThat(DamagedNik.of("5310011505900010")).as("no scientific notation").isEmpty();
    }

    @Test
    void aNikEndingInZeroIsDamagedOnlyWhereTheOneRuleFindsSomeone() {
        LocalDate born = LocalDate.of(1990, 5, 15);
        DamagedNik d = DamagedNik.lastDigitLost("5310011505900010").orElseThrow();
        Candidate yohanes = new Candidate("5310011505900017", "Yohanes Jehamu", born, 0);
        Candidate otherName = new Candidate("5310011505900013", "Yosef Jehamu", born, 0);
        Candidate otherBirth = new Candidate("5310011505900014", "Yohanes Jehamu", born.plusYears(1), 0);
        Candidate sameNik = new Candidate("5310011505900010", "Yohanes Jehamu", born, 4);

        assertThat(d.matching("YOHANES JEHAMU", born, List.of(yohanes, otherName, otherBirth, sameNik)))
                .containsExactly(yohanes);
        assertThat(d.matching("Yohanes Jehamu", born, List.of(otherName, otherBirth, sameNik)))
                .as("a NIK genuinely ending in 0: nobody, so not damaged").isEmpty();
    }
}
