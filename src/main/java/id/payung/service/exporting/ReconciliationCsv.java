package id.payung.service.exporting;

import id.payung.service.ExcelCsv;
import id.payung.service.SafeCells;
import id.payung.service.importing.Reconciliation;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;

/**
 * A comparison with a BPJS list ({@link Reconciliation}) as the CSV a clerk opens in Indonesian Excel, as every other
 * export ({@link ExcelCsv}: UTF-8 BOM, ";" between cells; it was "," without a BOM, one column of garbage and broken
 * letters in Excel): one row a compared person, NIKs masked, text neutralised ({@link SafeCells}). The columns as
 * they were, for the scripts that read them.
 */
public final class ReconciliationCsv {
    /** The header row. */
    public static final String[] HEADER = {"match", "nik", "name", "kpj", "payung_status", "bpjs_status", "funder", "row",
        "nik_damage", "probably_nik", "probably_name"};

    private ReconciliationCsv() {
    }

    /** Writes {@code result} to {@code out} (flushed; the caller closes it). */
    public static void write(Reconciliation.Result result, Writer out) throws IOException {
        CSVPrinter csv = ExcelCsv.open(out);
        csv.printRecord((Object[]) HEADER);
        for (Reconciliation.Line l : result.lines()) {
            csv.printRecord(l.match(), SafeCells.of(l.maskedNik()), SafeCells.of(l.name()), SafeCells.of(l.kpj()),
                    l.payungStatus(), SafeCells.of(l.bpjsStatus()), SafeCells.of(l.funder()), l.row() == 0 ? "" : l.row(),
                    l.damage() == null ? "" : l.damage(), l.probablyNik(), SafeCells.of(l.probablyName()));
        }
        csv.flush();
    }
}
