package id.payung.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two written names are the same person's name. Lists write one name many ways: in capitals or
 * not, with more or fewer spaces and dots, with a form of address in front ({@code Bpk.}, {@code Ibu},
 * {@code Sdr.}, {@code H.}, {@code Hj.}, {@code Drs.}) and academic degrees behind a comma
 * ({@code Maria Jelita, S.Pd.}). Those are ignored; every other difference (a letter, a word more or
 * less) counts, because a NIK given with two names means one of the two is mistyped, and the clerk is
 * the one to say which.
 *
 * <p>How a name is to be written ({@link #withoutFormOfAddress}): as on the KTP, which carries no form of address. A
 * leading form of address ({@code Ibu}, {@code Bu}, {@code Bapak}, {@code Bpk}, {@code Bp}, {@code Pak},
 * {@code Sdr}, {@code Sdri}, {@code Saudara}, {@code Saudari}, {@code Tn}, {@code Tuan}, {@code Ny}, {@code Nyonya},
 * {@code Nn}, {@code Nona}, and the {@code Bapa} / {@code Mama} of NTT's everyday speech, with or without a dot) is
 * said with the name without it as a proposal; the form and the import say it, and only the clerk takes it. Not
 * proposed away: {@code H.}, {@code Hj.} and degrees ({@code Drs.}), which a KTP may carry (Permendagri 73/2022).
 * A name in capitals ({@code MARIA NDOE}) is not proposed in other capitals: the KTP prints names in capitals, a
 * village list is often written whole in them, the register compares names without capitals ({@link #same}), and
 * no rule writes particles right ({@code Yohanes da Costa} beside {@code Da Costa}, {@code de Rosari}).
 */
public final class PersonName {
    /** The forms of address proposed away ({@link #withoutFormOfAddress}); lower case, without the dot. */
    private static final Set<String> ADDRESS = Set.of("ibu", "bu", "bapak", "bapa", "bpk", "bp", "pak", "mama", "sdr",
            "sdri", "saudara", "saudari", "tn", "tuan", "ny", "nyonya", "nn", "nona");
    /** What {@link #key} ignores in front of a name: the forms of address, titles and degrees. */
    private static final Set<String> FORMS_OF_ADDRESS = union(ADDRESS, Set.of("ib", "h", "hj", "haji", "hajjah", "dr",
            "drs", "dra", "ir", "prof"));
    /** A leading word and what follows it: a dot (spaces or none after it) or spaces. */
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)(?:\\s*\\.\\s*|\\s+)");

    /** Accents as Unicode writes them apart from their letter (after NFD). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** What is neither a letter, a digit, a dot nor a space in a name reduced to ASCII lower case. */
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9.\\s]");
    /** Between the words of a name: spaces and dots. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s.]+");

    private PersonName() {
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The name reduced to what identifies it: lower case, no accents, no forms of address or degrees, no spaces or punctuation. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // Most names are plain ASCII: no accents to take off (an import asks for a million rows' names).
        String n = (ascii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        int comma = n.indexOf(',');
        if (comma > 0) {
            n = n.substring(0, comma); // "Maria Jelita, S.Pd., M.Si." — degrees follow the comma
        }
        String[] words = WORD_BREAK.split(NOT_NAME.matcher(n).replaceAll(" ").strip());
        StringBuilder b = new StringBuilder();
        boolean leading = true;
        for (String w : words) {
            if (leading && FORMS_OF_ADDRESS.contains(w) && words.length > 1) {
                continue;
            }
            leading = false;
            b.append(w);
        }
        return b.toString();
    }

    /**
     * The name as the KTP writes it when {@code name} starts with a form of address: {@code Ibu Katarina Nimul} gives
     * {@code Katarina Nimul}, {@code Bpk.Yohanes Jehadu} {@code Yohanes Jehadu}, {@code SDR. MARIA NDOE}
     * {@code MARIA NDOE} (the rest as written). Empty when there is none, or nothing but it ({@code Ibu} alone is
     * the name). A proposal, never applied by itself (see the class comment).
     */
    public static Optional<String> withoutFormOfAddress(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String whole = name.strip();
        String rest = whole;
        Matcher m = LEADING_WORD.matcher(rest);
        while (m.find() && ADDRESS.contains(m.group(1).toLowerCase(Locale.ROOT))
                && rest.substring(m.end()).codePoints().anyMatch(Character::isLetter)) {
            rest = rest.substring(m.end()).strip();
            m = LEADING_WORD.matcher(rest);
        }
        return rest.equals(whole) ? Optional.empty() : Optional.of(rest);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * Whether a name holds a digit, of any script ({@code 04-03-1960}, {@code Ruteng 04-03-1960}, {@code Maria 2}): a KTP
     * name never does (trial 21c H2: a birth date typed into the name went in as a participant's name). The form's and
     * the import's one rule ({@link EnrollmentRules}): an error, never a guess at what the name was.
     */
    public static boolean holdsDigits(String name) {
        return name != null && name.codePoints().anyMatch(Character::isDigit);
    }

    /**
     * Whether {@code ch} is a character no one sees that a name copied from a web page, a chat or a PDF carries: the
     * zero-width space, non-joiner and joiner (U+200B–U+200D), the left-to-right and right-to-left marks (U+200E,
     * U+200F), the word joiner (U+2060) and the byte-order mark (U+FEFF). No KTP name holds one; it splits a name
     * where no one sees a split ("Maria" U+200B "Dagur" is found neither as "Maria Dagur" nor as "MariaDagur"), so
     * it is taken out (a zero-width space between two words becomes the space it stands for), with a warning ({@link #withoutInvisible}; trial 23b M4).
     */
    public static boolean isInvisible(char ch) {
        return ch >= '\u200B' && ch <= '\u200F' || ch == '\u2060' || ch == '\uFEFF';
    }

    /**
     * Whether {@code ch} is a control of the writing direction: the embeddings and overrides U+202A–U+202E and the
     * isolates U+2066–U+2069. One of them turns what follows around (U+202E before "ruguD airaM" shows it as "Maria Dugur") or
     * hides it, on the screen and in Excel: a name holding one is refused, never guessed at ({@link EnrollmentRules}).
     */
    public static boolean isDirectionControl(char ch) {
        return ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069';
    }

    /** Whether the name holds an {@link #isInvisible invisible} character. */
    public static boolean holdsInvisible(String name) {
        return name != null && name.chars().anyMatch(ch -> isInvisible((char) ch));
    }

    /** Whether the name holds a {@link #isDirectionControl control of the writing direction}. */
    public static boolean holdsDirectionControl(String name) {
        return name != null && name.chars().anyMatch(ch -> isDirectionControl((char) ch));
    }

    /**
     * The name without its {@link #isInvisible invisible} characters, the one cleaning the form's save and the import
     * make (the rules warn of it: {@link EnrollmentRules#invisibleInName}); the same string when it holds none.
     * Null stays null.
     */
    public static String withoutInvisible(String name) {
        if (!holdsInvisible(name)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!isInvisible(ch)) {
                b.append(ch);
            } else if (ch == '\u200B' && !b.isEmpty() && Character.isLetter(b.charAt(b.length() - 1))
                    && nextVisibleIsLetter(name, i + 1)) {
                // A zero-width space between two words stands for the space (a name copied from a web page or a chat:
                // "Maria" U+200B "Dagur" is Maria Dagur, found as such); the joiners and marks join, so go.
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static boolean nextVisibleIsLetter(String name, int from) {
        for (int i = from; i < name.length(); i++) {
            if (!isInvisible(name.charAt(i))) {
                return Character.isLetter(name.charAt(i));
            }
        }
        return false;
    }

    /**
     * The name as a message may show it: an invisible character or a control of the writing direction written as its
     * code ({@code Maria[U+200B]Dagur}, {@code [U+202E]ruguD airaM}), so the clerk sees where it is and the message
     * is not turned around by it. Null stays null.
     */
    public static String shown(String name) {
        if (name == null || !holdsInvisible(name) && !holdsDirectionControl(name)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length() + 16);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (isInvisible(ch) || isDirectionControl(ch)) {
                b.append(String.format(Locale.ROOT, "[U+%04X]", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Whether two written names are the same name (see the class comment). Blank names are never the same. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
