package id.payung.service.importing;

import id.payung.domain.FormProblem;
import java.util.function.Function;

/**
 * A problem with one row of an imported file: the row number as in the file, the column (its header
 * in the file), the value (NIKs masked), what is wrong, and the name the row gives (null when it gives none, or
 * for a line that is no person's), so the clerk knows whom it is about without opening the file. A problem about
 * what the file does not give — no wage column for a PU row, no period column where the window's "Mulai" was
 * taken — has no header to name ({@code column} empty, {@code absent}): the words for its field name it instead
 * ({@link #columnShown}), never an internal name.
 */
public record RowProblem(int row, String column, String value, FormProblem problem, String name, boolean absent) {
    public RowProblem(int row, String column, String value, FormProblem problem) {
        this(row, column, value, problem, null, false);
    }

    public RowProblem(int row, String column, String value, FormProblem problem, String name) {
        this(row, column, value, problem, name, false);
    }

    /** A problem about a column the file does not have: the problem's field names it. */
    static RowProblem absent(int row, String value, FormProblem problem) {
        return new RowProblem(row, "", value, problem, null, true);
    }

    /** This problem naming the row's person (kept when it names one already). */
    public RowProblem named(String fullName) {
        if (name != null || fullName == null || fullName.isBlank()) {
            return this;
        }
        // A name holding a control of the writing direction would turn the problem list's line around: its code shown.
        return new RowProblem(row, column, value, problem, id.payung.domain.PersonName.shown(fullName.strip()), absent);
    }

    /**
     * The column as the clerk reads it: the file's header, or for a column the file does not have the words
     * {@code words} gives for the problem's field (the bundle's {@code field.*}: "Penghasilan").
     */
    public String columnShown(Function<FormProblem.Field, String> words) {
        return absent ? words.apply(problem.field()) : column;
    }
}
