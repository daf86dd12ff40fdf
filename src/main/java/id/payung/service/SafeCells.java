package id.payung.service;

/**
 * Text for cells of exported files: a value that starts like a formula ({@code = + - @}, or a tab /
 * carriage return before one) is prefixed with an apostrophe, so Excel shows it instead of running it.
 */
public final class SafeCells {
    private SafeCells() {
    }

    /** The value, neutralised when a spreadsheet would take it for a formula; null stays null. */
    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = id.payung.domain.FormulaText.startsLikeFormula(value) || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
