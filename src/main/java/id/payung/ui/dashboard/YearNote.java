package id.payung.ui.dashboard;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Why the dashboard shows a year other than this one, said in one line under its header while that year is shown
 * (user trial, December 2026: it opened on 2025 without a word). The dashboard opens on this year when it has
 * participants, else on the latest year that has ({@link id.payung.service.DashboardService#defaultYear}), or on the
 * office's start year (Pengaturan → Tahun awal); any other year is the user's choice and needs no word.
 *
 * @param key     the bundle key of the line
 * @param current this year (the clock's)
 * @param shown   the year shown
 */
public record YearNote(String key, int current, int shown) {
    /** "Tahun 2026 belum ada peserta; ditampilkan 2025, tahun terakhir yang berdata." */
    public static final String NO_DATA = "dashboard.yearNote.noData";
    /** "Ditampilkan 2024, tahun awal di Pengaturan (tahun ini 2026)." */
    public static final String SETTING = "dashboard.yearNote.setting";

    /**
     * Why {@code shown} is shown, or null when it is this year or a year the user chose for no reason the dashboard
     * knows: the office's start year, or the year the dashboard opens on by itself ({@code latestWithData}, the
     * latest year with participants, which is this year whenever it has any).
     *
     * @param officeYear the start year set in Pengaturan, or null
     */
    static YearNote of(int shown, int current, int latestWithData, Integer officeYear) {
        if (shown == current) {
            return null;
        }
        if (officeYear != null && shown == officeYear) {
            return new YearNote(SETTING, current, shown);
        }
        return shown == latestWithData ? new YearNote(NO_DATA, current, shown) : null;
    }

    /** The line in the bundle's language; the years as written, never grouped ("2026", not "2.026"). */
    public String text(ResourceBundle bundle) {
        return MessageFormat.format(bundle.getString(key), String.valueOf(current), String.valueOf(shown));
    }
}
