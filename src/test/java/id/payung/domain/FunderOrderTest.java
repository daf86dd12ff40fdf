package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The funder orders: in a year largest first, ties by name; over the years by kind of funder, then by name. */
class FunderOrderTest {
    private static FundingShare share(String code, String name, long participants) {
        return new FundingShare(code, name, FunderType.OTHER, participants, 0);
    }

    @Test
    void aYearsFundersLargestFirstTiesByName() {
        List<FundingShare> shares = List.of(share("B", "Beta", 5), share("A", "Alfa", 5), share("C", "Gamma", 9));
        assertThat(FunderOrder.sorted(shares)).extracting(FundingShare::funderCode).containsExactly("C", "A", "B");
        List<FunderCount> counts = List.of(new FunderCount("B", "Beta", FunderType.OTHER, 5, 0),
                new FunderCount("A", "Alfa", FunderType.OTHER, 5, 0), new FunderCount("C", "Gamma", FunderType.OTHER, 0, 9));
        assertThat(FunderCount.overRegencies(counts)).extracting(FunderCount::funderCode).containsExactly("C", "A", "B");
    }

    private static FundingShare share(String code, String name, FunderType type, long participants) {
        return new FundingShare(code, name, type, participants, 0);
    }

    /**
     * The seeded Manggarai: the regency's 1.000 from 2023, the province's 4.280 in 2025, the regency's 100 before the
     * province's 50 in 2026. Over the years one order whatever year is shown: by kind (province, regency, village,
     * company, self-paid, other), then by name: it followed the year shown's pie, so the slides of 2025 and 2026 put
     * the province and the regency in turns at the bottom of the stack.
     */
    @Test
    void overTheYearsByKindOfFunderThenByNameWhateverTheNumbers() {
        Map<Integer, List<FundingShare>> byYear = Map.of(
                2023, List.of(share("KAB", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 1000),
                        share("OLD", "Lama", FunderType.OTHER, 7)),
                2024, List.of(share("KAB", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 1000)),
                2025, List.of(share("KAB", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 1000),
                        share("PROV", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 4280)),
                2026, List.of(share("CSR-B", "PT Bintang", FunderType.CSR, 1), share("CSR-A", "PT Amanah", FunderType.CSR, 9),
                        share("MANDIRI", "Mandiri (bayar sendiri)", FunderType.MANDIRI, 3),
                        share("APBDES", "APBDes / ADD desa se-Kabupaten Manggarai", FunderType.APBDES, 1),
                        share("KAB", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 100),
                        share("PROV", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 50)));

        assertThat(FunderOrder.overYears(byYear))
                .containsExactly("PROV", "KAB", "APBDES", "CSR-A", "CSR-B", "MANDIRI", "OLD");
        // The years shown change nothing but which funders there are.
        assertThat(FunderOrder.overYears(Map.of(2025, byYear.get(2025), 2023, byYear.get(2023))))
                .containsExactly("PROV", "KAB", "OLD");
    }
}
