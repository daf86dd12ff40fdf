package id.payung.domain;

import java.time.Instant;
import java.util.List;

/**
 * One imported file: when, by whom, what came of its rows, and whether it was undone (when, and by whom: the undo's
 * audit entry; null when not undone or not known).
 */
public record ImportBatch(long id, String fileName, String fileSha256, Instant importedAt, String actor, long rowsRead,
                          long rowsImported, long rowsDuplicate, long rowsRejected, Instant undoneAt, String undoneBy,
                          Coverage coverage) {

    /** A batch whose enrollments' months and funders were not read ({@link #coverage} null). */
    public ImportBatch(long id, String fileName, String fileSha256, Instant importedAt, String actor, long rowsRead,
                       long rowsImported, long rowsDuplicate, long rowsRejected, Instant undoneAt, String undoneBy) {
        this(id, fileName, fileSha256, importedAt, actor, rowsRead, rowsImported, rowsDuplicate, rowsRejected, undoneAt,
                undoneBy, null);
    }

    /**
     * What a batch's enrollments cover, its undone ones too (Riwayat impor, trial 21d: which import touched 2025?): the
     * first month any starts, the last any ends (null when one has no end), and the funders' names, the funder of most
     * first.
     */
    public record Coverage(java.time.YearMonth first, java.time.YearMonth last, List<String> funders) {
        public Coverage {
            funders = List.copyOf(funders);
        }

        /** The years covered: "2025", "2025–2026", "2025–…" when an enrollment has no end. */
        public String years() {
            if (first == null) {
                return "";
            }
            if (last == null) {
                return first.getYear() + "–…";
            }
            return first.getYear() == last.getYear() ? String.valueOf(first.getYear()) : first.getYear() + "–" + last.getYear();
        }

        /** The funders' names, comma-separated. */
        public String funderNames() {
            return String.join(", ", funders);
        }
    }

    /**
     * What was changed since an import in what its undo would remove (trial 19, finding 5): how many of its
     * enrollments were changed, themselves or their person, and by whom (each login once, with their latest change,
     * in the order of those changes).
     */
    public record ChangesAfter(int enrollments, List<Changer> by, List<ChangedPerson> people) {
        public ChangesAfter {
            by = List.copyOf(by);
            people = List.copyOf(people);
        }

        /** Counts and logins alone, naming no one. */
        public ChangesAfter(int enrollments, List<Changer> by) {
            this(enrollments, by, List.of());
        }
    }

    /**
     * One person of an import whose details or whose enrollments of the import were changed after it: whose later
     * corrections its undo takes away (session 18). Named as the register names them now, with the NIK masked
     * ({@link Nik#mask}); what was changed as the audit log's field names ({@code phone}, {@code notes}: the entries'
     * values that differ, in the order first changed), and, for an entry that changed no field it shows, its entity and
     * action ({@code enrollment.END}); each login with its latest change, in the order of those changes.
     */
    public record ChangedPerson(String fullName, String maskedNik, List<String> fields, List<String> actions,
                                List<Changer> by) {
        public ChangedPerson {
            fields = List.copyOf(fields);
            actions = List.copyOf(actions);
            by = List.copyOf(by);
        }
    }

    /** One login that changed an import's enrollments or people after it, and when last. */
    public record Changer(String actor, Instant last) {
    }
}
