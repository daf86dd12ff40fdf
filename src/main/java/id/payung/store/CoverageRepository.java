package id.payung.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** The office's number of informal (BPU) workers per kecamatan and year: the denominators of the UCJ coverage. */
public final class CoverageRepository {

    /** Entered numbers of a year by kecamatan code (kecamatan without one are absent), in code order. */
    public Map<String, Long> denominators(Tx tx, int year) {
        Map<String, Long> byKecamatan = new LinkedHashMap<>();
        tx.list("SELECT kecamatan_code, informal_workers FROM coverage_denominator WHERE year = ? ORDER BY kecamatan_code",
                rs -> byKecamatan.put(rs.getString(1), rs.getLong(2)), year);
        return byKecamatan;
    }

    /** Sets (or replaces) the number of informal workers of a kecamatan in a year. */
    public void put(Tx tx, int year, String kecamatanCode, long informalWorkers) {
        tx.update("INSERT INTO coverage_denominator (year, kecamatan_code, informal_workers) VALUES (?, ?, ?)\n"
                + "ON CONFLICT (" + tx.dialect().regencyKey("year, kecamatan_code")
                + ") DO UPDATE SET informal_workers = excluded.informal_workers",
                year, kecamatanCode, informalWorkers);
    }

    /** Removes a kecamatan's number for a year (it then has no coverage percentage). */
    public void remove(Tx tx, int year, String kecamatanCode) {
        tx.update("DELETE FROM coverage_denominator WHERE year = ? AND kecamatan_code = ?", year, kecamatanCode);
    }
}
