package id.payung.domain;

import id.payung.domain.FormProblem.Field;
import java.util.List;

/**
 * The one check on free text a clerk or a file can put into Payung (addresses, notes, event titles, witnesses,
 * the office's settings…): a page of text, never a million characters, and no NUL character (U+0000), which
 * PostgreSQL's text cannot hold (a server refused it with a raw database error; it is refused in a sentence on
 * both engines alike, so a file's database never holds what the server cannot take). Every service checks its
 * text fields here, so the rules and their messages live in one place.
 */
public final class TextLimit {
    /** At most this many characters (after trimming) in one text field. */
    public static final int MAX = 5_000;

    private TextLimit() {
    }

    /**
     * Adds an error for {@code field} to {@code problems} when {@code text} holds a NUL character (NUL_CHARACTER)
     * or is longer than {@link #MAX} (TOO_LONG).
     */
    public static void check(String text, Field field, List<FormProblem> problems) {
        if (text == null) {
            return;
        }
        if (!storable(text)) {
            problems.add(FormProblem.error(field, "NUL_CHARACTER"));
        } else if (text.strip().length() > MAX) {
            problems.add(FormProblem.error(field, "TOO_LONG", Formats.count(MAX)));
        }
    }

    /** False when {@code text} holds a NUL character (U+0000), which no text column of a server can store. */
    public static boolean storable(String text) {
        return text == null || text.indexOf('\u0000') < 0;
    }
}
