package id.payung.service.importing;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegionNaming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a kecamatan or a desa/kelurahan by the name a village wrote. Names are compared without case,
 * spaces and punctuation ({@code Wae Ri'i} = {@code WAE RII}), without the prefixes villages put before
 * them ({@code Desa}, {@code Ds.}, {@code Kelurahan}, {@code Kel.}; {@code Kecamatan}, {@code Kec.}: the domain's
 * {@link RegionNaming}, which the enrollment form's desa search uses too), and,
 * when that finds nothing, loosely: doubled letters as one and the old spellings ({@code oe}, {@code dj},
 * {@code tj}) as today's, so {@code Wae Ri} finds {@code Wae Rii}. A name two places share is never
 * guessed: the caller gets both and asks for the kecamatan.
 */
public final class RegionNames {
    private static final int NEAREST = 3;

    private final Map<String, Region> kecamatanById = new HashMap<>();
    private final Map<String, List<Region>> kecamatanByKey = new HashMap<>();
    private final Map<String, List<Region>> kecamatanByLoose = new HashMap<>();
    private final Map<String, List<Region>> desaByKey = new HashMap<>();
    private final Map<String, List<Region>> desaByLoose = new HashMap<>();
    private final List<Region> villages = new ArrayList<>();
    private final Map<String, Region> villageByCode = new HashMap<>();
    private final Map<String, Integer> villagesPerKecamatan = new HashMap<>();

    RegionNames(List<Region> regions) {
        for (Region r : regions) {
            if (r.level() == RegionLevel.KECAMATAN) {
                String key = Column.normalize(r.name());
                kecamatanById.put(r.code(), r);
                kecamatanByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                kecamatanByLoose.computeIfAbsent(loose(key), k -> new ArrayList<>()).add(r);
            } else if (r.level() == RegionLevel.DESA || r.level() == RegionLevel.KELURAHAN) {
                String key = Column.normalize(r.name());
                desaByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                desaByLoose.computeIfAbsent(loose(key), k -> new ArrayList<>()).add(r);
                villages.add(r);
                villageByCode.put(r.code(), r);
                villagesPerKecamatan.merge(r.parentCode(), 1, Integer::sum);
            }
        }
    }

    /** What a desa name came to. */
    enum Outcome {
        /** One village: {@code region}. */
        FOUND,
        /** Several villages of that name in different kecamatan ({@code candidates}): the kecamatan decides. */
        AMBIGUOUS,
        /** The name is a village of another kecamatan than the one given ({@code candidates}). */
        OTHER_KECAMATAN,
        /** No village of that name; {@code candidates} are the nearest known ones. */
        UNKNOWN,
        /** No village of that name, and the kecamatan given has no villages in the region list yet. */
        KECAMATAN_HAS_NO_VILLAGES,
        /** No village of that name, no kecamatan given, and the region list holds no villages at all. */
        NO_VILLAGES_KNOWN
    }

    /** A desa name's outcome with the villages it concerns. */
    record Match(Outcome outcome, Region region, List<Region> candidates) {
    }

    /** The kecamatan a text names (prefix, case and punctuation aside), if exactly one. */
    Optional<Region> kecamatan(String text) {
        String key = Column.normalize(RegionNaming.withoutKecamatanPrefix(text));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Region> found = kecamatanByKey.getOrDefault(key, List.of());
        if (found.isEmpty()) {
            found = kecamatanByLoose.getOrDefault(loose(key), List.of());
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "Kecamatan" or "Kec." as a word of a title row, and what stands between it and the name. */
    private static final Pattern KECAMATAN_WORD =
            Pattern.compile("(?iu)(?<!\\p{L})(kecamatan|kec)(?!\\p{L})\\s*[.:]?\\s*");
    /** The most words a kecamatan's name has ("Satar Mese Barat"), and one for a stray dash. */
    private static final int NAME_WORDS = 4;

    /**
     * The kecamatan a list's title rows name after the word "Kecamatan" or "Kec." ("DESA LALONG KEC. WAE RII
     * TAHUN 2026"): the longest run of words after it that is a kecamatan's name ("Satar Mese Barat", not "Satar
     * Mese"). Only when the titles name exactly one kecamatan of this list; a name after the word that is no
     * kecamatan, or two kecamatan named, give none: never a guess.
     */
    Optional<Region> kecamatanIn(List<String> titles) {
        java.util.Set<Region> named = new java.util.LinkedHashSet<>();
        for (String title : titles) {
            java.util.regex.Matcher m = KECAMATAN_WORD.matcher(title == null ? "" : title);
            while (m.find()) {
                String rest = title.substring(m.end()).strip();
                if (rest.isEmpty()) {
                    continue; // the word ends the row ("REKAP PER KECAMATAN"): it names none
                }
                String[] words = rest.split("\\s+");
                Optional<Region> found = Optional.empty();
                for (int n = Math.min(NAME_WORDS, words.length); n > 0 && found.isEmpty(); n--) {
                    found = kecamatan(String.join(" ", java.util.Arrays.asList(words).subList(0, n)));
                }
                if (found.isEmpty()) {
                    return Optional.empty(); // "Kecamatan X" with an X Payung does not know: say nothing
                }
                named.add(found.get());
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** "Desa", "Ds.", "Kelurahan" or "Kel." as a word of a title row, and what stands between it and the name. */
    private static final Pattern DESA_WORD =
            Pattern.compile("(?iu)(?<!\\p{L})(desa|ds|kelurahan|kel)(?!\\p{L})\\s*[.:]?\\s*");

    /**
     * The desa/kelurahan a list's title rows name after the word "Desa" or "Kelurahan" ("DAFTAR PEKERJA RENTAN DESA
     * PONG LALE"), as {@link #kecamatanIn} finds the kecamatan: the longest run of words after it that is a village's
     * name, inside {@code kecamatan} when one is given. Found only when it is exactly one village; a name several
     * villages share comes back with them (not found: the clerk chooses); a name that is no village, or two villages
     * named, give none.
     */
    Optional<TitleDesa> desaIn(List<String> titles, Region kecamatan) {
        java.util.Map<String, TitleDesa> named = new java.util.LinkedHashMap<>();
        for (String title : titles) {
            java.util.regex.Matcher m = DESA_WORD.matcher(title == null ? "" : title);
            while (m.find()) {
                String rest = title.substring(m.end()).strip();
                if (rest.isEmpty()) {
                    continue; // "REKAP PER DESA": names none
                }
                String[] words = rest.split("\\s+");
                TitleDesa found = null;
                for (int n = Math.min(NAME_WORDS, words.length); n > 0 && found == null; n--) {
                    String text = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
                    Match match = desa(text, kecamatan);
                    if (match.outcome() == Outcome.FOUND) {
                        found = new TitleDesa(text, match.region(), List.of());
                    } else if (match.outcome() == Outcome.AMBIGUOUS) {
                        found = new TitleDesa(text, null, match.candidates());
                    }
                }
                if (found != null) {
                    named.putIfAbsent(found.found() ? found.desa().code() : desaKey(found.text()), found);
                }
            }
        }
        return named.size() == 1 ? Optional.of(named.values().iterator().next()) : Optional.empty();
    }

    /** The kecamatan nearest to a name that is not one, for the message. */
    List<String> nearestKecamatan(String text) {
        String key = Column.normalize(RegionNaming.withoutKecamatanPrefix(text));
        return kecamatanById.values().stream()
                .sorted(Comparator.comparingInt((Region r) -> distance(key, Column.normalize(r.name()))).thenComparing(Region::name))
                .limit(NEAREST).map(Region::name).toList();
    }

    /**
     * The villages of {@code regions} nearest to a name that names none, "Golo Dukal (Satar Mese)" each, as the import
     * names them in its message (at most three); empty when {@code text} names a village (or several): the form says
     * them when a desa typed by hand names none (trial 20c M3), by the import's rule.
     */
    public static List<String> nearestVillages(List<Region> regions, String text) {
        RegionNames names = new RegionNames(regions);
        Match m = names.desa(text, null);
        return m.outcome() == Outcome.UNKNOWN ? m.candidates().stream().map(names::describe).toList() : List.of();
    }

    /**
     * The desa/kelurahan a text names, inside {@code kecamatan} when one is given.
     */
    Match desa(String text, Region kecamatan) {
        String key = desaKey(text);
        List<Region> found = desaByKey.getOrDefault(key, List.of());
        if (found.isEmpty()) {
            found = desaByLoose.getOrDefault(loose(key), List.of());
        }
        if (kecamatan != null) {
            List<Region> inside = found.stream().filter(r -> kecamatan.code().equals(r.parentCode())).toList();
            if (inside.size() == 1) {
                return new Match(Outcome.FOUND, inside.get(0), List.of());
            }
            if (inside.size() > 1) {
                return new Match(Outcome.AMBIGUOUS, null, inside);
            }
            if (!found.isEmpty()) {
                return new Match(Outcome.OTHER_KECAMATAN, null, found);
            }
            if (!villagesPerKecamatan.containsKey(kecamatan.code())) {
                return new Match(Outcome.KECAMATAN_HAS_NO_VILLAGES, kecamatan, List.of());
            }
            return new Match(Outcome.UNKNOWN, null, nearest(key, kecamatan));
        }
        if (found.size() == 1) {
            return new Match(Outcome.FOUND, found.get(0), List.of());
        }
        if (found.size() > 1) {
            return new Match(Outcome.AMBIGUOUS, null, found);
        }
        if (villages.isEmpty()) {
            return new Match(Outcome.NO_VILLAGES_KNOWN, null, List.of());
        }
        return new Match(Outcome.UNKNOWN, null, nearest(key, null));
    }

    /** "Golo Dukal (Satar Mese)": a village as messages name it. */
    String describe(Region village) {
        Region kec = kecamatanById.get(village.parentCode());
        return kec == null ? village.name() : village.name() + " (" + kec.name() + ")";
    }

    /** The names of the villages a message lists, each with its kecamatan. */
    String describe(List<Region> villagesToName) {
        return String.join(", ", villagesToName.stream().map(this::describe).toList());
    }

    /** A place by its code, as messages name it: a village with its kecamatan, a kecamatan by its name. */
    String placeName(String code) {
        Region village = villageByCode.get(code);
        return village != null ? describe(village) : kecamatanName(code);
    }

    /** The name of a kecamatan by code (for messages). */
    String kecamatanName(String code) {
        Region kec = kecamatanById.get(code);
        return kec == null ? code : kec.name();
    }

    private List<Region> nearest(String key, Region kecamatan) {
        return villages.stream()
                .filter(r -> kecamatan == null || kecamatan.code().equals(r.parentCode()))
                .sorted(Comparator.comparingInt((Region r) -> distance(key, Column.normalize(r.name()))).thenComparing(Region::name))
                .limit(NEAREST).toList();
    }

    static String desaKey(String text) {
        return Column.normalize(RegionNaming.withoutDesaPrefix(text));
    }

    /** The loose key: old spellings as today's, doubled letters as one ("waerii" → "waeri"). */
    static String loose(String key) {
        String k = key.replace("oe", "u").replace("dj", "j").replace("tj", "c");
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                b.append(k.charAt(i));
            }
        }
        return b.toString();
    }

    /** Edit distance (insertions, deletions, substitutions), for naming the nearest villages. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
