package id.payung.ui.dashboard;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Why the dashboard opened on a year other than this one, said in one line above it while that year is shown (user
 * trial, December 2026: it opened on 2025 without a word). The dashboard opens on this year when it has participants,
 * else on the latest year that has ({@link id.payung.service.DashboardService#defaultYear}), or on the office's start
 * year (Pengaturan → Tahun awal).
 *
 * @param key     the bundle key of the line
 * @param current this year (the clock's)
 * @param shown   the year opened on
 */
public record YearNote(String key, int current, int shown) {
    /** "Tahun 2026 belum ada peserta; ditampilkan 2025, tahun terakhir yang berdata." */
    public static final String NO_DATA = "dashboard.yearNote.noData";
    /** "Ditampilkan 2024, tahun awal di Pengaturan (tahun ini 2026)." */
    public static final String SETTING = "dashboard.yearNote.setting";

    /** Opened on the latest year with data: said when that is not this year (which then has no participants yet). */
    static YearNote latestWithData(int shown, int current) {
        return shown == current ? null : new YearNote(NO_DATA, current, shown);
    }

    /** Opened on the office's start year: said when that is not this year. */
    static YearNote officeSetting(int shown, int current) {
        return shown == current ? null : new YearNote(SETTING, current, shown);
    }

    /** Whether the line is still true with {@code years} holding data (participants entered for this year since: not). */
    boolean holds(List<Integer> years) {
        return !key.equals(NO_DATA) || !years.contains(current);
    }

    /** The line in the bundle's language; the years as written, never grouped ("2026", not "2.026"). */
    public String text(ResourceBundle bundle) {
        return MessageFormat.format(bundle.getString(key), String.valueOf(current), String.valueOf(shown));
    }
}
