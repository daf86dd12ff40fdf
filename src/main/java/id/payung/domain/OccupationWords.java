package id.payung.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the office's occupations a written occupation names: by its name or code, by a word lists use for it
 * ("Ojol", "PRT", the e-KTP's "Petani/Pekebun") or, for a village official, by the post ("Kaur Keuangan", "Kades",
 * "Sekdes", "Kadus II"). The one rule: an import reads a list's Pekerjaan or Jabatan by it, and the form's
 * occupation search offers what it names. A word that may mean something else ("Staf Desa", "IRT", "Pj. Kepala
 * Desa") names nothing, so neither guesses. Words are compared by {@link TextKey}.
 */
public final class OccupationWords {
    /**
     * How lists name the seeded occupations besides their names (as {@link TextKey}s): only words that mean that
     * occupation and nothing else ("IRT", a housewife, stays "Lainnya"), among them the e-KTP's own wording (the
     * Dukcapil "Jenis Pekerjaan": "Petani/Pekebun", "Buruh Tani/Perkebunan", "Nelayan/Perikanan", "Buruh Nelayan/
     * Perikanan" (a crew hand is a fisher, UU 7/2016), "Perdagangan", "Konstruksi"). A village official named by a
     * bare Kaur or Kasi is a perangkat desa, so PU (Segment.impliedBy); their other titles are read by
     * {@link #villagePost}.
     */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("tukangojek", "OJEK"), Map.entry("ojek", "OJEK"), Map.entry("ojekonline", "OJEK"),
            Map.entry("ojol", "OJEK"), Map.entry("pengojek", "OJEK"),
            Map.entry("sopir", "SOPIR"), Map.entry("supir", "SOPIR"), Map.entry("sopirangkot", "SOPIR"),
            Map.entry("supirangkot", "SOPIR"), Map.entry("sopirangkutan", "SOPIR"), Map.entry("supirangkutan", "SOPIR"),
            Map.entry("prt", "ART"), Map.entry("pembanturumahtangga", "ART"),
            Map.entry("tukangbatu", "TUKANG-BANGUNAN"), Map.entry("tukangkayu", "TUKANG-BANGUNAN"),
            Map.entry("buruhbangunan", "TUKANG-BANGUNAN"),
            Map.entry("pedagangkecil", "PEDAGANG"), Map.entry("pedagangkeliling", "PEDAGANG"),
            Map.entry("perdagangan", "PEDAGANG"), Map.entry("konstruksi", "TUKANG-BANGUNAN"),
            Map.entry("petanipekebun", "PETANI"), Map.entry("pekebun", "PETANI"),
            Map.entry("buruhtaniperkebunan", "BURUH-TANI"), Map.entry("buruhperkebunan", "BURUH-TANI"),
            Map.entry("nelayanperikanan", "NELAYAN"), Map.entry("buruhnelayanperikanan", "NELAYAN"),
            Map.entry("buruhnelayan", "NELAYAN"),
            Map.entry("kaur", Occupation.VILLAGE_OFFICIAL), Map.entry("kasi", Occupation.VILLAGE_OFFICIAL));

    /**
     * Posts named with whatever follows them (the dusun, the desa, a number: "Kadus Lenda", "Kepala Dusun II",
     * "Kepala Desa Ranggi"), each word as a {@link TextKey} and joined. The kepala desa is no perangkat desa in
     * Permendagri 84/2015, but a village official paid as one from the village budget: the same segment (PU) and
     * the same count of protected village officials (DOMAIN.md), so recorded as one.
     */
    private static final Set<String> NAMED_POSTS = Set.of("sekdes", "sekretarisdesa", "kadus", "kepaladusun",
            "kades", "kepaladesa");

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

    private final List<Occupation> occupations;
    /** Prepared once: an import asks for every row. */
    private final Map<String, Occupation> byKey = new HashMap<>();

    /** The rule over the office's list of occupations (a word names an occupation only where the list has it). */
    public OccupationWords(List<Occupation> occupations) {
        this.occupations = List.copyOf(occupations);
        for (Occupation o : this.occupations) {
            byKey.putIfAbsent(TextKey.of(o.name()), o);
            byKey.putIfAbsent(TextKey.of(o.code()), o);
        }
        // The words village lists use for the seeded occupations, where the office's list has that occupation.
        WORDS.forEach((word, code) -> this.occupations.stream().filter(o -> o.code().equals(code)).findFirst()
                .ifPresent(o -> byKey.putIfAbsent(word, o)));
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
     * Whether an occupation text names a village official by the post (Permendagri 84/2015): "Kaur Keuangan",
     * "Kepala Urusan Tata Usaha dan Umum", "Kasi Pelayanan", "Kadus Lenda", "Kepala Desa". A word that may mean
     * another office is not guessed: "Staf", "Staf Desa", "Operator Desa", "Anggota BPD", "Pj. Kepala Desa" (the
     * regent's civil servant) or "Kasir" are no such post.
     */
    public static boolean villagePost(String text) {
        List<String> words = new ArrayList<>();
        for (String w : (text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            String n = TextKey.of(w);
            if (!n.isEmpty()) {
                words.add(n);
            }
        }
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
