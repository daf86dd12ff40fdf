package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one funder order: largest in the year shown first, ties by name; the others by the latest year that has them. */
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

    /**
     * The seeded Manggarai: the regency's 1.000 from 2023, the province's 4.280 in 2025. Shown for 2025 the province
     * comes first, as in the pie (the trend listed the regency first, as it appeared first: trial 16); funders absent
     * from 2025 follow, the latest year's first, in that year's order.
     */
    @Test
    void overTheYearsTheYearShownOrdersThenTheLatestYearThatHasThem() {
        Map<Integer, List<FundingShare>> byYear = Map.of(
                2023, List.of(share("KAB", "APBD Kabupaten Manggarai", 1000), share("OLD", "Lama", 7)),
                2024, List.of(share("KAB", "APBD Kabupaten Manggarai", 1000)),
                2025, List.of(share("KAB", "APBD Kabupaten Manggarai", 1000), share("PROV", "APBD Provinsi NTT", 4280)),
                2026, List.of(share("CSR", "CSR / perusahaan donor", 1), share("MANDIRI", "Mandiri (bayar sendiri)", 3),
                        share("APBDES", "APBDes / ADD desa se-Kabupaten Manggarai", 1), share("KAB", "APBD Kabupaten Manggarai", 100)));

        assertThat(FunderOrder.overYears(2025, byYear)).containsExactly("PROV", "KAB", "MANDIRI", "APBDES", "CSR", "OLD");
        assertThat(FunderOrder.overYears(2026, byYear)).containsExactly("KAB", "MANDIRI", "APBDES", "CSR", "PROV", "OLD");
        assertThat(FunderOrder.overYears(2023, byYear)).containsExactly("KAB", "OLD", "MANDIRI", "APBDES", "CSR", "PROV");
        // A year the trend does not reach: every funder by its latest year.
        assertThat(FunderOrder.overYears(2027, byYear)).containsExactly("KAB", "MANDIRI", "APBDES", "CSR", "PROV", "OLD");
    }
}
