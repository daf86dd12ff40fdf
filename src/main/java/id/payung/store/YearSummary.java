package id.payung.store;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the per-year summary ({@code person_year}, {@code year_count}, schema version 3), the move to
 * self-paying ({@code person_transition}, {@code continuation}, version 6) and the cost shapes
 * ({@code enrollment_shape}) true: caches of the rules' views ({@code counting_enrollment} through
 * {@code person_year_due}, {@code person_transition_due}, {@code continuation_due}; schema version 8), never
 * a second definition. {@link #TRIGGERS} lists what a save writes besides its own row; a bulk writer switches
 * the per-person triggers off for its transaction and recomputes the people it touched in one set-based
 * statement at its end, which is what keeps a million-row import near the speed of a raw insert. A
 * transaction that ends with them off cannot commit (a deferred foreign key on {@code summary_state.bulk}).
 */
public final class YearSummary {
    /**
     * What the database does after a clerk's save (schema v8; {@code YearSummaryTest} holds this list to the
     * schema): trigger → what it writes.
     * <ul>
     * <li>{@code enrollment_added}, {@code enrollment_changed}, {@code enrollment_removed} (an enrollment
     *     inserted, updated, deleted) → names the person in {@code summary_dirty}; adds +1 / −1 to the
     *     enrollment's {@code enrollment_shape} row</li>
     * <li>{@code person_regrouped} (a person's occupation changed) → names the person; moves their shapes</li>
     * <li>{@code summary_recount} (a person named) → recomputes their {@code person_year},
     *     {@code person_transition} and {@code continuation} rows from the views</li>
     * <li>{@code person_year_counted}, {@code person_year_uncounted} → keep {@code year_count} (+1 / −1)</li>
     * </ul>
     * The first four do nothing while {@code summary_state.bulk} is 1 (see {@link #beginBulk}); on a server, for
     * the rows of the batch being imported or undone only ({@code summary_state.bulk_batch}, V3).
     */
    static final java.util.List<String> TRIGGERS = java.util.List.of("enrollment_added", "enrollment_changed",
            "enrollment_removed", "person_regrouped", "summary_recount", "person_year_counted", "person_year_uncounted");

    /** Adds (sign 1) or takes away (sign -1) a batch's enrollments that are not deleted from the shapes. */
    private static final String BATCH_SHAPES = "INSERT INTO enrollment_shape\nSELECT " + CostShape.SHAPE_COLUMNS + """
            , ? * count(*)
            FROM enrollment e JOIN person p ON p.id = e.person_id
            WHERE e.batch_id = ? AND e.deleted = 0
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            ON CONFLICT DO UPDATE SET n = n + excluded.n""";

    private YearSummary() {
    }

    /** Whether the summary answers for this year (open-ended enrollments are counted up to the horizon). */
    static boolean covers(Tx tx, int year) {
        return year <= tx.scalar("SELECT horizon FROM summary_state") && !bulkUnderway(tx);
    }

    /**
     * Whether this transaction is a bulk write: its per-person tables are recomputed only at its end, so
     * what reads them inside it must ask the enrollments instead.
     */
    static boolean bulkUnderway(Tx tx) {
        return tx.scalar("SELECT bulk FROM summary_state") != 0;
    }

    /**
     * Switches the per-person triggers off for this transaction (a rollback switches them back on). SQLite's:
     * on a server an import goes through {@link #beginImport}, an undo through {@link #undoOnServer}.
     */
    static void beginBulk(Tx tx) {
        tx.update("UPDATE summary_state SET bulk = 1");
    }

    /**
     * On a server, one import at a time: takes the bulk switch's row for this transaction (V3's
     * {@code payung_import_lock}), asking again every fifth of a second while another import holds it, so the
     * wait can be given up: {@code tx}'s {@link WriteWait} is told of the wait and asked to cancel it.
     *
     * @throws WriteCancelledException when the wait was cancelled (nothing was written by this call)
     */
    static void lockForImport(Tx tx) {
        if (tx.one("SELECT payung_import_lock()", rs -> rs.getBoolean(1)).orElse(false)) {
            return;
        }
        WriteWait wait = tx.writeWait();
        wait.waiting();
        try {
            while (!tx.one("SELECT payung_import_lock()", rs -> rs.getBoolean(1)).orElse(false)) {
                if (wait.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new WriteCancelledException("gave up waiting for another import to end; nothing was changed");
                }
            }
        } finally {
            wait.resumed();
        }
    }

    /**
     * On a server: the per-person triggers leave the rows of {@code batchId} (started in this transaction, no
     * enrollment yet) for {@link #endImport}; every other row is summed as ever ({@code payung_import_begin}).
     */
    static void beginImport(Tx tx, long batchId) {
        tx.list("SELECT payung_import_begin(?)", rs -> 1, batchId);
    }

    /**
     * On a server: the batch begun in this transaction joins the cost shapes and its people are recounted
     * set-wise, with {@code year_count} by whole groups; the triggers are back on ({@code payung_import_end}).
     */
    static void endImport(Tx tx) {
        tx.list("SELECT payung_import_end()", rs -> 1);
    }

    /** Before a bulk change takes a batch's enrollments away (undo): they leave the shapes. */
    static void removeBatchShapes(Tx tx, long batchId) {
        tx.update(BATCH_SHAPES, -1, batchId);
    }

    /** After a bulk writer added a batch's enrollments: they join the shapes. */
    static void addBatchShapes(Tx tx, long batchId) {
        tx.update(BATCH_SHAPES, 1, batchId);
    }

    /** The batch's enrollments of people registered before {@code firstAdded} join the shapes. */
    static void addBatchShapesOfKnown(Tx tx, long batchId, long firstAdded) {
        tx.update(BATCH_SHAPES.replace("WHERE e.batch_id = ?", "WHERE e.batch_id = ? AND e.person_id < ?"), 1, batchId,
                firstAdded);
    }

    /**
     * The enrollments a bulk writer added for its new people join the shapes, from what it gathered as they
     * passed: their raw values (funder, segment, programme flags, declared income, months, region, occupation)
     * with how many enrollments had exactly those, a few thousand rows for a million enrollments. The shape
     * itself is made from them by the same SQL as from the enrollments ({@link CostShape#SHAPE_COLUMNS}), so
     * the rule stays in one place; what it saves is sorting a million rows for the GROUP BY.
     */
    static void addShapes(Tx tx, Iterable<RawShape> raw) {
        tx.update("""
                CREATE TEMP TABLE bulk_shape (funder_id INTEGER, segment TEXT, jkk INTEGER, jkm INTEGER, jht INTEGER,
                    jp INTEGER, declared_income_rp INTEGER, first_month TEXT, last_month TEXT, region_code TEXT,
                    occupation_code TEXT, n INTEGER)""");
        try {
            java.sql.PreparedStatement ps = tx.statement("INSERT INTO temp.bulk_shape VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (RawShape r : raw) {
                ps.setLong(1, r.funderId());
                ps.setString(2, r.segment());
                for (int i = 0; i < 4; i++) {
                    ps.setInt(3 + i, (r.programmeFlags() >> i) & 1);
                }
                ps.setObject(7, r.declaredIncomeRp());
                ps.setString(8, r.firstMonth());
                ps.setString(9, r.lastMonth());
                ps.setString(10, r.regionCode());
                ps.setString(11, r.occupationCode());
                ps.setLong(12, r.n());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw Sql.failure("shape insert failed", e);
        }
        // p is the same row: SHAPE_COLUMNS reads the occupation from the person.
        tx.update("INSERT INTO enrollment_shape SELECT " + CostShape.SHAPE_COLUMNS + """
                , sum(e.n)
                FROM temp.bulk_shape e JOIN temp.bulk_shape p ON p.rowid = e.rowid
                WHERE true
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
                ON CONFLICT DO UPDATE SET n = n + excluded.n""");
        tx.update("DROP TABLE temp.bulk_shape");
    }

    /**
     * The raw values of some enrollments (not deleted) that a bulk writer added, and how many: programme flags
     * as bits in {@link id.payung.domain.Programme} order (JKK 1, JKM 2, JHT 4, JP 8), months as stored text,
     * the enrollment's region code (its own, else its person's), the person's occupation.
     */
    record RawShape(long funderId, String segment, int programmeFlags, Long declaredIncomeRp, String firstMonth,
                    String lastMonth, String regionCode, String occupationCode, long n) {
    }

    /** Recomputes everyone with an enrollment in the batch, and switches the triggers back on. */
    static void endBulkForBatch(Tx tx, long batchId) {
        endBulkForBatch(tx, batchId, Long.MAX_VALUE, true);
    }

    /**
     * Recomputes everyone with an enrollment in the batch, and switches the triggers back on.
     *
     * @param firstAdded the first person id the bulk writer gave: people from there on are new, all of their
     *                   enrollments are in this batch, and they are selected by that range (one seek in each
     *                   index) rather than through the batch's list of people (an index of a million ids made
     *                   again for every statement); {@code Long.MAX_VALUE} when nobody was added
     * @param enrolledKnown whether any enrollment of the batch is of a person registered before
     */
    static void endBulkForBatch(Tx tx, long batchId, long firstAdded, boolean enrolledKnown) {
        List<String> groups = new ArrayList<>(2);
        if (enrolledKnown) {
            // People registered before who got an enrollment here (usually few; all of a batch being undone).
            groups.add("SELECT person_id FROM enrollment WHERE batch_id = " + batchId + " AND person_id < " + firstAdded);
        }
        if (firstAdded != Long.MAX_VALUE) {
            groups.add(null); // the people the writer added: person_id >= firstAdded
        }
        for (String people : groups) {
            String where = people == null ? "person_id >= " + firstAdded : "person_id IN (" + people + ")";
            recountYears(tx, where);
            recount(tx, "person_transition", where);
            // continuation_due has rows for a person exactly when person_transition_due says `continued` (the
            // same condition on the same enrollments): only they are asked, not everyone's government funding
            // a second time.
            tx.update("DELETE FROM continuation WHERE " + where);
            tx.update("INSERT INTO continuation SELECT * FROM continuation_due WHERE " + where
                    + " AND person_id IN (SELECT person_id FROM person_transition WHERE continued = 1 AND " + where + ")");
        }
        tx.update("UPDATE summary_state SET bulk = 0");
    }

    /** Adds the {@code person_year} rows of some people (a condition) to {@code year_count}, group by group. */
    private static final String YEAR_COUNT_ADD = """
            INSERT INTO year_count (year, funder_id, segment, kecamatan_code, occupation_code, full_package, n)
            SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*)
            FROM person_year WHERE %s
            GROUP BY year, funder_id, segment, kecamatan_code, occupation_code, full_package
            ON CONFLICT (year, funder_id, segment, kecamatan_code, occupation_code, full_package)
            DO UPDATE SET n = year_count.n + excluded.n""";

    /**
     * {@code person_year} recomputed for the people {@code where} selects (a condition on {@code person_id}),
     * as {@link #recount} does, but {@code year_count} kept set-wise: its per-row trigger
     * ({@code person_year_counted}, +1 per new row) is dropped inside this transaction while the rows go in,
     * the same +1s are added as one count per group, and the trigger is made again from its own definition
     * (a rollback brings it back too). The rows taken out still go through {@code person_year_uncounted},
     * exactly as before.
     */
    private static void recountYears(Tx tx, String where) {
        tx.update("DELETE FROM person_year WHERE " + where);
        String counted = tx.one("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'person_year_counted'",
                rs -> rs.getString(1)).orElseThrow(() -> new StoreException("trigger person_year_counted is missing"));
        tx.update("DROP TRIGGER person_year_counted");
        tx.update("INSERT INTO person_year SELECT * FROM person_year_due WHERE " + where);
        tx.update(YEAR_COUNT_ADD.formatted(where));
        tx.update(counted);
    }

    /** One per-person table recomputed set-wise for the people {@code where} selects (a condition on person_id). */
    private static void recount(Tx tx, String table, String where) {
        tx.update("DELETE FROM " + table + " WHERE " + where);
        tx.update("INSERT INTO " + table + " SELECT * FROM " + table + "_due WHERE " + where);
    }

    /**
     * An import batch undone on a server ({@code payung_undo_batch}, V3): its enrollments of this login's regency
     * marked deleted, their shapes taken away, its people recounted set-wise, for a clerk as for the owner.
     *
     * @return how many enrollments were marked deleted
     */
    static int undoOnServer(Tx tx, long batchId) {
        return (int) tx.scalar("SELECT payung_undo_batch(?)", batchId);
    }

    /** Whether {@link #keepUp} has work to do (checked in a read transaction, so opening stays read-only). */
    public static boolean due(Tx tx, Year now) {
        return tx.scalar("SELECT horizon FROM summary_state") < now.getValue() + 1;
    }

    /**
     * Moves the horizon to next year when the calendar has passed it, recounting the people with an
     * enrollment reaching past the old horizon (open-ended, or ending later). Cheap when nothing is due; call it
     * in a write transaction on opening.
     *
     * @return whether anything was recounted
     */
    public static boolean keepUp(Tx tx, Year now) {
        int wanted = now.getValue() + 1;
        if (tx.dialect() == Dialect.POSTGRES) {
            // A clerk may not write summary_state: the function moves it (forward only, bounded by the server's
            // calendar) and recounts the open-ended enrollments' people, year_count by whole groups.
            return tx.one("SELECT payung_keep_up(?)", rs -> rs.getBoolean(1), wanted).orElse(false);
        }
        long old = tx.scalar("SELECT horizon FROM summary_state");
        if (old >= wanted) {
            return false;
        }
        tx.update("UPDATE summary_state SET horizon = ?", wanted);
        // Only the years reach the horizon; the move to self-paying does not depend on it. The people with an
        // enrollment reaching past the old horizon: open-ended, or entered with its end years ahead.
        recount(tx, "person_year", "person_id IN (SELECT person_id FROM enrollment WHERE deleted = 0"
                + " AND (last_month IS NULL OR last_month > '" + old + "-12'))");
        return true;
    }
}
