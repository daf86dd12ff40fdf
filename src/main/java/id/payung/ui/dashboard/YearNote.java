package id.payung.ui.dashboard;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Why the dashboard shows a year other than this one, said in one line under its header while that year is shown
 * (user trial, December 2026: it opened on 2025 without a word). The dashboard opens on this year when it has
 * participants, else on the latest year that has ({@link id.payung.service.DashboardService#defaultYear}), or on the
 * office's start year (Pengaturan → Tahun awal); any other year is the user's choice and needs no word. When the
 * dashboard moves by itself from the year it opened on to another (this year got its first participants), the line
 * says so and names the year shown before, until the user chooses a year (trial by hand, session 18: 2025's numbers
 * became 2026's without a word).
 *
 * @param key      the bundle key of the line
 * @param current  this year (the clock's)
 * @param shown    the year shown
 * @param previous the year shown before the dashboard moved by itself; null when it has not moved
 */
public record YearNote(String key, int current, int shown, Integer previous) {
    /** "Tahun 2026 belum ada peserta; ditampilkan 2025, tahun terakhir yang berdata." */
    public static final String NO_DATA = "dashboard.yearNote.noData";
    /** "Ditampilkan 2024, tahun awal di Pengaturan (tahun ini 2026)." */
    public static final String SETTING = "dashboard.yearNote.setting";
    /** "Tahun 2026 kini ada peserta; ditampilkan 2026 (sebelumnya 2025)." */
    public static final String MOVED = "dashboard.yearNote.moved";
    /** "Tahun 2026 belum ada peserta; ditampilkan 2025, tahun terakhir yang berdata (sebelumnya 2024)." */
    public static final String NO_DATA_MOVED = "dashboard.yearNote.noDataMoved";

    /** A line for a year the dashboard has not moved from. */
    public YearNote(String key, int current, int shown) {
        this(key, current, shown, null);
    }

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

    /**
     * As {@link #of(int, int, int, Integer)}, for a year the dashboard moved to by itself from {@code previous} (null:
     * it has not moved): this year, or the latest year with data, said with the year shown before.
     */
    public static YearNote of(int shown, int current, int latestWithData, Integer officeYear, Integer previous) {
        if (previous == null || previous == shown) {
            return of(shown, current, latestWithData, officeYear);
        }
        if (shown == current) {
            return new YearNote(MOVED, current, shown, previous);
        }
        return shown == latestWithData ? new YearNote(NO_DATA_MOVED, current, shown, previous)
                : of(shown, current, latestWithData, officeYear);
    }

    /** The line in the bundle's language; the years as written, never grouped ("2026", not "2.026"). */
    public String text(ResourceBundle bundle) {
        return MessageFormat.format(bundle.getString(key), String.valueOf(current), String.valueOf(shown),
                previous == null ? "" : String.valueOf(previous));
    }
}
