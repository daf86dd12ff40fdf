package id.payung.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How reports print to the terminal: CSV (RFC 4180, header row, plain numbers) or an aligned text table. */
final class ReportOutput {
    private ReportOutput() {
    }

    /**
     * Prints a header row and the rows as CSV. Text a spreadsheet would run as a formula (a funder named
     * "=HYPERLINK(…)") is neutralised like every other CSV Payung writes; numbers stay numbers.
     */
    static void csv(PrintWriter out, List<String> header, List<List<Object>> rows) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v instanceof CharSequence text
                        ? id.payung.service.SafeCells.of(text.toString()) : v).toArray());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints a title line and rows of cells padded to {@code widths}: a negative width left-aligns (text),
     * a positive one right-aligns (numbers). A cell beyond the widths is printed as it is.
     */
    static void table(PrintWriter out, String title, int[] widths, List<List<String>> rows) {
        out.println(title);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                if (i > 0) {
                    line.append(' ');
                }
                line.append(i < widths.length ? String.format("%" + widths[i] + "s", cell) : cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
