package id.payung.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Sector;
import id.payung.domain.SelfPayingTariff;
import id.payung.ui.I18n;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The Laporan screen's tariff lines say first the amount a worker pays (trial 24a). */
class TariffLinesTest {
    private final ResourceBundle indonesian = I18n.bundle(Locale.forLanguageTag("id-ID"));

    @Test
    void aDiscountOverTheWholeYearIsSaidAsTheAmountPaid() {
        SelfPayingTariff halved = new SelfPayingTariff(Sector.TRANSPORT, 2026, 16_800, Collections.nCopies(12, 8_400L));
        String line = TariffLines.of(List.of(halved), indonesian);
        assertThat(line).startsWith("Iuran mandiri seorang pekerja sektor ")
                .contains(": Rp 8.400 per bulan sepanjang tahun (diskon PP 50/2025; tanpa diskon Rp 16.800); Rp 100.800 setahun.")
                .doesNotContain("Rp 16.800 per bulan");
    }

    @Test
    void aDiscountOverSomeMonthsNamesThem() {
        List<Long> months = new java.util.ArrayList<>(Collections.nCopies(12, 16_800L));
        for (int m = 9; m < 12; m++) {
            months.set(m, 8_400L);
        }
        String line = TariffLines.of(List.of(new SelfPayingTariff(Sector.OTHER, 2025, 16_800, months)), indonesian);
        assertThat(line).contains("Rp 16.800 per bulan, Rp 8.400 pada 10/2025–12/2025 (diskon PP 50/2025); Rp 176.400 setahun.");
    }

    @Test
    void noDiscountIsOneAmount() {
        String line = TariffLines.of(List.of(new SelfPayingTariff(Sector.OTHER, 2024, 16_800, Collections.nCopies(12, 16_800L))),
                I18n.bundle(Locale.ENGLISH));
        assertThat(line).contains("in 2024: Rp 16.800 a month, Rp 201.600 a year.");
    }
}
