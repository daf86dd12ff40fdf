package id.payung.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Participants of one funder in one year from both kinds of record: distinct named persons, and
 * the declared headcount of its cohorts.
 *
 * <p>A cohort is the official number (e.g. from the regent's decree); names are the annex, often
 * typed in later. Named persons of the same funder, year <em>and regency</em> are therefore taken to be
 * <em>part of</em> the cohort, never added to it: the count is the larger of the two. A cohort declares its own
 * regency's list only, so over several regencies (a province's dashboard, a file holding several offices'
 * rows) the larger of the two is taken per regency and the regencies' counts are added
 * ({@link #overRegencies}): one regency's cohort never swallows another regency's names.
 *
 * @param participants the participants counted: for one regency {@code max(namedPersons, declared)}; for a sum
 *                     over regencies the sum of each regency's larger side (at least the larger of the sums)
 */
public record FunderCount(String funderCode, String funderName, FunderType funderType,
                          long namedPersons, long declared, long participants) {

    /** One regency's count (or a database of one regency): the larger of the named persons and the cohorts. */
    public FunderCount(String funderCode, String funderName, FunderType funderType, long namedPersons, long declared) {
        this(funderCode, funderName, funderType, namedPersons, declared, Math.max(namedPersons, declared));
    }

    /**
     * Whether, in one regency, the count follows the cohorts (they declare more than there are names) rather than
     * the named persons: the side a cost of that regency follows (a breakdown keeps the named persons in their groups
     * either way and adds the cohorts' people beyond them, {@link GroupShare#split}). At a tie the names count: the
     * number is the same, and the names say where each person lives, what they do and what their package
     * costs, where a cohort of the seeded headcounts says none of it. (When an office had entered all 4.280 + 1.000
     * of 2025 by name, the dashboard put every one of them under "kecamatan not recorded", trial 13.)
     */
    public static boolean cohortsCount(long namedPersons, long declared) {
        return declared > namedPersons;
    }

    /** {@link #cohortsCount} of this count (meaningful for one regency's count). */
    public boolean fromCohorts() {
        return cohortsCount(namedPersons, declared);
    }

    /**
     * Adds each funder's counts of several regencies (one count per regency and funder, each already the larger
     * side of its own regency) into one count per funder: named and declared summed, participants summed. In
     * {@link FunderOrder}: largest first, ties by funder name. For the counts of a single regency the result is those counts.
     */
    public static List<FunderCount> overRegencies(List<FunderCount> perRegency) {
        Map<String, FunderCount> byFunder = new LinkedHashMap<>();
        for (FunderCount c : perRegency) {
            byFunder.merge(c.funderCode(), c, (a, b) -> new FunderCount(a.funderCode(), a.funderName(), a.funderType(),
                    a.namedPersons() + b.namedPersons(), a.declared() + b.declared(), a.participants() + b.participants()));
        }
        List<FunderCount> out = new ArrayList<>(byFunder.values());
        out.sort(FunderOrder.COUNTS);
        return out;
    }
}
