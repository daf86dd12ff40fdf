package id.payung.service.importing;

import id.payung.domain.FunderCount;
import id.payung.domain.PastYearChange;
import id.payung.domain.Scope;
import id.payung.store.ImportBatchRepository;
import id.payung.store.ParticipantStats;
import id.payung.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What an import's rows for years gone by do to those years' numbers per funder ({@link PastYearChange}), read with
 * the dashboard's count ({@link ParticipantStats#funderCounts}, the larger of cohort and names) in the importing
 * office's regency: the truth behind the past-years warning (trial 23a: "will change" said of names inside a cohort).
 */
final class PastYearChanges {
    private final ParticipantStats stats = new ParticipantStats();
    private final ImportBatchRepository batches = new ImportBatchRepository();

    /** Rows counted per year gone by and funder (year → funder code → rows), kept while a file is read. */
    static final class Rows {
        private final SortedMap<Integer, Map<String, Long>> rows = new TreeMap<>();

        /** Counts ({@code by} 1) or takes back ({@code by} −1) a row of {@code funderCode} in {@code year}. */
        void count(int year, String funderCode, long by) {
            Map<String, Long> ofYear = rows.computeIfAbsent(year, y -> new TreeMap<>());
            if (ofYear.merge(funderCode == null ? "" : funderCode, by, Long::sum) == 0) {
                ofYear.remove(funderCode == null ? "" : funderCode);
            }
            if (ofYear.isEmpty()) {
                rows.remove(year);
            }
        }
    }

    /**
     * The changes of {@code added}'s rows, read in {@code tx}: when {@code written}, the rows are already in the
     * counts (an import inside its transaction), else not yet (a dry run). {@code funderName}: a funder code's name.
     */
    List<PastYearChange> of(Tx tx, Rows added, boolean written, Function<String, String> funderName) {
        if (added.rows.isEmpty()) {
            return List.of();
        }
        String regency = batches.sessionRegency(tx); // null on a file: every row is the office's
        Scope scope = regency == null || regency.isEmpty() ? Scope.ALL : Scope.ALL.inRegency(regency);
        List<PastYearChange> out = new ArrayList<>();
        added.rows.forEach((year, byFunder) -> {
            Map<String, FunderCount> counts = new java.util.HashMap<>();
            stats.funderCounts(tx, year, scope).forEach(c -> counts.put(c.funderCode(), c));
            byFunder.forEach((code, n) -> {
                FunderCount now = counts.get(code);
                long named = now == null ? 0 : now.namedPersons();
                long declared = now == null ? 0 : now.declared();
                String name = now != null ? now.funderName() : funderName.apply(code);
                out.add(PastYearChange.of(year, code, name == null ? code : name,
                        written ? Math.max(0, named - n) : named, declared, n));
            });
        });
        return List.copyOf(out);
    }
}
