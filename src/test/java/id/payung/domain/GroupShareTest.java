package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupShareTest {

    @Test
    void namedPersonsKeepTheirGroupAndTheCohortAddsTheRest() {
        // Regency: a cohort of 1.000 without occupation and 3 named ojek drivers, who are part of it: they stay ojek
        // drivers, the cohort adds 997 of unknown occupation (before trial 18 the 3 vanished under the 1.000).
        // Mandiri: no cohort, 2 named traders. Province: cohort of 10 traders but 12 names (names win).
        List<GroupShare> groups = GroupShare.of(List.of(
                new GroupCount("KAB", null, null, 0, 1000), new GroupCount("KAB", "OJEK", "Pengemudi ojek", 3, 0),
                new GroupCount("MANDIRI", "PEDAGANG", "Pedagang", 2, 0),
                new GroupCount("PROV", "PEDAGANG", "Pedagang", 4, 10), new GroupCount("PROV", "OJEK", "Pengemudi ojek", 8, 0)));

        assertThat(groups).extracting(GroupShare::code, GroupShare::participants)
                .containsExactly(tuple("OJEK", 11L), tuple("PEDAGANG", 6L), tuple(null, 997L));
        assertThat(GroupShare.total(groups)).isEqualTo(1014); // = 1.000 + 2 + 12, the funders' own totals
        assertThat(groups.get(0).percent()).isCloseTo(100.0 * 11 / 1014, within(1e-9));
        assertThat(groups.get(2).unknown()).isTrue();
        assertThat(groups.get(2).name()).isEmpty();
    }

    @Test
    void eachRegencysFunderFollowsItsOwnRecord() {
        // The province's cohort of 50 in Manggarai (no kecamatan) and its 2 names in Manggarai Barat's Macang Pacar:
        // Manggarai's cohort is not a roof over Manggarai Barat's names (over both at once it would hide them: 50).
        List<GroupShare> groups = GroupShare.of(List.of(
                new GroupCount("PROV", null, null, 0, 50, "53.10"),
                new GroupCount("PROV", "53.15.01", "Macang Pacar", 2, 0, "53.15"),
                new GroupCount("KAB", "53.10.03", "Ruteng", 1, 100, "53.10")));

        assertThat(groups).extracting(GroupShare::code, GroupShare::participants)
                .containsExactly(tuple("53.10.03", 100L), tuple("53.15.01", 2L), tuple(null, 50L));
        assertThat(GroupShare.total(groups)).isEqualTo(152);
    }

    @Test
    void aCohortCoversItsOwnGroupsNamesFirstThenTheUnknownGroupsThenTheLargest() {
        // 5 declared in Ruteng with 2 names there: Ruteng 5 (the 2 are inside). 3 names in Cibal, no cohort there: taken
        // out of the cohort of 4 without a kecamatan first (1 left), which covers them all.
        assertThat(GroupShare.of(List.of(new GroupCount("KAB", "R", "Ruteng", 2, 5),
                new GroupCount("KAB", "C", "Cibal", 3, 0), new GroupCount("KAB", null, null, 0, 4))))
                .extracting(GroupShare::code, GroupShare::participants)
                .containsExactly(tuple("R", 5L), tuple("C", 3L), tuple(null, 1L));
        // 6 names in Cibal: the unknown 4 cover 4, the other 2 come out of Ruteng's 3 spare, the largest (not Reok's 1).
        assertThat(GroupShare.of(List.of(new GroupCount("KAB", "R", "Ruteng", 2, 5),
                new GroupCount("KAB", "O", "Reok", 0, 1), new GroupCount("KAB", "C", "Cibal", 6, 0),
                new GroupCount("KAB", null, null, 0, 4))))
                .extracting(GroupShare::code, GroupShare::participants)
                .containsExactly(tuple("C", 6L), tuple("R", 3L), tuple("O", 1L));
        // More names than declared (8 > 3): the names count, each in their own group.
        assertThat(GroupShare.of(List.of(new GroupCount("KAB", "R", "Ruteng", 1, 3),
                new GroupCount("KAB", "C", "Cibal", 7, 0))))
                .extracting(GroupShare::code, GroupShare::participants)
                .containsExactly(tuple("C", 7L), tuple("R", 1L));
    }

    @Test
    void tiesGoByNameAndEmptyGroupsAreLeftOut() {
        List<GroupShare> groups = GroupShare.of(List.of(new GroupCount("M", "B", "Wae Rii", 1, 0),
                new GroupCount("M", "A", "Cibal", 1, 0), new GroupCount("M", "C", "Reok", 0, 0)));

        assertThat(groups).extracting(GroupShare::name).containsExactly("Cibal", "Wae Rii");
        assertThat(GroupShare.of(List.of())).isEmpty();
    }

    @Test
    void ucjCoverageNeedsEveryDenominatorForTheRegion() {
        UcjCoverage partial = new UcjCoverage(2026, List.of(new KecamatanCoverage("1", "Ruteng", 101, 2020L),
                new KecamatanCoverage("2", "Cibal", 0, null)), 50);

        assertThat(partial.kecamatan().get(0).percent()).isCloseTo(5.0, within(1e-9));
        assertThat(partial.kecamatan().get(1).percent()).isNull();
        assertThat(partial.regionProtected()).isEqualTo(151);
        assertThat(partial.regionPercent()).isNull();

        UcjCoverage full = new UcjCoverage(2026, List.of(new KecamatanCoverage("1", "Ruteng", 101, 2020L),
                new KecamatanCoverage("2", "Cibal", 0, 500L)), 50);
        assertThat(full.regionInformalWorkers()).isEqualTo(2520);
        assertThat(full.regionPercent()).isCloseTo(100.0 * 151 / 2520, within(1e-9)); // 6,0 %
        assertThat(full.kecamatan().get(1).percent()).isEqualTo(0.0);
    }
}
