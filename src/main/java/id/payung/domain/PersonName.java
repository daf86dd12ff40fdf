package id.payung.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * When two written names are the same person's name. Lists write one name many ways: in capitals or
 * not, with more or fewer spaces and dots, with a form of address in front ({@code Bpk.}, {@code Ibu},
 * {@code Sdr.}, {@code H.}, {@code Hj.}, {@code Drs.}) and academic degrees behind a comma
 * ({@code Maria Jelita, S.Pd.}). Those are ignored; every other difference (a letter, a word more or
 * less) counts, because a NIK given with two names means one of the two is mistyped, and the clerk is
 * the one to say which.
 */
public final class PersonName {
    private static final Set<String> FORMS_OF_ADDRESS = Set.of("bpk", "bapak", "bp", "pak", "ibu", "bu", "ib", "sdr",
            "sdri", "saudara", "saudari", "h", "hj", "haji", "hajjah", "dr", "drs", "dra", "ir", "prof", "tn", "ny", "nn",
            "nona", "tuan", "nyonya");

    private PersonName() {
    }

    /** The name reduced to what identifies it: lower case, no accents, no forms of address or degrees, no spaces or punctuation. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        int comma = n.indexOf(',');
        if (comma > 0) {
            n = n.substring(0, comma); // "Maria Jelita, S.Pd., M.Si." — degrees follow the comma
        }
        String[] words = n.replaceAll("[^a-z0-9.\\s]", " ").strip().split("[\\s.]+");
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

    /** Whether two written names are the same name (see the class comment). Blank names are never the same. */
    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
