package id.payung.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a list of names adds to one funder in one year gone by does to that year's number, which may have been
 * reported to the regent: the count before and after by the one counting rule ({@link FunderCount}: the larger of the
 * cohort and the named persons), so the import warns that a reported number changes only when it does (trial 23a: two
 * late APBD Provinsi NTT names of 2025 were said to change 2025, which stayed 4.280 / 1.000 / 5.280, the names falling
 * inside the cohort of 4.280).
 *
 * <p>The rows are taken to add one named person each (a person named already in that funder's year on another
 * period counts once, so {@code after} is the most the number can become).
 *
 * @param year       the year gone by
 * @param funderCode the funder
 * @param funderName its name
 * @param names      the rows of the list that add a person to that funder's year
 * @param cohort     the funder's cohorts' headcount in that year (0 when none)
 * @param before     the participants counted without the list
 * @param after      the participants counted with it
 */
public record PastYearChange(int year, String funderCode, String funderName, long names, long cohort, long before,
                             long after) {
    /** The bundle key of a number that changes: {0} funder, {1} year, {2} before, {3} after. */
    public static final String CHANGES = "pastYear.changes";
    /** The bundle key of names inside a cohort: {0} names, {1} cohort, {2} funder, {3} year. */
    public static final String WITHIN = "pastYear.within";

    /**
     * The change of {@code added} names to a funder's year whose named persons without them are {@code namedWithout}
     * and whose cohorts declare {@code declared}.
     */
    public static PastYearChange of(int year, String funderCode, String funderName, long namedWithout, long declared,
                                    long added) {
        long before = new FunderCount(funderCode, funderName, null, namedWithout, declared).participants();
        long after = new FunderCount(funderCode, funderName, null, namedWithout + added, declared).participants();
        return new PastYearChange(year, funderCode, funderName, added, declared, before, after);
    }

    /** Whether the year's number for the funder changes. */
    public boolean changes() {
        return before != after;
    }

    /** Whether any of {@code changes} changes a number. */
    public static boolean anyChanges(List<PastYearChange> changes) {
        return changes.stream().anyMatch(PastYearChange::changes);
    }

    /**
     * The numbers that change, in the bundle's language ("APBD Kabupaten Manggarai 2020 dari 0 menjadi 2 peserta"),
     * joined by "; "; null when none does.
     */
    public static String changed(List<PastYearChange> changes, ResourceBundle bundle) {
        return join(changes, PastYearChange::changes, "; ", c -> MessageFormat.format(bundle.getString(CHANGES), c.funderName(),
                String.valueOf(c.year()), Formats.count(c.before()), Formats.count(c.after())));
    }

    /**
     * The funders' years whose number stays because the names fall inside the cohort ("2 nama masuk dalam kelompok
     * 4.280 peserta APBD Provinsi NTT 2025; angka tahun itu tetap"), joined by ". "; null when there is none.
     */
    public static String within(List<PastYearChange> changes, ResourceBundle bundle) {
        return join(changes, c -> !c.changes(), ". ", c -> MessageFormat.format(bundle.getString(WITHIN),
                Formats.count(c.names()), Formats.count(c.cohort()), c.funderName(), String.valueOf(c.year())));
    }

    private static String join(List<PastYearChange> changes, Predicate<PastYearChange> which, String separator,
                               java.util.function.Function<PastYearChange, String> text) {
        List<PastYearChange> chosen = changes.stream().filter(which).toList();
        return chosen.isEmpty() ? null : chosen.stream().map(text).collect(Collectors.joining(separator));
    }
}
