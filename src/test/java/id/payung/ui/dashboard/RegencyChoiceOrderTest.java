package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.ui.TypeToSelect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kabupaten/kota filter's order and typing (trial 21: 22 regencies in code order, typing found nothing). */
class RegencyChoiceOrderTest {
    private static Region regency(String code, String name) {
        return new Region(code, name, RegionLevel.REGENCY, "53");
    }

    private static final List<Region> BY_CODE = List.of(regency("53.01", "Kabupaten Kupang"),
            regency("53.10", "Kabupaten Manggarai"), regency("53.15", "Kabupaten Manggarai Barat"),
            regency("53.05", "Kabupaten Alor"), regency("53.71", "Kota Kupang"));

    @Test
    void theRegenciesWithParticipantsFirstMostFirstThenTheOthersByName() {
        assertThat(DashboardViewModel.regencyOrder(BY_CODE, Map.of("53.15", 23L, "53.10", 5280L)))
                .extracting(Region::code).containsExactly("53.10", "53.15", "53.05", "53.01", "53.71");
        assertThat(DashboardViewModel.regencyOrder(BY_CODE, Map.of())).extracting(Region::name)
                .containsExactly("Kabupaten Alor", "Kabupaten Kupang", "Kabupaten Manggarai",
                        "Kabupaten Manggarai Barat", "Kota Kupang");
    }

    @Test
    void aNamesStartTypedWithoutKabupatenOrKotaFindsIt() {
        List<Region> shown = DashboardViewModel.regencyOrder(BY_CODE, Map.of("53.15", 23L, "53.10", 5280L));
        assertThat(DashboardViewModel.regencyTypedName(regency("53.15", "Kabupaten Manggarai Barat")))
                .isEqualTo("Manggarai Barat");
        assertThat(DashboardViewModel.regencyTypedName(regency("53.71", "Kota Kupang"))).isEqualTo("Kupang");
        assertThat(TypeToSelect.find(shown, "mang", Region::name, DashboardViewModel::regencyTypedName))
                .map(Region::code).contains("53.10");
        assertThat(TypeToSelect.find(shown, "manggarai b", Region::name, DashboardViewModel::regencyTypedName))
                .map(Region::code).contains("53.15");
        assertThat(TypeToSelect.find(shown, "kota k", Region::name, DashboardViewModel::regencyTypedName))
                .map(Region::code).contains("53.71");
        assertThat(TypeToSelect.find(shown, "al", Region::name, DashboardViewModel::regencyTypedName))
                .map(Region::code).contains("53.05");
    }
}
