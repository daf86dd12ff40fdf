package id.payung.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the office's occupations a written occupation names: by its name or code, by a word lists use for it
 * ("Ojol", "PRT", the e-KTP's "Petani/Pekebun") or, for a village official, by the post ("Kaur Keuangan", "Kades",
 * "Sekdes", "Kadus II"). The one rule: an import reads a list's Pekerjaan or Jabatan by it ({@link #named}, the
 * whole text), and the form's occupation search offers what it names and, as the clerk types, what the text is the
 * start of ({@link #startedBy}: "kad" offers Perangkat desa). A word that may mean something else ("Staf Desa",
 * "IRT", "Pj. Kepala Desa") names nothing, so neither guesses. Words are compared by {@link TextKey}.
 */
public final class OccupationWords {
    /**
     * How lists name the seeded occupations besides their names (compared by {@link TextKey}, written here word by
     * word for the form's search, which also offers them from a later word: "angkot"): only words that mean that
     * occupation and nothing else ("IRT", a housewife, stays "Lainnya"), among them the e-KTP's own wording (the
     * Dukcapil "Jenis Pekerjaan": "Petani/Pekebun", "Buruh Tani/Perkebunan", "Nelayan/Perikanan", "Buruh Nelayan/
     * Perikanan" (a crew hand is a fisher, UU 7/2016), "Perdagangan", "Konstruksi"). A village official named by a
     * bare Kaur or Kasi is a perangkat desa, so PU (Segment.impliedBy); their other titles are read by
     * {@link #villagePost}.
     */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("tukang ojek", "OJEK"), Map.entry("ojek", "OJEK"), Map.entry("ojek online", "OJEK"),
            Map.entry("ojol", "OJEK"), Map.entry("pengojek", "OJEK"),
            Map.entry("sopir", "SOPIR"), Map.entry("supir", "SOPIR"), Map.entry("sopir angkot", "SOPIR"),
            Map.entry("supir angkot", "SOPIR"), Map.entry("sopir angkutan", "SOPIR"),
            Map.entry("supir angkutan", "SOPIR"),
            Map.entry("prt", "ART"), Map.entry("pembantu rumah tangga", "ART"),
            Map.entry("tukang batu", "TUKANG-BANGUNAN"), Map.entry("tukang kayu", "TUKANG-BANGUNAN"),
            Map.entry("buruh bangunan", "TUKANG-BANGUNAN"),
            Map.entry("pedagang kecil", "PEDAGANG"), Map.entry("pedagang keliling", "PEDAGANG"),
            Map.entry("perdagangan", "PEDAGANG"), Map.entry("konstruksi", "TUKANG-BANGUNAN"),
            Map.entry("petani pekebun", "PETANI"), Map.entry("pekebun", "PETANI"),
            Map.entry("buruh tani perkebunan", "BURUH-TANI"), Map.entry("buruh perkebunan", "BURUH-TANI"),
            Map.entry("nelayan perikanan", "NELAYAN"), Map.entry("buruh nelayan perikanan", "NELAYAN"),
            Map.entry("buruh nelayan", "NELAYAN"),
            Map.entry("kaur", Occupation.VILLAGE_OFFICIAL), Map.entry("kasi", Occupation.VILLAGE_OFFICIAL));

    /**
     * Posts named with whatever follows them (the dusun, the desa, a number: "Kadus Lenda", "Kepala Dusun II",
     * "Kepala Desa Ranggi"), each word as a {@link TextKey} and joined. The kepala desa is no perangkat desa in
     * Permendagri 84/2015, but a village official paid as one from the village budget: the same segment (PU) and
     * the same count of protected village officials (DOMAIN.md), so recorded as one. "Sekertaris" is how many
     * lists (and clerks) spell the sekretaris.
     */
    private static final Set<String> NAMED_POSTS = Set.of("sekdes", "sekretarisdesa", "sekertarisdesa", "kadus",
            "kepaladusun", "kades", "kepaladesa");

    /** The heads of a post that is a perangkat desa only with one of {@link #VILLAGE_UNITS} after it. */
    private static final Set<String> UNIT_POSTS = Set.of("kaur", "kepalaurusan", "kasi", "kepalaseksi");

    /**
     * The units of a Kaur or Kasi of a village (Permendagri 84/2015 and, still used, PP 72/2005), written out or
     * shortened, an optional "desa" after them dropped: "Kaur Tata Usaha dan Umum", "Kaur TU & Umum", "Kaur Keu",
     * "Kasi Kesra". Only these: "Kasi Pemerintahan Kecamatan" is the kecamatan's civil servant.
     */
    private static final Set<String> VILLAGE_UNITS = Set.of("keuangan", "keu", "umum", "perencanaan",
            "tatausahadanumum", "tatausahaumum", "tudanumum", "tuumum", "tatausaha", "tu", "umumdanperencanaan",
            "umumperencanaan", "pemerintahan", "pem", "pemerintahandanpembangunan", "pembangunan", "pelayanan",
            "kesejahteraan", "kesra", "kesejahteraanrakyat", "kesejahteraanmasyarakat", "kesejahteraandanpelayanan",
            "kesejahteraanpelayanan");

    /**
     * The fewest letters (of the {@link TextKey}) from which {@link #startedBy} offers an occupation by a word or
     * title it starts: "kad" offers Perangkat desa; "k" or "ka" would start half the words (Kaur, Kasi, Kades,
     * Konstruksi), offering what the clerk cannot see a reason for. A word typed whole names its occupation from
     * any length ("PRT").
     */
    public static final int FEWEST_LETTERS = 3;

    private final List<Occupation> occupations;
    /** Prepared once: an import asks for every row. */
    private final Map<String, Occupation> byKey = new HashMap<>();
    /** What {@link #startedBy} compares with, best first; prepared when first asked (an import never asks). */
    private List<Start> starts;

    /** A name, word or title (as a {@link TextKey}) a typed text may start, and how good a match that is. */
    private record Start(String key, Occupation occupation, int rank) {
        /** A name from its start. */
        static final int NAME = 0;
        /** A list word or a village title from its start. */
        static final int WORD = 1;
        /** A name or list word from one of its later words ("tani" of "Buruh tani", "angkot" of "Sopir angkot"). */
        static final int LATER_WORD = 2;
    }

    /** The rule over the office's list of occupations (a word names an occupation only where the list has it). */
    public OccupationWords(List<Occupation> occupations) {
        this.occupations = List.copyOf(occupations);
        for (Occupation o : this.occupations) {
            byKey.putIfAbsent(TextKey.of(o.name()), o);
            byKey.putIfAbsent(TextKey.of(o.code()), o);
        }
        // The words village lists use for the seeded occupations, where the office's list has that occupation.
        WORDS.forEach((word, code) -> this.occupations.stream().filter(o -> o.code().equals(code)).findFirst()
                .ifPresent(o -> byKey.putIfAbsent(TextKey.of(word), o)));
    }

    /**
     * The occupation {@code text} names, or empty: for a blank text, a word of no occupation ("Wiraswasta") and a
     * word that may mean more than one ("Staf Desa").
     */
    public Optional<Occupation> named(String text) {
        String key = TextKey.of(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Occupation> match = Optional.ofNullable(byKey.get(key));
        if (match.isEmpty() && villagePost(text)) {
            match = occupations.stream().filter(x -> Occupation.isVillageOfficial(x.code())).findFirst();
        }
        return match;
    }

    /**
     * The occupations {@code typed} may be the start of, best first, for the form's search as the clerk types: the one
     * it names ({@link #named}), then those whose name starts with it ("peta": Petani, also where the form shows the
     * name in English), then those with a list word or village title starting with it ("kad", "kau", "seke",
     * "kepala d", "kaur keu": Perangkat desa), then those with a later word of a name or list word starting with it
     * ("angkot": Sopir angkutan). Words and titles are offered from {@link #FEWEST_LETTERS} letters; a title only from
     * its start, and only as far as it goes: "kasir" or "kepala sekolah" start no title. The import never asks:
     * it reads a list's whole word by {@link #named}.
     */
    public List<Occupation> startedBy(String typed) {
        String key = TextKey.of(typed);
        List<Occupation> out = new ArrayList<>();
        named(typed).ifPresent(out::add);
        if (key.length() < FEWEST_LETTERS) {
            return out;
        }
        for (Start s : starts()) {
            if (s.key().startsWith(key) && !out.contains(s.occupation())) {
                out.add(s.occupation());
            }
        }
        return out;
    }

    private synchronized List<Start> starts() {
        if (starts == null) {
            List<Start> all = new ArrayList<>();
            for (Occupation o : occupations) {
                addWordStarts(all, o.name(), o, Start.NAME);
            }
            WORDS.forEach((word, code) -> occupations.stream().filter(o -> o.code().equals(code)).findFirst()
                    .ifPresent(o -> addWordStarts(all, word, o, Start.WORD)));
            occupations.stream().filter(o -> Occupation.isVillageOfficial(o.code())).findFirst().ifPresent(village -> {
                NAMED_POSTS.forEach(post -> all.add(new Start(post, village, Start.WORD)));
                for (String head : UNIT_POSTS) {
                    all.add(new Start(head, village, Start.WORD));
                    for (String unit : VILLAGE_UNITS) {
                        all.add(new Start(head + unit + "desa", village, Start.WORD));
                    }
                }
            });
            // Best first, and among equals in the office's order of its list.
            all.sort(Comparator.comparingInt(Start::rank).thenComparingInt(s -> occupations.indexOf(s.occupation())));
            starts = List.copyOf(all);
        }
        return starts;
    }

    /** {@code written} from its start ({@code rank}) and from each later word ({@link Start#LATER_WORD}). */
    private static void addWordStarts(List<Start> all, String written, Occupation o, int rank) {
        List<String> words = words(written);
        for (int i = 0; i < words.size(); i++) {
            all.add(new Start(String.join("", words.subList(i, words.size())), o, i == 0 ? rank : Start.LATER_WORD));
        }
    }

    /** The words of {@code text}, each as a {@link TextKey}. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : (text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            String n = TextKey.of(w);
            if (!n.isEmpty()) {
                words.add(n);
            }
        }
        return words;
    }

    /**
     * Whether an occupation text names a village official by the post (Permendagri 84/2015): "Kaur Keuangan",
     * "Kepala Urusan Tata Usaha dan Umum", "Kasi Pelayanan", "Kadus Lenda", "Kepala Desa". A word that may mean
     * another office is not guessed: "Staf", "Staf Desa", "Operator Desa", "Anggota BPD", "Pj. Kepala Desa" (the
     * regent's civil servant) or "Kasir" are no such post.
     */
    public static boolean villagePost(String text) {
        List<String> words = words(text);
        for (int i = 1; i <= Math.min(2, words.size()); i++) {
            String head = String.join("", words.subList(0, i));
            List<String> after = words.subList(i, words.size());
            if (NAMED_POSTS.contains(head)) {
                return true;
            }
            if (UNIT_POSTS.contains(head)) {
                if (!after.isEmpty() && after.get(after.size() - 1).equals("desa")) {
                    after = after.subList(0, after.size() - 1);
                }
                return VILLAGE_UNITS.contains(String.join("", after));
            }
        }
        return false;
    }
}
