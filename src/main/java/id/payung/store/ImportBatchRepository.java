package id.payung.store;

import id.payung.domain.ImportBatch;
import java.time.Instant;
import java.util.List;

/** Import batches: one per imported file, so an import can be listed and undone as a whole. */
public final class ImportBatchRepository {

    /**
     * Starts a batch (counts filled in by {@link #finish}); returns its id. Dated by this PC's clock on a file, by
     * the server's on a server (V7 dates a clerk's batch whatever is sent; the owner's too, written so here).
     */
    public long start(Tx tx, String fileName, String sha256, String actor) {
        return Sql.insert(tx, IdFloor.withId(tx, "import_batch", """
                INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read, rows_imported,
                                          rows_duplicate, rows_rejected)
                VALUES (?, ?, %s, ?, 0, 0, 0, 0)""".formatted(now(tx))), fileName, sha256, actor);
    }

    /** The time a batch is started or undone: this PC's on a file, the server's on a server (V7). */
    private static String now(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES ? "payung_server_now()" : "'" + Instant.now() + "'";
    }

    /**
     * The imports written to the audit log after {@code after} (null: all) whose enrollments are still in place, and how
     * many of those enrollments: what a restore of a backup made at {@code after} takes away in one "perubahan" each
     * (trial 23b: "4 perubahan" asked where one import brought 49.814 enrollments). Times compared as
     * {@code AuditLog#countAfter} compares them.
     *
     * @return {imports, enrollments}
     */
    public long[] importedAfter(Tx tx, Instant after) {
        String second = after == null ? "" : after.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().substring(0, 19);
        record Import(String batch, Instant at) { }
        List<Import> imports = tx.list("SELECT entity_id, at FROM audit_log WHERE entity = 'import_batch' AND action = 'IMPORT'"
                + " AND substr(at, 1, 19) >= ?", rs -> new Import(rs.getString(1), Instant.parse(rs.getString(2))), second);
        long batches = 0;
        long enrollments = 0;
        for (Import i : imports) {
            if (after != null && !i.at().isAfter(after) || i.batch() == null || !i.batch().matches("\\d{1,18}")) {
                continue;
            }
            long n = tx.scalar("SELECT count(*) FROM enrollment WHERE batch_id = ? AND deleted = 0", Long.parseLong(i.batch()));
            if (n > 0) {
                batches++;
                enrollments += n;
            }
        }
        return new long[] {batches, enrollments};
    }

    /** Records a batch's counts. */
    public void finish(Tx tx, long id, long read, long imported, long duplicate, long rejected) {
        tx.update("UPDATE import_batch SET rows_read = ?, rows_imported = ?, rows_duplicate = ?, rows_rejected = ? WHERE id = ?",
                read, imported, duplicate, rejected, id);
    }

    /** Marks the batch's enrollments deleted and the batch undone; returns how many enrollments. */
    public int undo(Tx tx, long id) {
        int n;
        if (tx.dialect() == Dialect.POSTGRES) {
            n = YearSummary.undoOnServer(tx, id); // a clerk may not write the summary: the owner's function does
        } else {
            YearSummary.beginBulk(tx); // one recount at the end instead of one per enrollment
            YearSummary.removeBatchShapes(tx, id);
            n = tx.update("UPDATE enrollment SET deleted = 1 WHERE batch_id = ? AND deleted = 0", id);
            YearSummary.endBulkForBatch(tx, id);
        }
        // A registered person the batch moved is back at the place of their latest enrollment left.
        EnrollmentRepository.refreshCurrentPlaces(tx, "SELECT person_id FROM enrollment WHERE batch_id = ?", id);
        tx.update("UPDATE import_batch SET undone_at = " + now(tx) + " WHERE id = ?", id);
        return n;
    }

    /**
     * The time of a batch's import entry in the audit log (column {@code logged_at}): when the import was written, the
     * time Jejak audit shows. The batch row's {@code imported_at} is when it started, seconds or minutes earlier for a
     * long list (trial 23b: Riwayat impor "20:14", Jejak audit "20:15" for one import).
     */
    private static final String LOGGED_AT = "(SELECT a.at FROM audit_log a WHERE a.entity = 'import_batch'"
            + " AND a.action = 'IMPORT' AND a.entity_id = CAST(b.id AS TEXT) ORDER BY a.id LIMIT 1) AS logged_at\n";

    /** A batch's time: its import entry's ({@link #LOGGED_AT}), its start when the log has none. */
    private static Instant importedAt(java.sql.ResultSet rs) throws java.sql.SQLException {
        String logged = rs.getString("logged_at");
        return Instant.parse(logged != null ? logged : rs.getString("imported_at"));
    }

    /**
     * All batches, newest first, with what their enrollments cover ({@link #coveredAll}). Who undid one is the login of
     * its undo's audit entry (written with it, in the same transaction): the batch row records only when (trial 19,
     * finding 5).
     */
    public List<ImportBatch> all(Tx tx) {
        java.util.Map<Long, Covered> covered = coveredAll(tx);
        return tx.list("""
                SELECT b.*, (SELECT a.actor FROM audit_log a WHERE a.entity = 'import_batch' AND a.action = 'UNDO_IMPORT'
                             AND a.entity_id = CAST(b.id AS TEXT) ORDER BY a.id DESC LIMIT 1) AS undone_by,
                       """ + LOGGED_AT + """
                FROM import_batch b ORDER BY b.id DESC""", rs -> {
            String undone = rs.getString("undone_at");
            return new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                    importedAt(rs), rs.getString("actor"), rs.getLong("rows_read"),
                    rs.getLong("rows_imported"), rs.getLong("rows_duplicate"), rs.getLong("rows_rejected"),
                    undone == null ? null : Instant.parse(undone), undone == null ? null : rs.getString("undone_by"),
                    covered.containsKey(rs.getLong("id")) ? covered.get(rs.getLong("id")).coverage() : null);
        });
    }

    /**
     * The newest import of a file of this content (SHA-256) that is not undone, if any: the window says a file chosen
     * again was imported already (a new-user trial). On a server a clerk reads only their regency's batches.
     */
    public java.util.Optional<ImportBatch> standingImportOf(Tx tx, String sha256) {
        return tx.list("""
                SELECT b.id, b.file_name, b.file_sha256, b.imported_at, b.actor, b.rows_read, b.rows_imported,
                       b.rows_duplicate, b.rows_rejected, """ + LOGGED_AT + """
                FROM import_batch b WHERE b.file_sha256 = ? AND b.undone_at IS NULL ORDER BY b.id DESC LIMIT 1""",
                rs -> new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                        importedAt(rs), rs.getString("actor"), rs.getLong("rows_read"),
                        rs.getLong("rows_imported"), rs.getLong("rows_duplicate"), rs.getLong("rows_rejected"),
                        null, null), sha256).stream().findFirst();
    }

    /**
     * The JSON of an import's audit entry (what the clerk decided for the list beside the file: funder, period, place);
     * empty when there is none.
     */
    public java.util.Optional<String> importEntry(Tx tx, long batchId) {
        return tx.list("SELECT after_json FROM audit_log WHERE entity = 'import_batch' AND action = 'IMPORT'"
                + " AND entity_id = ? ORDER BY id DESC LIMIT 1", rs -> rs.getString(1), String.valueOf(batchId))
                .stream().findFirst();
    }

    /**
     * An earlier import's audit entry that records cells the clerk corrected ({@code fixN_…}): the entry's id, the
     * batch, when and by whom, and the entry's JSON; {@code sameFile} when the batch's file had the same content (SHA-256).
     */
    public record CorrectedImport(long entry, long batch, Instant at, String actor, String afterJson, boolean sameFile) {
    }

    /**
     * The imports of a file of this content or this name whose clerk corrected cells, newest first: read from their
     * audit entries (which keep each corrected cell, the file's value and the clerk's), undone or not. On a server
     * only the entries of {@code regency} ({@link #sessionRegency}: the regency an import here writes to): a clerk reads
     * only their regency's entries anyway, the owner every regency's.
     */
    public List<CorrectedImport> correctedImports(Tx tx, String sha256, String fileName, String regency) {
        boolean server = tx.dialect() == Dialect.POSTGRES;
        List<Object> params = new java.util.ArrayList<>(List.of(sha256, fileName));
        if (server) {
            params.add(regency);
        }
        return tx.list("""
                SELECT a.id, b.id, a.at, a.actor, a.after_json, b.file_sha256
                FROM import_batch b JOIN audit_log a ON a.entity = 'import_batch' AND a.action = 'IMPORT'
                     AND a.entity_id = CAST(b.id AS TEXT)
                WHERE (b.file_sha256 = ? OR b.file_name = ?) AND a.after_json LIKE '%"fix1_row"%'"""
                + (server ? " AND a.regency_code = ?" : "") + " ORDER BY a.id DESC",
                rs -> new CorrectedImport(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                rs.getString(4), rs.getString(5), sha256.equals(rs.getString(6))), params.toArray());
    }

    /**
     * When this database was made ({@code seeded_at}; on a server the earliest its login reads: a clerk's regency's),
     * null when never seeded: with where it is, its identity for what is kept about it outside it.
     */
    public String databaseBorn(Tx tx) {
        return tx.one("SELECT min(value) FROM meta WHERE key = 'seeded_at'", rs -> rs.getString(1)).orElse(null);
    }

    /**
     * On a server, the regency this transaction's session writes for ({@code payung_regency()}: a clerk's own, the
     * owner's as its session names it, {@code ServerContents.writeFor}); empty when none (a provincial reader, an owner
     * naming none, or the owner on a read connection, which never names one); null on a file.
     */
    public String sessionRegency(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES
                ? tx.one("SELECT coalesce(payung_regency(), '')", rs -> rs.getString(1)).orElse("") : null;
    }

    /**
     * What a batch's enrollments cover (its undone ones too, as the batch brought them): the first month any starts,
     * the last month any ends ({@code null} when one has no end: {@code open}), and the funders' codes, the funder of
     * most first. What the rows got, whoever decided it (the file's own Mulai column or the window's).
     */
    public record Covered(String firstMonth, String lastMonth, boolean open, List<String> funders,
                          List<String> funderNames) {
        public Covered {
            funders = List.copyOf(funders);
            funderNames = List.copyOf(funderNames);
        }

        /** As the import history shows it. */
        public ImportBatch.Coverage coverage() {
            return new ImportBatch.Coverage(java.time.YearMonth.parse(firstMonth),
                    open || lastMonth == null ? null : java.time.YearMonth.parse(lastMonth), funderNames);
        }
    }

    /** How many of batch {@code id}'s enrollments start in {@code month} ("2026-01"). */
    public long countStarting(Tx tx, long id, String month) {
        return tx.scalar("SELECT count(*) FROM enrollment WHERE batch_id = ? AND first_month = ?", id, month);
    }

    /** {@link Covered} of batch {@code id}; null when it has no enrollments. */
    public Covered covered(Tx tx, long id) {
        return covered(tx, " = ?", id).get(id);
    }

    /** {@link Covered} of every batch that has enrollments, by batch id (one read, for the import history). */
    public java.util.Map<Long, Covered> coveredAll(Tx tx) {
        return covered(tx, " IS NOT NULL");
    }

    private static java.util.Map<Long, Covered> covered(Tx tx, String batch, Object... params) {
        record Part(long batch, String funder, String name, String first, String last, long open) { }
        List<Part> parts = tx.list("""
                SELECT e.batch_id, f.code, f.name, min(e.first_month), max(e.last_month),
                       sum(CASE WHEN e.last_month IS NULL THEN 1 ELSE 0 END), count(*)
                FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                WHERE e.batch_id""" + batch + " GROUP BY e.batch_id, f.code, f.name ORDER BY e.batch_id, count(*) DESC, f.code",
                rs -> new Part(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6)), params);
        java.util.Map<Long, Covered> out = new java.util.LinkedHashMap<>();
        for (Part p : parts) {
            Covered c = out.get(p.batch());
            if (c == null) {
                out.put(p.batch(), new Covered(p.first(), p.last(), p.open() > 0, List.of(p.funder()), List.of(p.name())));
            } else {
                List<String> funders = new java.util.ArrayList<>(c.funders());
                funders.add(p.funder());
                List<String> names = new java.util.ArrayList<>(c.funderNames());
                names.add(p.name());
                String first = p.first().compareTo(c.firstMonth()) < 0 ? p.first() : c.firstMonth();
                String last = c.lastMonth() == null ? p.last() : p.last() == null ? c.lastMonth()
                        : p.last().compareTo(c.lastMonth()) > 0 ? p.last() : c.lastMonth();
                out.put(p.batch(), new Covered(first, last, c.open() || p.open() > 0, funders, names));
            }
        }
        return out;
    }

    /** The NIKs of the people a batch enrolled, its undone enrollments too. */
    public List<String> niks(Tx tx, long batchId) {
        return tx.list("SELECT DISTINCT p.nik FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.batch_id = ?",
                rs -> rs.getString(1), batchId);
    }

    /**
     * One audit entry written after a batch was imported about one of its enrollments still in place, or about their
     * person (a person with two of the batch's enrollments is met once per enrollment): who, when, what (entity,
     * action, the values before and after as JSON text), and the person as the register holds them now.
     */
    public record ChangeAfter(long entry, long enrollment, long personId, String fullName, String nik, String actor,
                              Instant at, String entity, String action, String beforeJson, String afterJson) {
    }

    /**
     * What was changed after a batch was imported in what its undo would remove (trial 19, finding 5): the audit
     * entries written after the import's own entry about the batch's enrollments still in place, or about their people,
     * other than a full NIK seen or an export; oldest first.
     */
    public List<ChangeAfter> changesAfter(Tx tx, long id) {
        String changes = " AND " + AuditLog.changesOnly("a");
        String after = " AND a.id > (SELECT COALESCE(MAX(i.id), 0) FROM audit_log i WHERE i.entity = 'import_batch'"
                + " AND i.action = 'IMPORT' AND i.entity_id = ?)";
        List<ChangeAfter> hits = new java.util.ArrayList<>();
        for (String join : List.of("a.entity = 'enrollment' AND a.entity_id = CAST(e.id AS TEXT)",
                "a.entity = 'person' AND a.entity_id = CAST(e.person_id AS TEXT)")) {
            hits.addAll(tx.list("SELECT a.id, e.id AS enrollment, e.person_id AS person, p.full_name, p.nik, a.actor, a.at,"
                            + " a.entity, a.action, a.before_json, a.after_json FROM enrollment e"
                            + " LEFT JOIN person p ON p.id = e.person_id JOIN audit_log a ON "
                            + join + " WHERE e.batch_id = ? AND e.deleted = 0" + after + changes,
                    rs -> new ChangeAfter(rs.getLong("id"), rs.getLong("enrollment"), rs.getLong("person"),
                            rs.getString("full_name"), rs.getString("nik"), rs.getString("actor"),
                            Instant.parse(rs.getString("at")), rs.getString("entity"), rs.getString("action"),
                            rs.getString("before_json"), rs.getString("after_json")), id, String.valueOf(id)));
        }
        hits.sort(java.util.Comparator.comparingLong(ChangeAfter::entry).thenComparingLong(ChangeAfter::enrollment));
        return hits;
    }
}
