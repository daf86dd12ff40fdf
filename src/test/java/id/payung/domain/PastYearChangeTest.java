package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The count of a year gone by before and after a late list, by the one rule: the larger of cohort and names. */
class PastYearChangeTest {
    @Test
    void namesInsideTheCohortLeaveItAndNamesBeyondItRaiseItByWhatExceeds() {
        PastYearChange inside = PastYearChange.of(2025, "APBD-PROV-NTT", "APBD Provinsi NTT", 4, 4280, 2);
        assertThat(inside.before()).isEqualTo(4280);
        assertThat(inside.after()).isEqualTo(4280);
        assertThat(inside.changes()).isFalse();

        PastYearChange beyond = PastYearChange.of(2025, "APBD-PROV-NTT", "APBD Provinsi NTT", 4279, 4280, 3);
        assertThat(beyond.before()).isEqualTo(4280);
        assertThat(beyond.after()).isEqualTo(4282);
        assertThat(beyond.changes()).isTrue();

        PastYearChange noCohort = PastYearChange.of(2020, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", 5, 0, 2);
        assertThat(noCohort.before()).isEqualTo(5);
        assertThat(noCohort.after()).isEqualTo(7);
        assertThat(PastYearChange.anyChanges(java.util.List.of(inside, noCohort))).isTrue();
        assertThat(PastYearChange.anyChanges(java.util.List.of(inside))).isFalse();
    }
}
