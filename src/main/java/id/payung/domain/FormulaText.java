package id.payung.domain;

/**
 * Text a spreadsheet would run as a formula when it stands first in a cell: it starts with {@code =}, {@code +},
 * {@code -} or {@code @} ({@code =HYPERLINK(…)}, {@code =cmd|' /C calc'!A0}). The one rule: the name check warns of it
 * ({@link EnrollmentRules}), the exports write such a cell as text ({@code service.SafeCells}).
 */
public final class FormulaText {
    private FormulaText() {
    }

    /** True when {@code text} (as it stands, not stripped) starts as a formula does. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
