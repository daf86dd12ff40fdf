package id.payung.service.importing;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The year a list names for itself, in its file name ("Daftar PBPU APBD 2025 Desa Lalong.xlsx") or its title rows
 * ("DAFTAR PESERTA … TAHUN 2025"): the import window proposes its January as the first month. Only a year named
 * clearly counts: exactly one year between 2000 and 2100, however often it is written; two different years
 * ("2025-2026", "TA 2024 s/d 2025") are no answer, never a guess. A year is a run of exactly four digits: a longer
 * run (a NIK, a date written 20250301) names none, nor does the last group of a desa's code ("53.10.05.2004").
 */
public final class NamedYear {
    /** The years a budget list can be for: as the enrollment rules' months. */
    static final int FIRST = 2000;
    static final int LAST = 2100;

    private NamedYear() {
    }

    /** The one year {@code texts} name together (a file name, title rows; nulls ignored), if exactly one. */
    public static Optional<Integer> of(List<String> texts) {
        TreeSet<Integer> years = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                collect(text, years);
            }
        }
        return years.size() == 1 ? Optional.of(years.first()) : Optional.empty();
    }

    /** {@link #of(List)} of a file's name and its title rows. */
    public static Optional<Integer> of(String fileName, List<String> titleRows) {
        java.util.SortedSet<Integer> years = years(fileName, titleRows);
        return years.size() == 1 ? Optional.of(years.first()) : Optional.empty();
    }

    /** Every year a file's name and title rows name, in order (none, one, or several that disagree). */
    public static java.util.SortedSet<Integer> years(String fileName, List<String> titleRows) {
        List<String> texts = new java.util.ArrayList<>();
        // A file's name carries the stamps of the tools it went through ("WhatsApp Document 2025-12-20 at
        // 10.23.45", "export_2026-01-05"): the day it was sent, not the year the list is for.
        texts.add(fileName == null ? null : STAMP.matcher(fileName).replaceAll(" "));
        texts.addAll(titleRows);
        TreeSet<Integer> years = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                collect(text, years);
            }
        }
        return years;
    }

    /**
     * A desa's or kelurahan's code as Kemendagri writes it ("53.10.05.2004"): its last group is four digits, from
     * 1001 or 2001 up, so most desa codes would read as a year between 2001 and 2099 (review 12).
     */
    /** A day written year first, as programs stamp a file's name ("2025-12-20", "2025_12_20", "20251220" is no year). */
    private static final java.util.regex.Pattern STAMP =
            java.util.regex.Pattern.compile("(?<!\\d)\\d{4}[-_.]\\d{2}[-_.]\\d{2}(?!\\d)");
    private static final java.util.regex.Pattern VILLAGE_CODE =
            java.util.regex.Pattern.compile("(?<![\\d.])\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}(?![\\d.])");

    private static void collect(String raw, TreeSet<Integer> years) {
        String text = VILLAGE_CODE.matcher(raw).replaceAll(" ");
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 4) {
                int year = Integer.parseInt(text, start, i, 10);
                if (year >= FIRST && year <= LAST) {
                    years.add(year);
                }
            }
        }
    }

    /** ASCII digits only: a list's year is written so, and other scripts' digits are not read as one. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
