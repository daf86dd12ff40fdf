package id.payung.domain;

/**
 * Participants of one funder in one year from both kinds of record: distinct named persons, and
 * the declared headcount of its cohorts.
 *
 * <p>A cohort is the official number (e.g. from the regent's decree); names are the annex, often
 * typed in later. Named persons of the same funder and year are therefore taken to be <em>part of</em>
 * the cohort, never added to it: the count is the larger of the two.
 */
public record FunderCount(String funderCode, String funderName, FunderType funderType,
                          long namedPersons, long declared) {

    /** Participants counted for this funder: {@code max(namedPersons, declared)}. */
    public long participants() {
        return Math.max(namedPersons, declared);
    }
}
