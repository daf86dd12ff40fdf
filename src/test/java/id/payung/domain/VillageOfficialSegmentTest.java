package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Village officials (perangkat desa) are wage earners of the village: segment PU, and BPU is warned about. */
class VillageOfficialSegmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static EnrollmentForm form(String occupation, Segment segment) {
        return new EnrollmentForm("5310015204850001", "Maria Jelita", Sex.P, "Ruteng", LocalDate.of(1985, 4, 12),
                null, "53.10.12", occupation, null, null, "APBDES-MGR", segment, Set.of(Programme.JKK, Programme.JKM),
                1_000_000L, YearMonth.of(2026, 1), YearMonth.of(2026, 12), null);
    }

    @Test
    void theOccupationImpliesTheSegment() {
        assertThat(Segment.impliedBy(Occupation.VILLAGE_OFFICIAL)).isEqualTo(Segment.PU);
        assertThat(Segment.impliedBy("PERANGKAT-DESA")).as("the code seeded in seeds/occupations.csv").isEqualTo(Segment.PU);
        assertThat(Segment.impliedBy("PEDAGANG")).isEqualTo(Segment.BPU);
        assertThat(Segment.impliedBy(null)).isEqualTo(Segment.BPU);
    }

    @Test
    void aVillageOfficialSavedAsBpuIsAWarningNotAnError() {
        var problems = EnrollmentRules.check(form(Occupation.VILLAGE_OFFICIAL, Segment.BPU), "5310", TODAY);

        assertThat(problems).containsExactly(FormProblem.warning(FormProblem.Field.SEGMENT, "VILLAGE_OFFICIAL_BPU"));
        assertThat(EnrollmentRules.check(form(Occupation.VILLAGE_OFFICIAL, Segment.PU), "5310", TODAY)).isEmpty();
        assertThat(EnrollmentRules.check(form("PEDAGANG", Segment.BPU), "5310", TODAY)).isEmpty();
        assertThat(EnrollmentRules.check(form("PEDAGANG", Segment.PU), "5310", TODAY))
                .as("another wage earner may be PU: only the village official has a rule").isEmpty();
    }
}
