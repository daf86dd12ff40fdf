package id.payung.service.importing;

import id.payung.service.importing.ImportOptions.CellFix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the user's corrections into the rows as they are read, so a corrected value goes through
 * exactly the same checks as a value from the file. A correction names its cell by row number and
 * header text, as the problem list shows it.
 */
final class Fixes {
    /**
     * A correction as it was put into its row: the file's own value of the cell (as the problem list showed it) and
     * whether the cell is the NIK's, for the import's audit entry (what the clerk changed against the village's file).
     */
    record Applied(String fileValue, boolean nik) {
    }

    private final Map<CellFix, String> fixes;
    private final List<String> headers;
    private final Map<Integer, Column> mapping;
    private final Map<CellFix, Applied> applied;
    private final Set<Integer> rows = new HashSet<>();

    /**
     * @param applied receives each correction put into a row, with the file's value (filled on the reading thread:
     *                a concurrent map, read once the rows are written)
     */
    Fixes(Map<CellFix, String> fixes, List<String> headers, Map<Integer, Column> mapping, Map<CellFix, Applied> applied) {
        this.fixes = fixes;
        this.headers = headers;
        this.mapping = mapping;
        this.applied = applied;
        fixes.keySet().forEach(k -> rows.add(k.row()));
    }

    TableReader.Row apply(TableReader.Row row) {
        if (!rows.contains(row.number())) {
            return row;
        }
        List<Cell> cells = new ArrayList<>(row.cells());
        fixes.forEach((at, value) -> {
            int i = headers.indexOf(at.column());
            if (at.row() == row.number() && i >= 0) {
                while (cells.size() <= i) {
                    cells.add(Cell.EMPTY);
                }
                Cell was = cells.get(i);
                applied.put(at, new Applied(was.date() != null ? id.payung.domain.Formats.date(was.date())
                        : was.text() == null ? "" : was.text(), mapping.get(i) == Column.NIK));
                cells.set(i, Cell.text(value));
            }
        });
        return new TableReader.Row(row.number(), List.copyOf(cells));
    }
}
