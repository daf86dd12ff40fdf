package id.payung.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new funding source must be: a code lists and imports can name it by, and a region of the level its
 * kind of payer implies (a provincial budget is a province's, a regency's budget a regency's, a village budget
 * a village's or all the villages of a regency). The one self-paying source ({@link FunderType#MANDIRI}) comes
 * with every database and is never added: the move to self-paying is counted by it.
 */
public final class FunderRules {
    /** Codes as the seeds write them: capitals, digits and hyphens ("APBD-KAB-MGR", "CSR-BANK-NTT"). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    /** The longest code suggested from a name. */
    private static final int SUGGESTED_LENGTH = 24;

    private FunderRules() {
    }

    /** Whether {@code code} can name a funding source: 2–30 capitals, digits or hyphens, starting with no hyphen. */
    public static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * A code made from a name, for the form to propose: "CSR Bank NTT" → "CSR-BANK-NTT" (accents dropped, other
     * characters as hyphens, at most {@value #SUGGESTED_LENGTH} characters). Empty when the name has no letter or digit.
     */
    public static String suggestCode(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > SUGGESTED_LENGTH) {
            code = code.substring(0, SUGGESTED_LENGTH).replaceAll("-+$", "");
        }
        return code;
    }

    /** Whether a source of this kind may be added (every kind but the one self-paying source). */
    public static boolean addable(FunderType type) {
        return type != FunderType.MANDIRI;
    }

    /**
     * The region levels a source of this kind is named by; empty when it has no region (the national budget).
     * Companies and other payers may name one or not ({@link #regionRequired}).
     */
    public static Set<RegionLevel> regionLevels(FunderType type) {
        return switch (type) {
            case APBD_PROVINSI -> EnumSet.of(RegionLevel.PROVINCE);
            case APBD_KABUPATEN -> EnumSet.of(RegionLevel.REGENCY);
            case APBDES -> EnumSet.of(RegionLevel.REGENCY, RegionLevel.KECAMATAN, RegionLevel.DESA, RegionLevel.KELURAHAN);
            case APBN, MANDIRI -> EnumSet.noneOf(RegionLevel.class);
            case CSR, OTHER -> EnumSet.allOf(RegionLevel.class);
        };
    }

    /** Whether a source of this kind must name its region (every government budget but the national one). */
    public static boolean regionRequired(FunderType type) {
        return type == FunderType.APBD_PROVINSI || type == FunderType.APBD_KABUPATEN || type == FunderType.APBDES;
    }

    /**
     * Whether a region code lies in a regency: the regency itself ("53.10") or a kecamatan, desa or kelurahan of it
     * ("53.10.01", "53.10.01.2001"). Codes are dotted, so "53.1" holds nothing of "53.10".
     */
    public static boolean within(String code, String regency) {
        return code != null && regency != null && (code.equals(regency) || code.startsWith(regency + "."));
    }

    /**
     * How a list names a funder, and so what two funders must never share: lower case, accents dropped, only
     * letters and digits kept ("APBD-PROV-NTT", "apbd prov ntt" and "APBD Prov. NTT" are one key).
     */
    public static String listKey(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether two texts name the same funder in a list ({@link #listKey}). */
    public static boolean sameName(String a, String b) {
        return listKey(a).equals(listKey(b));
    }

    /**
     * Whether a funder may pay for the workers of an office of {@code regency} ("53.15"): a government budget
     * of a region pays only inside it (a province's budget for that province's regencies, a regency's or a
     * village's budget for that regency); the national budget, companies, other payers and self-paying do
     * anywhere. True when the office's regency is not known (null). The one rule imports and the form share:
     * "APBD Kabupaten Manggarai" paying for Manggarai Barat's workers would count in the wrong regency's budget.
     */
    public static boolean paysIn(FundingSource f, String regency) {
        if (regency == null || regency.isBlank() || f.regionCode() == null || !regionRequired(f.type())) {
            return true;
        }
        return within(regency.strip(), f.regionCode()) || within(f.regionCode(), regency.strip());
    }

    /**
     * Whether a funder concerns an office of {@code regency} in its lists of funders (Sumber dana, Kuota dan pagu): it
     * may pay there ({@link #paysIn}), or the office's own records name it ({@code namedHere}: codes of funders its
     * enrollments, cohorts or plans name), so what was recorded under a funder is never hidden, whatever its region.
     * Null regency (a provincial reader, the server's owner, a file's lists): every funder.
     */
    public static boolean concerns(FundingSource f, String regency, java.util.Set<String> namedHere) {
        return paysIn(f, regency) || namedHere.contains(f.code());
    }

    /**
     * The funder a list's text names: the one whose code is that text, else whose name is (by {@link #listKey});
     * else, for a text of four or more letters, the one whose name holds it ("Kabupaten", "mandiri"). None when
     * two could be meant: an ambiguous row is an error, not a guess.
     */
    public static java.util.Optional<FundingSource> named(java.util.List<FundingSource> funders, String wanted) {
        return named(funders, wanted, null);
    }

    /**
     * The funder a list's text names for an office of {@code regency}, as {@link #named(java.util.List, String)}
     * does, but a part of a name is looked for only among the funders that pay in the regency ({@link #paysIn}):
     * "APBD Kabupaten" in Manggarai Barat is its own budget, not Manggarai's. A code or a whole name is found
     * among all funders, so "APBD-KAB-MGR" is found as what it is and the caller refuses it by
     * {@link #paysIn} (never read as another funder). Null regency: every funder counts.
     */
    public static java.util.Optional<FundingSource> named(java.util.List<FundingSource> funders, String wanted,
            String regency) {
        String w = listKey(wanted);
        if (w.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.List<FundingSource> byCode = funders.stream().filter(f -> listKey(f.code()).equals(w)).toList();
        if (!byCode.isEmpty()) {
            return byCode.size() == 1 ? java.util.Optional.of(byCode.get(0)) : java.util.Optional.empty();
        }
        java.util.List<FundingSource> byName = funders.stream().filter(f -> listKey(f.name()).equals(w)).toList();
        if (!byName.isEmpty() || w.length() < 4) {
            return byName.size() == 1 ? java.util.Optional.of(byName.get(0)) : java.util.Optional.empty();
        }
        java.util.List<FundingSource> partial = funders.stream().filter(f -> paysIn(f, regency))
                .filter(f -> listKey(f.name()).contains(w)).toList();
        return partial.size() == 1 ? java.util.Optional.of(partial.get(0)) : java.util.Optional.empty();
    }

    /** How many codes {@link #codesToRetype} names at most, unless more pay in the regency. */
    static final int CODES_SHOWN = 10;

    /**
     * The codes to offer someone who named a funder the database does not have (a mistyped {@code --funder}): every
     * funder that pays in {@code regency} ({@link #paysIn}: the ones a list of this office may name) first, active
     * before ended, then the others while fewer than {@value #CODES_SHOWN} are named; "…" last when some are left
     * out (a province's server holds every regency's budget). In the order given within each group.
     */
    public static java.util.List<String> codesToRetype(java.util.List<FundingSource> funders, String regency) {
        java.util.Comparator<FundingSource> activeFirst = java.util.Comparator.comparing(f -> !f.active());
        java.util.List<String> codes = new java.util.ArrayList<>(funders.stream().filter(f -> paysIn(f, regency))
                .sorted(activeFirst).map(FundingSource::code).toList());
        java.util.List<String> others = funders.stream().filter(f -> !paysIn(f, regency)).sorted(activeFirst)
                .map(FundingSource::code).toList();
        int room = Math.max(0, CODES_SHOWN - codes.size());
        codes.addAll(others.subList(0, Math.min(room, others.size())));
        if (others.size() > room) {
            codes.add("…");
        }
        return codes;
    }
}
