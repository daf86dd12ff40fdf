package id.payung.domain;

import java.time.Instant;

/** One imported file: when, by whom, what came of its rows, and whether it was undone. */
public record ImportBatch(long id, String fileName, String fileSha256, Instant importedAt, String actor, long rowsRead,
                          long rowsImported, long rowsDuplicate, long rowsRejected, Instant undoneAt) {
}
