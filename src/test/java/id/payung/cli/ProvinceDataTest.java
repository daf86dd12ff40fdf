package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.NikCheck;
import id.payung.service.RegionList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The province bench's lists: every NIK valid for its regency and its kecamatan, agreeing with the row's sex and
 * birth date, and no NIK twice in the rows a run takes of a regency (the fill, the measured import and the saves
 * take disjoint parts of one range).
 */
class ProvinceDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void everyRegencyOfNttGivesValidNiksOfItsOwnKecamatan() {
        for (String regency : ProvinceFill.regencies(22)) {
            ProvinceData data = new ProvinceData(regency);
            String prefix = regency.replace(".", "");
            for (long i = 0; i < 120_000; i += 997) {
                ProvinceData.Row row = data.row(i);
                NikCheck.Result r = NikCheck.check(row.nik(), prefix, RegionList.codes(), TODAY);
                assertThat(r.isValid()).as(regency + " row " + i + ": " + r.problems()).isTrue();
                assertThat(r.birthDate()).isEqualTo(row.birth());
                assertThat(r.sex().name()).isEqualTo(row.woman() ? "P" : "L");
                assertThat(row.nik().substring(0, 6)).isEqualTo(row.kecamatanCode().replace(".", ""));
            }
        }
    }

    @Test
    void noNikTwiceInWhatABenchTakesOfTheRegencyWithFewestKecamatan() {
        ProvinceData kotaKupang = new ProvinceData("53.71");
        assertThat(kotaKupang.capacity()).as("room for a province's share, an import and the saves")
                .isGreaterThan(2_000_000L / 22 + 100_000 + 100);
        Set<String> seen = new HashSet<>();
        // A 2.000.000-person run's share (90.910), the 100.000-row import and the saves, with room: 25 blocks of 9.999.
        long twice = 0;
        for (long i = 0; i < 25 * 9999; i++) {
            twice += seen.add(kotaKupang.row(i).nik()) ? 0 : 1;
        }
        assertThat(twice).isZero();
    }
}
