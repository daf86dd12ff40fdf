package id.payung.service.importing;

import id.payung.domain.FormProblem;

/**
 * A problem with one row of an imported file: the row number as in the file, the column (its header
 * in the file), the value (NIKs masked), and what is wrong.
 */
public record RowProblem(int row, String column, String value, FormProblem problem) {
}
