package id.payung.ui;

import id.payung.store.DatabaseOpenException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Turns failures into sentences in the user's language. */
public final class UserMessages {
    private UserMessages() {
    }

    /** A message for the user; unknown failures fall back to their own message. */
    public static String describe(ResourceBundle bundle, Throwable error) {
        if (error instanceof DatabaseOpenException d) {
            return MessageFormat.format(bundle.getString("db.problem." + d.problem().name()), d.file().toString());
        }
        String m = error.getMessage();
        return MessageFormat.format(bundle.getString("error.unexpected"), m == null ? error.getClass().getSimpleName() : m);
    }
}
