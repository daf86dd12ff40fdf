package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The funders of the year before with nothing recorded in the year shown (trial 18: a December 2026 database showed
 * "26 peserta, pertumbuhan −5.254 (−99,5 %)" without a word that the 2026 cohorts were not entered).
 */
class FunderGapTest {
    private static final FundingShare PROVINCE = new FundingShare("APBD-PROV-NTT", "APBD Provinsi NTT",
            FunderType.APBD_PROVINSI, 4280, 81.1);
    private static final FundingShare REGENCY = new FundingShare("APBD-KAB-MGR", "APBD Kabupaten Manggarai",
            FunderType.APBD_KABUPATEN, 1000, 18.9);

    private static ResourceBundle words(String tag) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    @Test
    void aFunderOfTheYearBeforeWithNoneThisYearIsAGapLargestFirst() {
        FundingShare named = new FundingShare("APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 26, 100);

        List<FunderGap> gaps = FunderGap.of(2026, List.of(PROVINCE, REGENCY), List.of(named));
        // The regency's 26 of 1.000: under a tenth, a gap of its own kind (aFunderDownToUnderATenth…).
        assertThat(gaps).containsExactly(new FunderGap("APBD-PROV-NTT", "APBD Provinsi NTT", 2025, 4280),
                new FunderGap("APBD-KAB-MGR", "APBD Kabupaten Manggarai", 2025, 1000, 26));

        assertThat(FunderGap.of(2026, List.of(PROVINCE, REGENCY), List.of())).extracting(FunderGap::funderCode)
                .containsExactly("APBD-PROV-NTT", "APBD-KAB-MGR");
    }

    @Test
    void noGapWhenEveryFunderOfTheYearBeforeHasDataOrTheYearBeforeHadNobody() {
        FundingShare csr = new FundingShare("CSR", "CSR", FunderType.CSR, 10, 50);

        // Fewer participants is a number, not a missing one (a tenth or more: 428 of 4.280); a new funder is no gap.
        FundingShare tenth = new FundingShare("APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 428, 50);
        assertThat(FunderGap.of(2026, List.of(PROVINCE), List.of(tenth, csr))).isEmpty();
        assertThat(FunderGap.of(2023, List.of(), List.of(REGENCY))).isEmpty();
        assertThat(FunderGap.line(2026, List.of(), words("id"))).isNull();
    }

    /** Trial 18: the regency's 1.000 of 2025 down to 2 named persons in 2026 read "−99,6 %" with no word about it. */
    @Test
    void aFunderDownToUnderATenthOfTheYearBeforeIsAGapToo() {
        FundingShare two = new FundingShare("APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, 2, 100);

        List<FunderGap> gaps = FunderGap.of(2026, List.of(PROVINCE, REGENCY), List.of(two));
        assertThat(gaps).containsExactly(new FunderGap("APBD-PROV-NTT", "APBD Provinsi NTT", 2025, 4280),
                new FunderGap("APBD-KAB-MGR", "APBD Kabupaten Manggarai", 2025, 1000, 2));
        assertThat(gaps).extracting(FunderGap::none).containsExactly(true, false);
        FundingShare justUnder = new FundingShare("APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, 427, 50);
        assertThat(FunderGap.of(2026, List.of(PROVINCE), List.of(justUnder))).extracting(FunderGap::participants)
                .containsExactly(427L);

        // Worded as what is recorded, each kind its own sentence, the funders with none first.
        assertThat(FunderGap.line(2026, gaps, words("id"))).isEqualTo("Perhatian: belum ada peserta 2026 tercatat "
                + "(kelompok atau peserta bernama) untuk sumber dana yang berpeserta pada tahun sebelumnya: "
                + "APBD Provinsi NTT (4.280 peserta pada 2025). Perhatian: peserta 2026 yang tercatat (kelompok atau "
                + "peserta bernama) kurang dari sepersepuluh tahun sebelumnya untuk: APBD Kabupaten Manggarai "
                + "(2 tercatat; 1.000 pada 2025).");
        assertThat(FunderGap.line(2026, gaps.subList(1, 2), words("en"))).isEqualTo("Note: the 2026 participants "
                + "recorded (cohort or named participants) are fewer than a tenth of the year before for: "
                + "APBD Kabupaten Manggarai (2 recorded; 1.000 in 2025).");
        assertThat(FunderGap.line(2026, gaps, words("id"))).doesNotContainIgnoringCase("lengkap");
        assertThat(FunderGap.line(2026, gaps, words("en"))).doesNotContainIgnoringCase("complete");
    }

    @Test
    void theLineInBothLanguagesWithIndonesianNumbers() {
        List<FunderGap> gaps = FunderGap.of(2026, List.of(PROVINCE, REGENCY), List.of());

        assertThat(FunderGap.line(2026, gaps, words("id"))).isEqualTo("Perhatian: belum ada peserta 2026 tercatat "
                + "(kelompok atau peserta bernama) untuk sumber dana yang berpeserta pada tahun sebelumnya: "
                + "APBD Provinsi NTT (4.280 peserta pada 2025); APBD Kabupaten Manggarai (1.000 peserta pada 2025).");
        assertThat(FunderGap.line(2026, gaps, words("en"))).isEqualTo("Note: no 2026 participants recorded yet "
                + "(cohort or named participants) for funding sources that had participants the year before: "
                + "APBD Provinsi NTT (4.280 participants in 2025); APBD Kabupaten Manggarai (1.000 participants in 2025).");
    }
}
