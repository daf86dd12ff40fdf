package id.payung.service.importing;

import java.time.YearMonth;
import java.util.Map;

/**
 * How to import a file. Funder, period, kecamatan and desa apply where the file has no such column (or
 * the row's cell is empty). {@code mapping} (column index → column) replaces the detected mapping when the
 * user corrected it; null keeps it. {@code fixes} are values the user corrected in the problem list (the
 * file itself is never changed). {@code includeInactive}: rows of a BPJS list whose status says the
 * participant is not active are imported too (by default they are reported and skipped).
 */
public record ImportOptions(String funder, YearMonth from, Integer months, String sheet, boolean skipInvalid,
                            boolean dryRun, Map<Integer, Column> mapping, Map<CellFix, String> fixes,
                            String kecamatan, String desa, boolean includeInactive) {

    public ImportOptions {
        fixes = fixes == null ? Map.of() : Map.copyOf(fixes);
        kecamatan = kecamatan == null || kecamatan.isBlank() ? null : kecamatan.strip();
        desa = desa == null || desa.isBlank() ? null : desa.strip();
    }

    /** Without a region for the whole file, inactive rows skipped. */
    public ImportOptions(String funder, YearMonth from, Integer months, String sheet, boolean skipInvalid,
                         boolean dryRun, Map<Integer, Column> mapping, Map<CellFix, String> fixes) {
        this(funder, from, months, sheet, skipInvalid, dryRun, mapping, fixes, null, null, false);
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
        return new ImportOptions(f, from, months, sheet, skipInvalid, dryRun, mapping, fixes, kecamatan, desa, includeInactive);
    }

    public ImportOptions withPeriod(YearMonth first, Integer n) {
        return new ImportOptions(funder, first, n, sheet, skipInvalid, dryRun, mapping, fixes, kecamatan, desa, includeInactive);
    }

    public ImportOptions skippingInvalid() {
        return new ImportOptions(funder, from, months, sheet, true, dryRun, mapping, fixes, kecamatan, desa, includeInactive);
    }

    public ImportOptions dry() {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, true, mapping, fixes, kecamatan, desa, includeInactive);
    }

    public ImportOptions withMapping(Map<Integer, Column> m) {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, m, fixes, kecamatan, desa, includeInactive);
    }

    public ImportOptions withFixes(Map<CellFix, String> f) {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, mapping, f, kecamatan, desa, includeInactive);
    }

    /** One kecamatan and/or desa for every row whose file leaves it out (null: none). */
    public ImportOptions withRegion(String kecamatanName, String desaName) {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, mapping, fixes, kecamatanName, desaName,
                includeInactive);
    }

    /** Imports rows whose status says the participant is not active, too. */
    public ImportOptions includingInactive() {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, mapping, fixes, kecamatan, desa, true);
    }
}
