package id.payung.service.importing;

import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rows of a list that are not people: a row with neither NIK nor name (a "Jumlah" line, a numbered empty
 * line), and the signature block villages put under every list — {@code Mengetahui,},
 * {@code Kepala Desa Cumbi}, {@code (Yohanes Jehadu)}, {@code Ruteng, 12 Januari 2026}, {@code NIP. 1970…} —
 * wherever its lines fall, as long as the row holds no NIK — and the signer's name written bare under such a
 * line ({@code (ttd)} then {@code Bernardus Jehadu}): a row that holds nothing but a name, after a signature line
 * with no participant between. They are listed as ignored, never counted as errors, so a clean list is not
 * refused under the all-or-nothing rule. Any other row with a name and no NIK is a person without a NIK: an
 * error (a name alone above the signature block, or a name with a birth date or a sex under it). One object a
 * file: it remembers whether the rows read are in a signature block.
 */
final class NotAPerson {
    /** Lines of a signature block, as they stand in the name column (compared in lower case). */
    private static final Pattern SIGNATURE = Pattern.compile(String.join("|",
            "^(mengetahui|menyetujui|diketahui|disetujui|disahkan|dibuat|yang membuat|pembuat|ttd|tanda tangan|a\\.?n\\.?\\s)",
            "^(kepala|kades|lurah|sekretaris|sekdes|camat|ketua|bendahara|operator|petugas|pendamping|penjabat|pj\\.?\\s|plt\\.?\\s|plh\\.?\\s)",
            "^\\(.*\\)$",
            "^nip\\b",
            // a place and a date: "Ruteng, 12 Januari 2026", "Ruteng, 12-01-2026" (a named group: in the joined
            // pattern a numbered one would be the first alternative's, and the line never matched)
            "^[a-z .'-]+,\\s*\\d{1,2}(?<sep>[ /.-])[a-z0-9]+\\k<sep>\\d{4}$"));
    /** A total under the names: not a person, but no signature either. */
    private static final Pattern TOTAL = Pattern.compile("^(jumlah|jml\\.?|total|sub ?total|grand total)(\\b|$)");
    private static final Pattern NIP = Pattern.compile("(?i)^nip\\b.*");
    private static final int VALUE_LENGTH = 60;

    /** Whether the rows read since the last participant include a line of a signature block. */
    private boolean inSignature;

    /** Whether a row of the file, read in order, is not a person (see the class comment). */
    boolean test(TableReader.Row row, Map<Integer, Column> mapping) {
        String nik = "";
        String name = "";
        for (Map.Entry<Integer, Column> e : mapping.entrySet()) {
            if (e.getValue() == Column.NIK) {
                nik = row.cell(e.getKey()).text().strip();
            } else if (e.getValue() == Column.NAME) {
                name = row.cell(e.getKey()).text().strip();
            }
        }
        if (name.isEmpty() && SIGNATURE.matcher(nik.toLowerCase(Locale.ROOT)).find()) {
            // A line of the signature block typed under the NIK column with the name column empty: the place and
            // date ("Wae Rii, 3 Desember 2026") has digits, so it is not caught as words below.
            inSignature = true;
            return true;
        }
        if (NIP.matcher(nik).matches() || nik.chars().noneMatch(Character::isDigit)) {
            // "NIP. 19700101 …" under the NIK column is the signer's staff number, and words without a digit
            // ("Kepala Desa", "(Yosef Anggal)": lists whose first column is "No" put the signature under NIK)
            // are no NIK at all
            nik = "";
        }
        if (countUnderTotal(row, mapping, name)) {
            return true;
        }
        if (!nik.isEmpty()) {
            inSignature = false;
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SIGNATURE.matcher(lower).find()) {
            inSignature = true;
            return true;
        }
        return name.isEmpty() || TOTAL.matcher(lower).find() || inSignature && onlyName(row, mapping)
                || total(row, mapping, name);
    }

    /**
     * A total line whose word stands in another column than the name: {@code JUMLAH} merged over No and NIK,
     * {@code 8 orang} (or just {@code 8}) under Nama (trial 18 M2). Only when the name column holds no name a
     * person could have (it has a digit, or is a word such as "orang"): a person's row missing its NIK stays an error.
     */
    private static boolean total(TableReader.Row row, Map<Integer, Column> mapping, String name) {
        if (!COUNT.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (mapping.get(i) != Column.NAME && TOTAL.matcher(row.cell(i).text().strip().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /** A total word as the whole name cell: "JUMLAH", "Total", "Jumlah peserta", "Jml.:". */
    private static final Pattern TOTAL_NAME = Pattern.compile(
            "^(jumlah|jml\\.?|total|sub ?total|grand total)(\\s+(peserta|pekerja|orang|jiwa|seluruhnya|keseluruhan|akhir))?\\s*:?$");
    /** A count and nothing else: "8", "8 orang", "8org", "12 jiwa", "8 peserta" (five digits at most: never a NIK). */
    private static final Pattern COUNT_ONLY = Pattern.compile("^\\d{1,5}\\s*(orang|org|jiwa|peserta)?\\.?$");

    /**
     * A total line with its word under Nama and its count in another column, the NIK one too ({@code ;JUMLAH;8 orang;;;;},
     * trial 19 M2). Strict: the name cell is nothing but a total word and every other filled cell nothing but a count, so
     * a person called "Total" with a NIK, a birth date or a sex stays a person.
     */
    private static boolean countUnderTotal(TableReader.Row row, Map<Integer, Column> mapping, String name) {
        if (!TOTAL_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        boolean counted = false;
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cell(i);
            if (mapping.get(i) == Column.NAME || c.isBlank()) {
                continue;
            }
            if (c.date() != null || !COUNT_ONLY.matcher(c.text().strip().toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
            counted = true;
        }
        return counted;
    }

    /** What a total line has under Nama, no one's name: anything with a digit ("8", "8 orang"), or a count in words ("delapan orang"). */
    private static final Pattern COUNT = Pattern.compile(
            "^.*\\d.*$|^(\\p{L}+\\s+)?(orang|org|jiwa|peserta|pekerja|kk)\\.?$");

    /** Whether the row holds a name and nothing else but its number. */
    private static boolean onlyName(TableReader.Row row, Map<Integer, Column> mapping) {
        for (int i = 0; i < row.cells().size(); i++) {
            Column c = mapping.get(i);
            if (!row.cell(i).isBlank() && c != Column.NAME && c != Column.ROW_NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** A row that holds nothing but its number (the numbered empty lines of a template): not worth a line in the list. */
    static boolean onlyNumbered(TableReader.Row row, Map<Integer, Column> mapping) {
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cell(i);
            if (!c.isBlank() && mapping.get(i) != Column.ROW_NUMBER && !c.text().strip().matches("\\d{1,6}\\.?")) {
                return false;
            }
        }
        return true;
    }

    /** The row as the problem list shows it: ignored, with what it holds. */
    static RowProblem ignored(TableReader.Row row, List<String> headers) {
        String column = "";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cell(i);
            if (c.isBlank()) {
                continue;
            }
            if (column.isEmpty()) {
                column = i < headers.size() ? headers.get(i) : "";
            }
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(c.text().strip());
        }
        String value = text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH - 1) + "…" : text.toString();
        return new RowProblem(row.number(), column, value, FormProblem.warning(Field.NAME, "IMPORT_NOT_A_PERSON"));
    }
}
