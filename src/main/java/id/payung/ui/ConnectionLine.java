package id.payung.ui;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The status line while the server cannot be reached (trial, session 18: with the server down it kept "Tersimpan: …"
 * while the dialog said the connection was lost): an action that fails so puts "the connection to the server was
 * lost" in the line; the next action that goes through gives back the window's standing line (the reader's login,
 * a read-only file; empty for most), never the sentence the loss replaced, which was about the time before. A line
 * written meanwhile (a save that went through says so itself) is left as it is. The notices are words to be found in a
 * bundle, so a language switch words them again. Called on the FX thread.
 */
public final class ConnectionLine {
    /** The sentence while the connection is lost. */
    public static final Function<ResourceBundle, String> LOST = b -> b.getString("pgui.connectionLost");

    private final Supplier<Function<ResourceBundle, String>> shown;
    private final Consumer<Function<ResourceBundle, String>> show;
    private final Supplier<Function<ResourceBundle, String>> standing;

    /**
     * @param shown    the notice the status line shows now
     * @param show     shows a notice in the status line
     * @param standing the window's standing notice (what it said on opening), shown again when the server answers
     */
    public ConnectionLine(Supplier<Function<ResourceBundle, String>> shown, Consumer<Function<ResourceBundle, String>> show,
                          Supplier<Function<ResourceBundle, String>> standing) {
        this.shown = shown;
        this.show = show;
        this.standing = standing;
    }

    /** The server answered an action ({@code true}) or an action failed because the connection was lost. */
    public void changed(boolean answers) {
        if (!answers) {
            if (shown.get() != LOST) {
                show.accept(LOST);
            }
        } else if (shown.get() == LOST) {
            show.accept(standing.get());
        }
    }
}
