package id.payung.domain;

import java.time.Instant;
import java.util.List;

/**
 * One imported file: when, by whom, what came of its rows, and whether it was undone (when, and by whom: the undo's
 * audit entry; null when not undone or not known).
 */
public record ImportBatch(long id, String fileName, String fileSha256, Instant importedAt, String actor, long rowsRead,
                          long rowsImported, long rowsDuplicate, long rowsRejected, Instant undoneAt, String undoneBy) {

    /**
     * What was changed since an import in what its undo would remove (trial 19, finding 5): how many of its
     * enrollments were changed, themselves or their person, and by whom (each login once, with their latest change,
     * in the order of those changes).
     */
    public record ChangesAfter(int enrollments, List<Changer> by) {
        public ChangesAfter {
            by = List.copyOf(by);
        }
    }

    /** One login that changed an import's enrollments or people after it, and when last. */
    public record Changer(String actor, Instant last) {
    }
}
