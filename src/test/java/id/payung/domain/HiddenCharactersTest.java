package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem.Field;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Trial 23b M4 and M5, the form's and the import's one rule. Zero-width characters in a name ("Maria" U+200B "Dagur",
 * pasted from the web) are taken out with a warning that says the name as saved; a control of the writing direction
 * (U+202E turns "ruguD airaM" around) is refused. A NIK typed in Arabic-Indic or full-width digits is read as 0–9, with
 * a warning, never "not digits".
 */
class HiddenCharactersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static EnrollmentForm form(String nik, String name) {
        return new EnrollmentForm(nik, name, Sex.L, "Ruteng", LocalDate.of(1985, 4, 12), null, "53.10.12",
                "PETANI", null, null, "APBD-KAB-MGR", Segment.BPU, Set.of(Programme.JKK, Programme.JKM), 1_000_000L,
                YearMonth.of(2026, 1), YearMonth.of(2026, 12), null);
    }

    private static EnrollmentForm named(String name) {
        return form("5310011204850001", name);
    }

    @Test
    void zeroWidthCharactersAreTakenOutWithAWarningSayingTheNameAsSaved() {
        for (char ch : new char[] {'\u200C', '\u200D', '\u2060', '\uFEFF'}) {
            String name = "Maria" + ch + "Dagur";
            assertThat(PersonName.withoutInvisible(name)).isEqualTo("MariaDagur");
            assertThat(EnrollmentRules.check(named(name), "5310", TODAY)).as(Integer.toHexString(ch))
                    .containsExactly(FormProblem.warning(Field.NAME, EnrollmentRules.NAME_INVISIBLE, "MariaDagur"));
        }
        // A zero-width space between two words is the space it stands for.
        assertThat(PersonName.withoutInvisible("Maria\u200BDagur")).isEqualTo("Maria Dagur");
        assertThat(PersonName.withoutInvisible("\u200BMaria\u200B")).isEqualTo("Maria");
        assertThat(EnrollmentRules.check(named("Maria \u200BDagur\uFEFF"), "5310", TODAY))
                .containsExactly(FormProblem.warning(Field.NAME, EnrollmentRules.NAME_INVISIBLE, "Maria Dagur"));
        assertThat(PersonName.withoutInvisible("Maria Dagur")).isSameAs(PersonName.withoutInvisible("Maria Dagur"));
    }

    @Test
    void aNameOfZeroWidthCharactersAloneIsNoName() {
        assertThat(EnrollmentRules.check(named("\u200B\u200B"), "5310", TODAY))
                .containsExactly(FormProblem.error(Field.NAME, "REQUIRED"));
    }

    @Test
    void aFormulaBehindAZeroWidthCharacterIsStillSaid() {
        assertThat(EnrollmentRules.check(named("\u200B=HYPERLINK(\"http://evil\")"), "5310", TODAY))
                .extracting(FormProblem::code).contains("NAME_FORMULA", EnrollmentRules.NAME_INVISIBLE);
    }

    @Test
    void aControlOfTheWritingDirectionIsRefused() {
        for (char ch : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069'}) {
            String name = ch + "ruguD airaM";
            assertThat(EnrollmentRules.check(named(name), "5310", TODAY)).as(Integer.toHexString(ch))
                    .containsExactly(FormProblem.error(Field.NAME, EnrollmentRules.NAME_DIRECTION_CONTROL));
        }
        assertThat(EnrollmentRules.check(named("Maria Dagur\u202C"), "5310", TODAY))
                .containsExactly(FormProblem.error(Field.NAME, EnrollmentRules.NAME_DIRECTION_CONTROL));
    }

    @Test
    void aMessageShowsTheHiddenCharactersByTheirCodes() {
        assertThat(PersonName.shown("\u202EruguD airaM")).isEqualTo("[U+202E]ruguD airaM");
        assertThat(PersonName.shown("Maria\u200BDagur")).isEqualTo("Maria[U+200B]Dagur");
        assertThat(PersonName.shown("Maria Dagur")).isEqualTo("Maria Dagur");
        assertThat(PersonName.shown(null)).isNull();
    }

    @Test
    void aNikInArabicIndicOrFullWidthDigitsIsReadAsDigitsWithAWarning() {
        for (String typed : new String[] {"٥٣١٠٠١١٢٠٤٨٥٠٠٠١", "５３１００１１２０４８５０００１", "۵۳۱۰۰۱۱۲۰۴۸۵۰۰۰۱",
                "'５３１０ ０１１２ ０４８５ ０００１"}) {
            assertThat(Nik.holdsOtherDigits(typed)).as(typed).isTrue();
            assertThat(Nik.strip(typed)).as(typed).isEqualTo("5310011204850001");
            assertThat(Nik.mask(typed)).as(typed).isEqualTo("531001********01");
            NikCheck.Result r = NikCheck.check(typed, "5310", TODAY);
            assertThat(r.nik()).isEqualTo("5310011204850001");
            assertThat(r.isValid()).as(typed).isTrue();
            assertThat(r.problems()).extracting(NikProblem::code).containsExactly(NikProblem.Code.OTHER_DIGITS);
            assertThat(EnrollmentRules.check(form(typed, "Maria Dagur"), "5310", TODAY)).as(typed)
                    .containsExactly(FormProblem.warning(Field.NIK, "NIK_OTHER_DIGITS"));
        }
    }

    @Test
    void aNikInPlainDigitsOrWithALetterIsAsBefore() {
        assertThat(Nik.holdsOtherDigits("5310011204850001")).isFalse();
        assertThat(NikCheck.check("5310011204850001", "5310", TODAY).problems()).isEmpty();
        assertThat(Nik.strip("5310.0112-0485.0001")).isEqualTo("5310011204850001");
        assertThat(NikCheck.check("53100112O4850001", "5310", TODAY).problems()).extracting(NikProblem::code)
                .containsExactly(NikProblem.Code.NOT_DIGITS);
    }
}
