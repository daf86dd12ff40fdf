package id.payung.ui.reports;

import id.payung.domain.SelfPayingTariff;
import id.payung.domain.Formats;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Laporan screen's lines on what one self-paying worker pays, a line per sector. */
final class TariffLines {
    private TariffLines() {
    }

    /**
     * One line per tariff: the month's amount, the discount's months if some months are lower, and the year's sum.
     * A discount over the whole year is said as the amount paid (trial 24a: "Rp 16.800 per bulan, Rp 8.400 pada
     * 01/2026–12/2026" put first an amount nobody pays that year).
     */
    static String of(List<SelfPayingTariff> tariffs, ResourceBundle resources) {
        StringBuilder text = new StringBuilder();
        for (SelfPayingTariff t : tariffs) {
            String sector = resources.getString("sector." + t.sector().name()).toLowerCase(Locale.ROOT);
            List<Integer> discount = t.discountMonths();
            String year = String.valueOf(t.year());
            String line;
            if (discount.isEmpty()) {
                line = MessageFormat.format(resources.getString("reports.tariff"), sector, year,
                        Formats.rupiah(t.fullMonthRp()), Formats.rupiah(t.yearRp()));
            } else if (discount.size() == 12) {
                line = MessageFormat.format(resources.getString("reports.tariff.discountYear"), sector, year,
                        Formats.rupiah(t.discountedMonthRp()), Formats.rupiah(t.fullMonthRp()), Formats.rupiah(t.yearRp()));
            } else {
                line = MessageFormat.format(resources.getString("reports.tariff.discount"), sector, year,
                        Formats.rupiah(t.fullMonthRp()), Formats.rupiah(t.discountedMonthRp()),
                        Formats.month(YearMonth.of(t.year(), discount.get(0))),
                        Formats.month(YearMonth.of(t.year(), discount.get(discount.size() - 1))),
                        Formats.rupiah(t.yearRp()));
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }
}
