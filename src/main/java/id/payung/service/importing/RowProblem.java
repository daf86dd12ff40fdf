package id.payung.service.importing;

import id.payung.domain.FormProblem;

/**
 * A problem with one row of an imported file: the row number as in the file, the column (its header
 * in the file), the value (NIKs masked), what is wrong, and the name the row gives (null when it gives none, or
 * for a line that is no person's), so the clerk knows whom it is about without opening the file.
 */
public record RowProblem(int row, String column, String value, FormProblem problem, String name) {
    public RowProblem(int row, String column, String value, FormProblem problem) {
        this(row, column, value, problem, null);
    }

    /** This problem naming the row's person (kept when it names one already). */
    public RowProblem named(String fullName) {
        if (name != null || fullName == null || fullName.isBlank()) {
            return this;
        }
        return new RowProblem(row, column, value, problem, fullName.strip());
    }
}
