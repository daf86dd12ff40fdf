package id.payung.ui;

/**
 * The funder the last list imported in a database went in under, kept per database and OS user (trial 21c: the clerk
 * chose it again for every list): the import window offers it for the next list and says so. Kept with the form's
 * memory (ui.enrollments' KeptMemory); a screen package sees only this.
 */
public interface ImportFunderMemory {
    /** The code of the funder the last list went in under, or null. */
    String importFunder();

    /** Keeps the code of the funder a list was just imported under (null forgets it). */
    void keepImportFunder(String code);
}
