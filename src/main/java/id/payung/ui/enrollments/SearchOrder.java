package id.payung.ui.enrollments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/**
 * The order of a searchable list as the clerk types: the entry whose name is the text first, then names starting
 * with it, then names with a word starting with it, then names holding every word, then the rest (a desa found by
 * its kecamatan). The first is highlighted at once, so Tab and Enter take the best match for what was typed, not
 * the value the field held before (trial 14 F3: "wae rii" + Tab kept "Poco (Kec. Wae Rii)").
 */
public final class SearchOrder {
    private SearchOrder() {
    }

    /**
     * How well {@code name} answers {@code typed}: 0 the same name, 1 starts with it, 2 a word starts with it,
     * 3 holds every typed word, 4 otherwise (found by another part of its label). A null name ranks 4.
     */
    public static int rank(String name, String typed) {
        String t = plain(typed);
        if (name == null || t.isEmpty()) {
            return 4;
        }
        String n = plain(name);
        if (n.equals(t)) {
            return 0;
        }
        if (n.startsWith(t)) {
            return 1;
        }
        if ((" " + n).contains(" " + t)) {
            return 2;
        }
        for (String word : t.split(" ")) {
            if (!n.contains(word)) {
                return 4;
            }
        }
        return 3;
    }

    /** {@code items} best first for {@code typed}; equally good ones keep their order (kecamatan, then code). */
    public static <T> List<T> ranked(List<T> items, String typed, Function<T, String> name) {
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparingInt(item -> rank(item == null ? null : name.apply(item), typed)));
        return out;
    }

    /**
     * The entries whose {@code label} holds every word of {@code typed} (case ignored), as the ControlsFX skin
     * filters: what a search text that the skin never saw (a prefix taken off) would have listed.
     */
    public static <T> List<T> holdingEveryWord(List<T> items, String typed, Function<T, String> label) {
        String[] words = plain(typed).split(" ");
        return items.stream().filter(item -> {
            String l = plain(label.apply(item));
            for (String word : words) {
                if (!l.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /**
     * Makes a ControlsFX {@code SearchableComboBox} list its matches best first and highlight the first as the
     * clerk types; {@code name} gives what an entry is called (null when it is found only by its label, as a
     * kecamatan in the desa list). Nothing matching leaves the field empty: saving then asks for it, where keeping
     * the old value would save it unseen.
     */
    public static <T> void bestFirst(ComboBox<T> box, Function<T, String> name) {
        bestFirst(box, name, UnaryOperator.identity());
    }

    /**
     * As {@link #bestFirst(ComboBox, Function)}, searching for {@code searched} of what was typed: the desa list
     * searches "Ds. Poco" as "Poco" ({@code RegionNaming::withoutDesaPrefix}), as the import reads a list's desa.
     */
    public static <T> void bestFirst(ComboBox<T> box, Function<T, String> name, UnaryOperator<String> searched) {
        bestFirst(box, name, searched, typed -> Optional.empty(), typed -> List.of());
    }

    /**
     * As {@link #bestFirst(ComboBox, Function)}, also offering the entry {@code namedBy} says the typed text names
     * though no label holds it: the occupation list offers "Perangkat desa" for "Kades" ({@code OccupationWords}).
     */
    public static <T> void bestFirst(ComboBox<T> box, Function<T, String> name, Function<String, Optional<T>> namedBy) {
        bestFirst(box, name, UnaryOperator.identity(), namedBy, typed -> List.of());
    }

    /**
     * As {@link #bestFirst(ComboBox, Function, Function)}, also offering, as the clerk types, the entries
     * {@code startedBy} says the text is the start of (best first) though no label holds it: the occupation list
     * offers "Perangkat desa" for "kad" or "kepala d" ({@code OccupationWords.startedBy}).
     */
    public static <T> void bestFirst(ComboBox<T> box, Function<T, String> name, Function<String, Optional<T>> namedBy,
                                     Function<String, List<T>> startedBy) {
        bestFirst(box, name, UnaryOperator.identity(), namedBy, startedBy);
    }

    private static <T> void bestFirst(ComboBox<T> box, Function<T, String> name, UnaryOperator<String> searched,
                                      Function<String, Optional<T>> namedBy, Function<String, List<T>> startedBy) {
        if (box.getSkin() != null) {
            install(box, name, searched, namedBy, startedBy);
        }
        box.skinProperty().addListener((o, was, now) -> {
            if (now != null) {
                install(box, name, searched, namedBy, startedBy);
            }
        });
    }

    /**
     * What the list offers for {@code typed}, best first: the {@code found} entries as {@link #ranked}, and the entry
     * {@code namedBy} says the text names (a title, an e-KTP word) first, after an entry named exactly as typed.
     * A text naming nothing (a word the rule leaves open, "Staf Desa") adds nothing, so nothing is picked for it.
     */
    public static <T> List<T> offered(List<T> found, String typed, Function<T, String> name,
                                      Function<String, Optional<T>> namedBy) {
        return offered(found, typed, name, namedBy, t -> List.of());
    }

    /**
     * As {@link #offered(List, String, Function, Function)}, also offering the entries {@code startedBy} says the
     * typed text is the start of ("kad": a title of a Perangkat desa), in its order, ranked as a name with a word
     * starting with the text: after a name starting with it, before a name only holding it.
     */
    public static <T> List<T> offered(List<T> found, String typed, Function<T, String> name,
                                      Function<String, Optional<T>> namedBy, Function<String, List<T>> startedBy) {
        List<T> started = startedBy.apply(typed);
        List<T> best = new ArrayList<>(started);
        for (T item : found) {
            if (!best.contains(item)) {
                best.add(item);
            }
        }
        best.sort(Comparator.comparingInt(item -> {
            int shown = rank(item == null ? null : name.apply(item), typed);
            return started.contains(item) ? Math.min(2, shown) : shown;
        }));
        Optional<T> named = namedBy.apply(typed);
        if (named.isEmpty()) {
            return best;
        }
        best.remove(named.get());
        boolean exact = !best.isEmpty() && best.get(0) != null && rank(name.apply(best.get(0)), typed) == 0;
        best.add(exact ? 1 : 0, named.get());
        return best;
    }

    @SuppressWarnings("unchecked")
    private static <T> void install(ComboBox<T> box, Function<T, String> name, UnaryOperator<String> searched,
                                    Function<String, Optional<T>> namedBy, Function<String, List<T>> startedBy) {
        // The skin's own parts, by the ids it gives them: its search field, and the combo box holding its matches.
        Node search = box.lookup("#search");
        Node filtered = box.lookup("#filtered");
        if (!(search instanceof TextField field) || !(filtered instanceof ComboBox<?> matchesBox)
                || box.getProperties().containsKey(SearchOrder.class)) {
            return;
        }
        box.getProperties().put(SearchOrder.class, Boolean.TRUE);
        ComboBox<T> matches = (ComboBox<T>) matchesBox;
        // The value the list opened on: the search typed away again, it is what Tab keeps.
        List<T> openedOn = new ArrayList<>(1);
        matches.showingProperty().addListener((o, was, now) -> {
            openedOn.clear();
            if (now) {
                openedOn.add(box.getValue());
            }
        });
        keepClickedMatch(box, matches);
        keepListOpenWhileTyped(box, field, matches);
        // A change listener runs after the skin's own (an invalidation listener), so its matches are there to order.
        field.textProperty().addListener((o, was, now) -> {
            String raw = now == null ? "" : now.strip();
            if (!matches.isShowing()) {
                return; // emptied as the list closes: nothing was typed to pick by
            }
            String typed = searched.apply(raw).strip();
            if (typed.isEmpty()) {
                if (!raw.isEmpty()) {
                    matches.setItems(FXCollections.observableArrayList(box.getItems())); // "Ds. ": a name follows
                }
                if (!openedOn.isEmpty()) {
                    box.setValue(openedOn.get(0));
                }
                return;
            }
            // The skin listed what holds the words typed; a prefix taken off ("Ds. Poco") is searched without it.
            List<T> found = typed.equals(raw) ? new ArrayList<>(matches.getItems())
                    : holdingEveryWord(box.getItems(), typed, item -> box.getConverter() == null ? String.valueOf(item)
                            : box.getConverter().toString(item));
            List<T> best = offered(found, typed, name, namedBy, startedBy);
            matches.setItems(FXCollections.observableArrayList(best));
            if (best.isEmpty()) {
                matches.getSelectionModel().clearSelection();
            } else {
                matches.getSelectionModel().select(0);
            }
        });
    }

    /**
     * Trial 22b M2: Desa/Kelurahan filtered "Poco" unseen, its list closed (Alt+Down showed the filter had held it all
     * along): the keys went to the search field, which shows only with the list. A list closed under the caret (by
     * Esc or the window, not by Enter or Tab) leaves the caret on the field itself, where a letter opens the list again;
     * and a letter reaching the search field while the list is closed opens it first, so what is typed is seen.
     */
    private static <T> void keepListOpenWhileTyped(ComboBox<T> box, TextField field, ComboBox<T> matches) {
        matches.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                javafx.application.Platform.runLater(() -> {
                    if (field.isFocused() && !matches.isShowing()) {
                        box.requestFocus();
                    }
                });
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!matches.isShowing() && c != null && !c.isEmpty() && c.charAt(0) >= ' ' && c.charAt(0) != 127
                    && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                matches.show();
            }
        });
    }

    /**
     * A click on the highlighted match is that match (trial 07/12/2026 #2: "Poco", a click on the highlighted "Poco
     * (Kec. Wae Rii)" set "Kec. Wae Rii"). A row already selected is selected again on the button's release, by its
     * row number; but the list's own filter closes it on that release first, and the search text emptied as it closes
     * lists every entry again, so that row number was the whole list's first entry (the first kecamatan). The release
     * that closed the list is not passed on to the row: the entry pressed is the value.
     */
    private static <T> void keepClickedMatch(ComboBox<T> box, ComboBox<T> matches) {
        java.util.function.Consumer<javafx.scene.control.Skin<?>> onSkin = skin -> {
            if (skin instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> listSkin
                    && listSkin.getPopupContent() instanceof javafx.scene.control.ListView<?> list
                    && !list.getProperties().containsKey(SearchOrder.class)) {
                list.getProperties().put(SearchOrder.class, Boolean.TRUE);
                List<T> pressed = new ArrayList<>(1);
                list.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                    pressed.clear();
                    cellItem(e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode())
                            .ifPresent(item -> pressed.add(matchOf(matches, item)));
                });
                list.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
                    if (!matches.isShowing() && !pressed.isEmpty() && pressed.get(0) != null) {
                        e.consume(); // closed by this release: the row's own selection would read the whole list
                        box.setValue(pressed.get(0));
                    }
                    pressed.clear();
                });
            }
        };
        onSkin.accept(matches.getSkin());
        matches.skinProperty().addListener((o, was, now) -> onSkin.accept(now));
    }

    /** The item of the list cell holding {@code node}, if any (empty for an empty row or outside a cell). */
    private static Optional<Object> cellItem(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ListCell<?> cell) {
                return cell.isEmpty() ? Optional.empty() : Optional.ofNullable(cell.getItem());
            }
        }
        return Optional.empty();
    }

    /** {@code item} as an entry of {@code matches} (null when it lists no such entry). */
    private static <T> T matchOf(ComboBox<T> matches, Object item) {
        return matches.getItems().stream().filter(m -> java.util.Objects.equals(m, item)).findFirst().orElse(null);
    }

    /** Lower case with single spaces, as the search field is compared. */
    private static String plain(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
