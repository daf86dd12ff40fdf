package id.payung.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A clerk's reason for deleting an enrollment: one of the common reasons, or {@link DeleteReason#OTHER} with the
 * clerk's own words. The one rule on it (no reason, no deletion; "other" needs text) lives in {@link #problems},
 * checked by the dialog as the clerk answers and again by the service before it writes.
 *
 * @param reason the reason chosen (null: none chosen)
 * @param text   the clerk's own words; required for {@link DeleteReason#OTHER}, kept (trimmed) for any reason
 */
public record Deletion(DeleteReason reason, String text) {
    public Deletion {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** A common reason without further words. */
    public static Deletion of(DeleteReason reason) {
        return new Deletion(reason, null);
    }

    /** Why this answer cannot be kept: no reason, "other" without words, or words no database can hold. */
    public List<FormProblem> problems() {
        List<FormProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(FormProblem.error(FormProblem.Field.DELETE_REASON, "REQUIRED"));
        } else if (reason == DeleteReason.OTHER && text == null) {
            problems.add(FormProblem.error(FormProblem.Field.DELETE_NOTE, "REQUIRED"));
        }
        TextLimit.check(text, FormProblem.Field.DELETE_NOTE, problems);
        return problems;
    }
}
