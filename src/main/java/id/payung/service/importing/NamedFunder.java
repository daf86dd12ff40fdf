package id.payung.service.importing;

import id.payung.domain.FunderRules;
import id.payung.domain.FundingSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The funder a list names for itself, in a title row ("SUMBER DANA: APBDes NDEHES", "Sumber Dana : APBD Kabupaten")
 * or its file name ("Daftar Peserta APBDes Desa Lalong 2026.csv"): the import window proposes it, as it proposes the
 * year and the kecamatan. Words are compared whole and without case or accents, against each active funder's code
 * ("APBD-KAB-MGR" as the words APBD KAB MGR) and each part of its name ("APBDes / ADD desa se-Kabupaten Manggarai":
 * "APBDes" and "ADD desa se-Kabupaten Manggarai"). A part is named by its first words, in order: two or more of them
 * ("APBD Kabupaten", "APBD Prov"), or one alone when it is the whole part or code ("APBDes", "CSR", "Mandiri") or is
 * written in capitals in the name, as a budget's abbreviation is ("ADD", "APBD"). A text names the funders it names
 * with the most words ("APBD Provinsi" names the provincial budget, not every APBD). Only one funder named by the
 * texts together is an answer; two ("APBD" alone, or a title and a file name that disagree) are none, never a guess.
 */
public final class NamedFunder {
    /** The funder a file names, and the text (a title row or the file's name) that names it. */
    public record Found(FundingSource funder, String text, boolean fromFileName) {
    }

    private NamedFunder() {
    }

    /**
     * The one active funder that the file's name and title rows name together, with the first text naming it;
     * empty when they name none or more than one.
     */
    public static Optional<Found> of(List<FundingSource> funders, String fileName, List<String> titleRows) {
        List<FundingSource> active = funders.stream().filter(FundingSource::active).toList();
        Map<String, Found> named = new LinkedHashMap<>();
        for (String title : titleRows) {
            for (FundingSource f : namedBy(active, title)) {
                named.putIfAbsent(f.code(), new Found(f, title.strip(), false));
            }
        }
        if (fileName != null) {
            String name = fileName.replaceFirst("\\.[A-Za-z]{3,4}$", ""); // the extension is no word of the list's
            for (FundingSource f : namedBy(active, name)) {
                named.putIfAbsent(f.code(), new Found(f, fileName, true));
            }
        }
        return named.size() == 1 ? Optional.of(named.values().iterator().next()) : Optional.empty();
    }

    /** The funders one text names with the most words (none, one, or several that tie). */
    static List<FundingSource> namedBy(List<FundingSource> funders, String text) {
        List<String> words = words(text);
        List<FundingSource> best = new ArrayList<>();
        int most = 0;
        for (FundingSource f : funders) {
            int n = 0;
            for (Term t : terms(f)) {
                n = Math.max(n, t.matched(words));
            }
            if (n > 0 && n >= most) {
                if (n > most) {
                    best.clear();
                    most = n;
                }
                best.add(f);
            }
        }
        return best;
    }

    /** A code or a part of a name as words; {@code aloneFirst}: its first word names it on its own. */
    private record Term(List<String> words, boolean aloneFirst) {
        /** How many of this term's first words the text holds in a row (0: not named). */
        int matched(List<String> text) {
            int best = 0;
            for (int at = 0; at < text.size(); at++) {
                int n = 0;
                while (n < words.size() && at + n < text.size() && text.get(at + n).equals(words.get(n))) {
                    n++;
                }
                if (n >= 2 || n == 1 && (aloneFirst || words.size() == 1)) {
                    best = Math.max(best, n);
                }
            }
            return best;
        }
    }

    private static List<Term> terms(FundingSource f) {
        List<Term> terms = new ArrayList<>();
        List<String> code = words(f.code());
        if (!code.isEmpty()) {
            terms.add(new Term(code, code.size() == 1));
        }
        for (String part : f.name().split("[/(),;]")) {
            List<String> words = words(part);
            if (!words.isEmpty()) {
                String first = java.util.Arrays.stream(part.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                        .findFirst().orElse("");
                boolean abbreviation = first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT))
                        && first.chars().anyMatch(Character::isLetter);
                terms.add(new Term(words, abbreviation));
            }
        }
        return terms;
    }

    /** A text's words, each as a list names a funder ({@link FunderRules#listKey}): "Sumber Dana : APBD" → sumber dana apbd. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            String key = FunderRules.listKey(w);
            if (!key.isEmpty()) {
                words.add(key);
            }
        }
        return words;
    }
}
