package id.payung.domain;

import id.payung.domain.FormProblem.Field;
import java.util.List;

/**
 * The one bound on free text a clerk or a file can put into Payung (addresses, notes, event titles, witnesses,
 * the office's settings…): a page of text, never a million characters. Every service checks its text fields
 * here, so the limit and its message live in one place.
 */
public final class TextLimit {
    /** At most this many characters (after trimming) in one text field. */
    public static final int MAX = 5_000;

    private TextLimit() {
    }

    /** Adds a TOO_LONG error for {@code field} to {@code problems} when {@code text} is longer than {@link #MAX}. */
    public static void check(String text, Field field, List<FormProblem> problems) {
        if (text != null && text.strip().length() > MAX) {
            problems.add(FormProblem.error(field, "TOO_LONG", Formats.count(MAX)));
        }
    }
}
