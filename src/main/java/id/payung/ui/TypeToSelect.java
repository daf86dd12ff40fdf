package id.payung.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Letters typed on a closed or open drop-down pick the first entry whose name or code starts with them (else holds
 * them), as the desa and occupation lists answer typing (trial 14 F12: "des" in Sumber dana did nothing). Letters
 * typed within a second of each other add up ("apbd"); after a pause a new search starts.
 */
public final class TypeToSelect {
    private static final long PAUSE_NANOS = 1_000_000_000L;

    private TypeToSelect() {
    }

    /** The first entry whose name or code starts with {@code typed}, else the first that holds it (case ignored). */
    public static <T> Optional<T> find(List<T> items, String typed, Function<T, String> name, Function<T, String> code) {
        String t = plain(typed);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> starting = items.stream().filter(i -> i != null
                && (plain(name.apply(i)).startsWith(t) || plain(code.apply(i)).startsWith(t))).findFirst();
        return starting.isPresent() ? starting : items.stream().filter(i -> i != null
                && (plain(name.apply(i)).contains(t) || plain(code.apply(i)).contains(t))).findFirst();
    }

    /** Lets {@code box} answer typed letters by {@link #find}. */
    public static <T> void install(ComboBox<T> box, Function<T, String> name, Function<T, String> code) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c == null || c.isEmpty() || c.charAt(0) < ' ' || c.charAt(0) == 127 || e.isControlDown()
                    || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            long now = System.nanoTime();
            if (now - last[0] > PAUSE_NANOS) {
                typed.setLength(0);
            }
            last[0] = now;
            if (c.isBlank() && typed.isEmpty()) {
                return; // a space alone opens nothing here and searches for nothing
            }
            typed.append(c);
            find(box.getItems(), typed.toString(), name, code).ifPresent(box::setValue);
            e.consume();
        });
    }

    private static String plain(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
