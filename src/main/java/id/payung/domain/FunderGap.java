package id.payung.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A funder that had participants (a cohort or named persons) in the year before and has none recorded in the year
 * shown: either that year's count is not complete yet, or the funder stopped — Payung cannot tell which, so the
 * caution says only what is recorded ("belum ada peserta 2026 tercatat …"), never "incomplete" (a funder that really
 * ended would have put a false sentence in the regent's report; review 16). Without it the growth read as a collapse
 * (trial 18: a December 2026 database with the seeded cohorts up to 2025 and 26 named persons for 2026 showed
 * "−5.254 (−99,5 %)" to the regent without a word). A caution beside the numbers, which stay as they are.
 *
 * @param funderCode            the funder
 * @param funderName            its name, as the previous year's shares name it
 * @param previousYear          the year before the one shown
 * @param previousParticipants  its participants in that year
 */
public record FunderGap(String funderCode, String funderName, int previousYear, long previousParticipants) {
    /** The bundle key of the whole line: {0} the year shown, {1} the funders ({@link #FUNDER} each, joined). */
    public static final String LINE = "funderGap.line";
    /** The bundle key of one funder in the line: {0} its name, {1} its participants, {2} the year before. */
    public static final String FUNDER = "funderGap.funder";

    /**
     * The rule, written once: the funders of {@code previous} (the shares of {@code year − 1}) with participants there
     * and none in {@code current} (the shares of {@code year}, same filter), in the previous year's order (largest
     * first). Empty when every funder of the year before has data in this one.
     */
    public static List<FunderGap> of(int year, List<FundingShare> previous, List<FundingShare> current) {
        Set<String> now = current.stream().filter(s -> s.participants() > 0).map(FundingShare::funderCode)
                .collect(Collectors.toSet());
        return previous.stream().filter(s -> s.participants() > 0 && !now.contains(s.funderCode()))
                .map(s -> new FunderGap(s.funderCode(), s.funderName(), year - 1, s.participants())).toList();
    }

    /**
     * The caution in the bundle's language ("Perhatian: belum ada peserta 2026 tercatat … APBD Provinsi NTT (4.280
     * peserta pada 2025)"), numbers id-ID and years as written; null when there is no gap.
     */
    public static String line(int year, List<FunderGap> gaps, ResourceBundle bundle) {
        if (gaps.isEmpty()) {
            return null;
        }
        return MessageFormat.format(bundle.getString(LINE), String.valueOf(year), funders(gaps, bundle));
    }

    /** The funders of the line, each "APBD Provinsi NTT (4.280 peserta pada 2025)", joined by "; ". */
    public static String funders(List<FunderGap> gaps, ResourceBundle bundle) {
        return gaps.stream().map(g -> MessageFormat.format(bundle.getString(FUNDER), g.funderName(),
                Formats.count(g.previousParticipants()), String.valueOf(g.previousYear())))
                .collect(Collectors.joining("; "));
    }
}
