package id.payung.domain;

/**
 * Participants of one funder in one group of a breakdown (a kecamatan or an occupation) in a year,
 * from both kinds of record: distinct named persons and the declared cohort headcount. A null group
 * code means the group is not known (e.g. a cohort entered without a kecamatan).
 *
 * @param regencyCode the regency (kabupaten/kota) whose rows these are: names and cohorts are weighed against each
 *                    other within one regency only ({@link FunderCount}); null where not known, or for counts that
 *                    are not split by regency (then all of them are one regency's)
 */
public record GroupCount(String funderCode, String groupCode, String groupName, long namedPersons, long declared,
                         String regencyCode) {

    /** The count of a group in a database of one regency (no regency told). */
    public GroupCount(String funderCode, String groupCode, String groupName, long namedPersons, long declared) {
        this(funderCode, groupCode, groupName, namedPersons, declared, null);
    }
}
