package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FundingShareTest {
    private static final FunderCount PROVINCE = new FunderCount("P", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 0, 4280);
    private static final FunderCount REGENCY = new FunderCount("K", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 0, 1000);

    @Test
    void sharesOfTheManggaraiYear2025() {
        List<FundingShare> shares = FundingShare.of(List.of(PROVINCE, REGENCY));

        assertThat(shares).extracting(FundingShare::participants).containsExactly(4280L, 1000L);
        assertThat(shares.get(0).percent()).isCloseTo(81.06, within(0.01));
        assertThat(shares.get(1).percent()).isCloseTo(18.94, within(0.01));
        assertThat(FundingShare.total(shares)).isEqualTo(5280);
    }

    @Test
    void dropsFundersWithoutParticipantsAndSurvivesAnEmptyYear() {
        FunderCount none = new FunderCount("M", "Mandiri", FunderType.MANDIRI, 0, 0);

        assertThat(FundingShare.of(List.of(PROVINCE, none))).extracting(FundingShare::funderCode).containsExactly("P");
        assertThat(FundingShare.of(List.of(none))).isEmpty();
    }

    @Test
    void regenciesAreAddedEachWithItsOwnLargerSide() {
        // Manggarai: the province's cohort of 4.280; another regency: 3.000 province-paid names and no cohort.
        List<FunderCount> counts = FunderCount.overRegencies(List.of(
                new FunderCount("P", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 0, 4280),
                new FunderCount("K", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 0, 1000),
                new FunderCount("P", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 3000, 0)));
        assertThat(counts).extracting(FunderCount::funderCode, FunderCount::namedPersons, FunderCount::declared,
                FunderCount::participants).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P", 3000L, 4280L, 7280L),
                org.assertj.core.groups.Tuple.tuple("K", 0L, 1000L, 1000L));
        assertThat(FundingShare.total(FundingShare.of(counts))).isEqualTo(8280);
        // One regency: the counts as they are.
        assertThat(FunderCount.overRegencies(List.of(PROVINCE, REGENCY))).containsExactly(PROVINCE, REGENCY);
    }

    @Test
    void namedPersonsAreCountedInsideTheCohortNotOnTopOfIt() {
        assertThat(new FunderCount("K", "K", FunderType.APBD_KABUPATEN, 300, 1000).participants()).isEqualTo(1000);
        assertThat(new FunderCount("K", "K", FunderType.APBD_KABUPATEN, 1200, 1000).participants()).isEqualTo(1200);
        assertThat(new FunderCount("M", "M", FunderType.MANDIRI, 7, 0).participants()).isEqualTo(7);
    }
}
