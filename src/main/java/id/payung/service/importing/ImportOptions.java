package id.payung.service.importing;

import java.time.YearMonth;
import java.util.Map;

/**
 * How to import a file. Funder and period apply where the file has no such column. {@code mapping}
 * (column index → column) replaces the detected mapping when the user corrected it; null keeps it.
 */
public record ImportOptions(String funder, YearMonth from, Integer months, String sheet, boolean skipInvalid,
                            boolean dryRun, Map<Integer, Column> mapping) {

    /** All-or-nothing, written, mapping as detected. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, false, false, null);
    }

    public ImportOptions withFunder(String f) {
        return new ImportOptions(f, from, months, sheet, skipInvalid, dryRun, mapping);
    }

    public ImportOptions withPeriod(YearMonth first, Integer n) {
        return new ImportOptions(funder, first, n, sheet, skipInvalid, dryRun, mapping);
    }

    public ImportOptions skippingInvalid() {
        return new ImportOptions(funder, from, months, sheet, true, dryRun, mapping);
    }

    public ImportOptions dry() {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, true, mapping);
    }

    public ImportOptions withMapping(Map<Integer, Column> m) {
        return new ImportOptions(funder, from, months, sheet, skipInvalid, dryRun, m);
    }
}
