package id.payung.ui.enrollments;

/** Windows the register opens: the enrollment form and a person's history. */
public interface EnrollmentDialogs {

    /** Opens the form for a new enrollment (id 0) or to correct one; {@code afterSave} runs after each save. */
    void openForm(long enrollmentId, Runnable afterSave);

    /** Opens the import window; {@code afterImport} runs when an import or undo changed the register. */
    void openImport(Runnable afterImport);

    /** Opens a person's history: enrollments over the years and the audit trail. */
    void openHistory(long personId);
}
