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
    private final Map<CellFix, String> fixes;
    private final List<String> headers;
    private final Set<Integer> rows = new HashSet<>();

    Fixes(Map<CellFix, String> fixes, List<String> headers) {
        this.fixes = fixes;
        this.headers = headers;
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
                cells.set(i, Cell.text(value));
            }
        });
        return new TableReader.Row(row.number(), List.copyOf(cells));
    }
}
