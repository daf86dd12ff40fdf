package id.payung.service;

/**
 * Text for cells of exported CSV files: a value that starts like a formula ({@code = + - @}, or a tab /
 * carriage return before one) is prefixed with an apostrophe, so Excel shows it instead of running it
 * ({@link #of}). An .xlsx writes text cells, which Excel never runs: it takes the value as it is (an apostrophe
 * there would be shown). An import reads that apostrophe back off ({@link #read}), so what Payung exported
 * imports as it was (trial 23b H1).
 */
public final class SafeCells {
    private SafeCells() {
    }

    /** The value, neutralised when a spreadsheet would take it for a formula; null stays null. */
    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return needsMark(value) ? "'" + value : value;
    }

    /**
     * A cell's text as an import reads it: an apostrophe in front of what {@link #of} neutralises ({@code '+Maria},
     * {@code '=HYPERLINK(…)}, {@code '\t…}) is the neutralising mark of Payung's own export or of a spreadsheet, not
     * part of the value, and is dropped (the name check then warns of the formula as it does for the value typed).
     * Any other apostrophe stays ({@code 'O'Neil}; a NIK's {@code '5310…} is the NIK's cleaning's). Null stays null.
     */
    public static String read(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        String rest = cell.substring(1);
        return needsMark(rest) ? rest : cell;
    }

    private static boolean needsMark(String value) {
        char first = value.charAt(0);
        return id.payung.domain.FormulaText.startsLikeFormula(value) || first == '\t' || first == '\r';
    }
}
