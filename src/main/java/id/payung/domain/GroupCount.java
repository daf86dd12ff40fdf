package id.payung.domain;

/**
 * Participants of one funder in one group of a breakdown (a kecamatan or an occupation) in a year,
 * from both kinds of record: distinct named persons and the declared cohort headcount. A null group
 * code means the group is not known (e.g. a cohort entered without a kecamatan).
 */
public record GroupCount(String funderCode, String groupCode, String groupName, long namedPersons, long declared) {
}
