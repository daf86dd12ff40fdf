package id.payung.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A funder that had participants (a cohort or named persons) in the year before and has none, or far fewer, recorded
 * in the year shown: either that year's count is not complete yet, or the funder stopped or shrank — Payung cannot tell
 * which, so the caution says only what is recorded ("belum ada peserta 2026 tercatat …", "… 2 tercatat; 1.000 pada
 * 2025"), never "incomplete" (a funder that really ended would have put a false sentence in the regent's report; review
 * 16). Without it the growth read as a collapse (trial 18: a December 2026 database with the seeded cohorts up to 2025
 * and 26 named persons for 2026 showed "−5.254 (−99,5 %)" to the regent without a word; and with the regency's 1.000 of
 * 2025 down to 2 named persons in 2026 the caution named only the province). A caution beside the numbers, which stay
 * as they are.
 *
 * @param funderCode            the funder
 * @param funderName            its name, as the previous year's shares name it
 * @param previousYear          the year before the one shown
 * @param previousParticipants  its participants in that year
 * @param participants          its participants recorded in the year shown: 0, or fewer than a {@link #FEW_DIVISOR}th
 *                              of {@code previousParticipants}
 */
public record FunderGap(String funderCode, String funderName, int previousYear, long previousParticipants,
                        long participants) {
    /** The bundle key of the line of funders with none: {0} the year shown, {1} the funders ({@link #FUNDER} each). */
    public static final String LINE = "funderGap.line";
    /** The bundle key of one funder with none: {0} its name, {1} its participants, {2} the year before. */
    public static final String FUNDER = "funderGap.funder";
    /** The bundle key of the line of funders with far fewer: {0} the year shown, {1} the funders ({@link #FUNDER_FEW}). */
    public static final String LINE_FEW = "funderGap.lineFew";
    /**
     * The bundle key of one funder with far fewer: {0} its name, {1} its participants the year before, {2} the year
     * before, {3} its participants recorded in the year shown.
     */
    public static final String FUNDER_FEW = "funderGap.funderFew";
    /** A funder is a gap when this year's participants times this are fewer than the year before's: under a tenth. */
    public static final int FEW_DIVISOR = 10;

    /** A funder with nobody recorded in the year shown. */
    public FunderGap(String funderCode, String funderName, int previousYear, long previousParticipants) {
        this(funderCode, funderName, previousYear, previousParticipants, 0);
    }

    /** Whether nobody of this funder is recorded in the year shown (else fewer than a tenth of the year before). */
    public boolean none() {
        return participants == 0;
    }

    /**
     * The rule, written once: the funders of {@code previous} (the shares of {@code year − 1}) with participants there
     * and, in {@code current} (the shares of {@code year}, same filter), none or fewer than a {@link #FEW_DIVISOR}th of
     * them (1.000 in 2025, 2 in 2026), in the previous year's order (largest first). Empty when every funder of the
     * year before has at least a tenth of its participants recorded in this one.
     */
    public static List<FunderGap> of(int year, List<FundingShare> previous, List<FundingShare> current) {
        Map<String, Long> now = current.stream().collect(Collectors.toMap(FundingShare::funderCode,
                FundingShare::participants, Long::sum));
        return previous.stream().filter(s -> s.participants() > 0)
                .filter(s -> now.getOrDefault(s.funderCode(), 0L) * FEW_DIVISOR < s.participants())
                .map(s -> new FunderGap(s.funderCode(), s.funderName(), year - 1, s.participants(),
                        Math.max(0, now.getOrDefault(s.funderCode(), 0L)))).toList();
    }

    /**
     * The caution in the bundle's language: a sentence for the funders with none ("Perhatian: belum ada peserta 2026
     * tercatat … APBD Provinsi NTT (4.280 peserta pada 2025)") and one for those with far fewer ("… APBD Kabupaten
     * Manggarai (2 tercatat; 1.000 pada 2025)"), numbers id-ID and years as written; null when there is no gap.
     */
    public static String line(int year, List<FunderGap> gaps, ResourceBundle bundle) {
        if (gaps.isEmpty()) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        List<FunderGap> none = gaps.stream().filter(FunderGap::none).toList();
        List<FunderGap> few = gaps.stream().filter(g -> !g.none()).toList();
        if (!none.isEmpty()) {
            sentences.add(MessageFormat.format(bundle.getString(LINE), String.valueOf(year), funders(none, bundle)));
        }
        if (!few.isEmpty()) {
            sentences.add(MessageFormat.format(bundle.getString(LINE_FEW), String.valueOf(year), funders(few, bundle)));
        }
        return String.join(" ", sentences);
    }

    /**
     * The funders of a line, each "APBD Provinsi NTT (4.280 peserta pada 2025)" (none recorded) or "APBD Kabupaten
     * Manggarai (2 tercatat; 1.000 pada 2025)" (far fewer), joined by "; ".
     */
    public static String funders(List<FunderGap> gaps, ResourceBundle bundle) {
        Function<FunderGap, String> one = g -> MessageFormat.format(bundle.getString(g.none() ? FUNDER : FUNDER_FEW),
                g.funderName(), Formats.count(g.previousParticipants()), String.valueOf(g.previousYear()),
                Formats.count(g.participants()));
        return gaps.stream().map(one).collect(Collectors.joining("; "));
    }
}
