package id.payung.service.importing;

import java.time.YearMonth;
import java.util.Map;

/**
 * How to import a file. Funder and period apply where the file has no such column. {@code mapping}
 * (column index → column) replaces the detected mapping when the user corrected it; null keeps it.
 * {@code fixes} are values the user corrected in the problem list (the file itself is never changed).
 */
public record ImportOptions(String funder, YearMonth from, Integer months, String sheet, boolean skipInvalid,
                            boolean dryRun, Map<Integer, Column> mapping, Map<CellFix, String> fixes) {

    public ImportOptions {
        fixes = fixes == null ? Map.of() : Map.copyOf(fixes);
    }

    /** Without corrections. */
    public ImportOptions(String funder, YearMonth from, Integer months, String sheet, boolean skipInvalid,
                         boolean dryRun, Map<Integer, Column> mapping) {
        this(funder, from, months, sheet, skipInvalid, dryRun, mapping, null);
    }

    /** A cell of the file, by its row number and its column's header as in the file. */
    public record CellFix(int row, String column) {
    }

    /** All-or-nothing, written, mapping as detected. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, false, false, null, null);
    }

    public ImportOptions withFunder(String f) {
        return new ImportOptions(f, from, months, sheet, skipInvalid, dryRun, mapping, fixes);
    }

    public ImportOptions withPeriod(YearMonth first, Integer n) {
        return new ImportOptions(funder, first, n, sheet, skipInvalid, dryRun, mapping, fixes);
    }

    public ImportOptions skippingInvalid() {
        return new ImportOptions(funder, from, months, sheet, true, dryRun, mapping, fixes);
    }

    public ImportOptions dry() {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, true, mapping, fixes);
    }

    public ImportOptions withMapping(Map<Integer, Column> m) {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, m, fixes);
    }

    public ImportOptions withFixes(Map<CellFix, String> f) {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, mapping, f);
    }
}
