package id.payung.service.importing;

import id.payung.domain.DamagedNik;
import id.payung.domain.Enrollment;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.Nik;
import id.payung.domain.Occupation;
import id.payung.domain.Person;
import id.payung.domain.PersonName;
import id.payung.domain.RegionCodes;
import id.payung.domain.Region;
import id.payung.service.Json;
import id.payung.service.ReferenceService;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.EnrollmentBulkWriter;
import id.payung.store.EnrollmentRepository;
import id.payung.domain.ImportBatch;
import id.payung.store.ImportBatchRepository;
import id.payung.store.Tx;
import id.payung.store.WriteCancelledException;
import id.payung.store.WriteWait;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports name lists (CSV, XLSX) as they come from villages, BPJS and the province.
 *
 * <p>One pass over the file, streamed, inside one write transaction: every row is checked (the file's
 * values, the enrollment rules, duplicates in the file and in the database, 500 rows at a time) and the
 * valid ones are written as one batch. By default an import is all-or-nothing: once a row is refused the
 * rest is only checked, and the transaction is rolled back at the end, leaving the database as it was (the clerk's
 * corrections are kept outside it, {@link #keepRefused}); {@code skipInvalid} imports the
 * valid rows and lists the rest. A dry run is the same pass in a read transaction.
 * Cancelling rolls the whole batch back. Rows already in the database (same NIK, same funder, overlapping
 * period) are duplicates, not errors, so importing the same file twice changes nothing.
 */
public final class ImportService {
    private static final int HEADER_SCAN = 30;
    /**
     * The column name under which a list without a Kecamatan column reports a desa name that several
     * kecamatan share: a correction typed there ({@link ImportOptions#fixes}) is read as the row's kecamatan.
     */
    public static final String KECAMATAN_FIX = RowParser.KECAMATAN_HEADER;
    /** Rows checked against the database together (one NIK look-up), and between progress reports. */
    private static final int CHUNK = id.payung.store.EnrollmentBulkWriter.LOOKUP_CHUNK;

    private final Database db;
    private final ReferenceService reference;
    private final Clock clock;
    private final String actor;
    private final java.util.function.Supplier<String> regionPrefix;
    private final EnrollmentRepository repo = new EnrollmentRepository();
    private final ImportBatchRepository batches = new ImportBatchRepository();
    private final AuditLog audit = new AuditLog();

    public ImportService(Database db, ReferenceService reference, Clock clock, String actor,
                         java.util.function.Supplier<String> regionPrefix) {
        this.db = db;
        this.reference = reference;
        this.clock = clock;
        this.actor = actor;
        this.regionPrefix = regionPrefix;
    }

    /** Where refused imports' corrections are kept ({@link RefusedCorrections}): the user's data folder's. */
    private volatile RefusedCorrections refused = new RefusedCorrections(RefusedCorrections.defaultFolder());

    /**
     * Keeps the corrections of refused imports in {@code folder} instead of the user's data folder (tests, and a
     * Payung that must keep nothing there).
     */
    public void keepRefusedCorrectionsIn(Path folder) {
        refused = new RefusedCorrections(folder);
    }

    /** Where a long import reports to, and how it learns that the user pressed Cancel. */
    public interface Progress {
        void rows(long done);

        boolean cancelled();

        /**
         * The import waits (true) for another writer — another import, here or in another Payung — or goes
         * on (false). Cancelling meanwhile gives up the wait; nothing is written.
         */
        default void waiting(boolean waiting) {
        }

        Progress NONE = new Progress() {
            @Override
            public void rows(long done) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /**
     * The start of a file: where its header is, what Payung made of each column, and a few rows; {@code namedYears}
     * the years its name and title rows name ({@link NamedYear}), in order; {@code titleKecamatan} the one kecamatan
     * of the office's regency its title rows name ("KEC. WAE RII"), else null; {@code titleFunder} the one offered
     * funder (active, paying in the office's regency) its title rows and name name ("SUMBER DANA: APBDes NDEHES";
     * {@link NamedFunder}), else null; {@code titleDesa} the desa/kelurahan its title rows name ({@link TitleDesa}:
     * one village, or a name several share), else null.
     */
    public record Preview(int headerRow, List<String> headers, Map<Integer, Column> mapping, List<List<String>> sample,
                          List<Integer> namedYears, Region titleKecamatan, NamedFunder.Found titleFunder,
                          TitleDesa titleDesa) {
        public Preview {
            namedYears = List.copyOf(namedYears);
        }

        /** A preview whose title rows name no desa. */
        public Preview(int headerRow, List<String> headers, Map<Integer, Column> mapping, List<List<String>> sample,
                       List<Integer> namedYears, Region titleKecamatan, NamedFunder.Found titleFunder) {
            this(headerRow, headers, mapping, sample, namedYears, titleKecamatan, titleFunder, null);
        }

        /** A preview whose title rows and name name no funder. */
        public Preview(int headerRow, List<String> headers, Map<Integer, Column> mapping, List<List<String>> sample,
                       List<Integer> namedYears, Region titleKecamatan) {
            this(headerRow, headers, mapping, sample, namedYears, titleKecamatan, null);
        }

        /** A preview whose title rows name no kecamatan. */
        public Preview(int headerRow, List<String> headers, Map<Integer, Column> mapping, List<List<String>> sample,
                       List<Integer> namedYears) {
            this(headerRow, headers, mapping, sample, namedYears, null);
        }

        /** The one year the file names, or null when it names none or several (then no year is proposed). */
        public Integer namedYear() {
            return namedYears.size() == 1 ? namedYears.get(0) : null;
        }
    }

    /**
     * What an import did (or, for a dry run or a refused file, would have done). {@code inactive}: rows of
     * a BPJS list whose status says the participant is not active, reported and skipped (unless asked for).
     * {@code withoutDesa}: of the rows {@code imported}, those that go in with no desa/kelurahan, only their kecamatan
     * (a list without a Desa column and none given, or a row whose Desa cell is blank). {@code pastYears}: of the rows
     * {@code imported}, how many add participants to each year before the import's (year → rows), by the months they
     * cover: a year whose numbers may have gone to the regent, said before such an import (trial 21c: a late 2025 list
     * took 2025 from 5.280 to 5.494 unremarked).
     */
    public record Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                         long batchId, boolean written, boolean cancelled, long inactive, List<NikProposal> proposals,
                         long withoutDesa, java.util.SortedMap<Integer, Long> pastYears,
                         Map<Integer, String> listNumbers, List<id.payung.domain.PastYearChange> pastYearChanges) {
        public Report {
            proposals = List.copyOf(proposals);
            pastYearChanges = List.copyOf(pastYearChanges);
            pastYears = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(pastYears));
            listNumbers = Map.copyOf(listNumbers);
        }

        /**
         * A report whose rows for years gone by were not weighed against those years' numbers ({@link #pastYearChanges}:
         * per year and funder, whether its number changes, {@link PastYearChanges}).
         */
        public Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                      long batchId, boolean written, boolean cancelled, long inactive, List<NikProposal> proposals,
                      long withoutDesa, java.util.SortedMap<Integer, Long> pastYears, Map<Integer, String> listNumbers) {
            this(read, imported, duplicates, rejected, problems, batchId, written, cancelled, inactive, proposals,
                    withoutDesa, pastYears, listNumbers, List.of());
        }

        Report withPastYearChanges(List<id.payung.domain.PastYearChange> changes) {
            return new Report(read, imported, duplicates, rejected, problems, batchId, written, cancelled, inactive,
                    proposals, withoutDesa, pastYears, listNumbers, changes);
        }

        /**
         * A report whose problems' rows give no number of the list's own. ({@code listNumbers}: for the rows with a
         * problem, the list's own number in its No column, "NO 14" where the file's line is 18, by the file's line:
         * the clerk on the phone with the village says the village's number; trial 21c.)
         */
        public Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                      long batchId, boolean written, boolean cancelled, long inactive, List<NikProposal> proposals,
                      long withoutDesa, java.util.SortedMap<Integer, Long> pastYears) {
            this(read, imported, duplicates, rejected, problems, batchId, written, cancelled, inactive, proposals,
                    withoutDesa, pastYears, Map.of());
        }

        /** The list's own number (its No column) of the file's line {@code row}, or null when it gives none. */
        public String listNumber(int row) {
            return listNumbers.get(row);
        }

        /** A report that counts no row going into a year gone by. */
        public Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                      long batchId, boolean written, boolean cancelled, long inactive, List<NikProposal> proposals,
                      long withoutDesa) {
            this(read, imported, duplicates, rejected, problems, batchId, written, cancelled, inactive, proposals,
                    withoutDesa, new java.util.TreeMap<>());
        }

        /** A report that counts no row going in without a desa. */
        public Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                      long batchId, boolean written, boolean cancelled, long inactive, List<NikProposal> proposals) {
            this(read, imported, duplicates, rejected, problems, batchId, written, cancelled, inactive, proposals, 0);
        }

        /** A report proposing no NIK. */
        public Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                      long batchId, boolean written, boolean cancelled, long inactive) {
            this(read, imported, duplicates, rejected, problems, batchId, written, cancelled, inactive, List.of());
        }

        /** The NIK proposed for the cell of {@code row} under the header {@code column}, if any. */
        public java.util.Optional<NikProposal> proposalFor(int row, String column) {
            return proposals.stream().filter(p -> p.row() == row && p.column().equals(column)).findFirst();
        }
    }

    /**
     * A NIK proposed for a cell Excel destroyed ({@link DamagedNik}): the cell as a correction names it (row, header)
     * and the one candidate whose NIK it can be. The NIK is whole, for the correction the clerk confirms; it is shown
     * masked, and never put into a problem or a file.
     */
    public record NikProposal(int row, String column, DamagedNik.Candidate candidate) {
    }

    /**
     * Reads the start of the file: finds the header row (title rows and empty rows above it are skipped)
     * and matches each header to a column.
     *
     * @throws ImportFileException when the file cannot be read or has no recognisable header row
     */
    public Preview preview(Path file, ImportOptions options) {
        try (PushbackReader reader = new PushbackReader(TableReader.open(file, options.sheet()))) {
            Header header = findHeader(reader, file);
            Map<Integer, Column> mapping = options.mapping() != null ? options.mapping() : header.mapping();
            List<List<String>> sample = new ArrayList<>();
            TableReader.Row row;
            while (sample.size() < 20 && (row = reader.next()) != null) {
                if (!row.isBlank()) {
                    sample.add(row.cells().stream().map(c -> c.date() != null ? Formats.date(c.date()) : c.text()).toList());
                }
            }
            // A column with values but no label in the header rows is listed too: the clerk can still map it.
            List<String> headers = new ArrayList<>(header.texts());
            int widest = sample.stream().mapToInt(r -> lastFilled(r) + 1).max().orElse(0);
            while (headers.size() < widest) {
                headers.add("");
            }
            RegionNames regions = header.titles().isEmpty() ? null : new RegionNames(reference.localRegions());
            Region titleKecamatan = regions == null ? null : regions.kecamatanIn(header.titles()).orElse(null);
            return new Preview(header.row(), headers, mapping, sample,
                    List.copyOf(NamedYear.years(file.getFileName().toString(), header.titles())),
                    titleKecamatan,
                    NamedFunder.of(reference.offeredFunders(), file.getFileName().toString(), header.titles())
                            .orElse(null),
                    regions == null ? null : regions.desaIn(header.titles(), titleKecamatan).orElse(null));
        } catch (IOException e) {
            throw new ImportFileException("FILE_UNREADABLE", file.getFileName().toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The kecamatan and desa/kelurahan the file's title rows propose for the rows that name none, and why a name they
     * give is not taken ({@link TitleRegion}: the one rule of the import window and {@code payung import}).
     * {@code proposeKecamatan}: the caller's kecamatan is replaced by the title's (or none); else
     * {@code options.kecamatan()} stands and a title desa must lie inside it. {@code proposeDesa}: the caller's desa is
     * replaced by the title's (or none). A kecamatan taken from the title is weighed against the rows in one dry run
     * (reported with {@code progress}).
     *
     * @param preview this file's {@link #preview} with {@code options}
     */
    public TitleRegion titleRegion(Path file, ImportOptions options, Preview preview, boolean proposeKecamatan,
                                   boolean proposeDesa, Progress progress) {
        return TitleRegion.of(this, reference::localRegions, file, options, preview, proposeKecamatan, proposeDesa,
                progress);
    }

    /**
     * An import asked with a provincial reader's login: it reads every regency's data of its province and writes none
     * (docs/SERVER.md); a list is imported by its regency's clerk, with their own login. Nothing was changed.
     */
    public static final class ReaderImportException extends IllegalStateException
            implements id.payung.domain.ReadOnlyRefusal {
        private final String login;

        public ReaderImportException(String login) {
            super("the login " + login + " is a provincial reader: it reads every regency's data and writes none; a list"
                    + " is imported with the clerk login of its regency; nothing was imported");
            this.login = login;
        }

        /** The reader's login, as the address names it. */
        public String login() {
            return login;
        }
    }

    /**
     * The refusal an import meets here when the database is a provincial reader's (a server opened read-only: a login
     * that may not add to the audit log, {@code ServerDatabase.readsOnly}); empty otherwise. A file opened read-only
     * (a network folder, a read-only copy) is no reader's and meets the database's own refusal.
     */
    public java.util.Optional<ReaderImportException> readerRefusal() {
        return db.isReadOnly() && db.server() != null
                ? java.util.Optional.of(new ReaderImportException(db.server().user())) : java.util.Optional.empty();
    }

    /**
     * Checks and (unless a dry run, or refused) imports a file.
     *
     * @throws ImportFileException    when the file as a whole cannot be read
     * @throws ReaderImportException  with a provincial reader's login ({@link #readerRefusal}), before the file is read;
     *                                a dry run, which writes nothing, is not refused
     */
    public Report importFile(Path file, ImportOptions options, Progress progress) {
        if (!options.dryRun()) {
            readerRefusal().ifPresent(refused -> {
                throw refused;
            });
        }
        Context ctx = context(file, options);
        if (options.dryRun()) {
            return db.read(tx -> {
                Tally tally = new Tally();
                return pastYearChanges(tx, pass(tx, file, options, ctx, null, progress, tally), tally, ctx);
            });
        }
        String sha = sha256(file);
        java.util.logging.Logger log = id.payung.service.LogFile.logger("import");
        log.info(() -> "import of " + file.getFileName() + " started");
        Report report = importInTransaction(file, options, ctx, sha, progress);
        log.info(() -> "import of " + file.getFileName() + " finished: " + report.read() + " rows read, "
                + report.imported() + " imported, " + report.duplicates() + " duplicates, " + report.rejected()
                + " refused" + (report.cancelled() ? ", cancelled (rolled back)" : report.written() ? "" : ", nothing written"));
        return report;
    }

    /** {@code done} with what its rows do to the numbers of years gone by, read in {@code tx} (trial 23a). */
    private Report pastYearChanges(Tx tx, Report done, Tally tally, Context ctx) {
        if (done.cancelled() || done.pastYears().isEmpty()) {
            return done;
        }
        Map<String, String> names = new HashMap<>();
        ctx.funders().forEach(f -> names.put(f.code(), f.name()));
        return done.withPastYearChanges(new PastYearChanges().of(tx, tally.pastFunders, done.written(), names::get));
    }

    private Report importInTransaction(Path file, ImportOptions options, Context ctx, String sha, Progress progress) {
        try {
            // One pass inside the write transaction: a refused file is simply rolled back, so all-or-nothing
            // costs nothing extra and the rows are read once.
            return db.write(waitFor(progress), tx -> {
                long batch = batches.start(tx, file.getFileName().toString(), sha, actor);
                Tally tally = new Tally();
                options.fixes().keySet().forEach(cell -> tally.personOfFixedRow.put(cell.row(), null));
                Report done = pass(tx, file, options, ctx, batch, progress, tally);
                if (done.cancelled()) {
                    throw new Cancelled(done);
                }
                // Refused, or nothing new (all duplicates): roll back, so not even an empty batch is recorded.
                if ((done.rejected() > 0 && !options.skipInvalid()) || done.imported() == 0) {
                    throw new Refused(new Report(done.read(), 0, done.duplicates(), done.rejected(), done.problems(), 0,
                            false, false, done.inactive(), done.proposals(), 0, new java.util.TreeMap<>(),
                            done.listNumbers()));
                }
                batches.finish(tx, batch, done.read(), done.imported(), done.duplicates(), done.rejected());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("file", file.getFileName().toString());
                after.put("sha256", sha);
                after.put("read", done.read());
                after.put("imported", done.imported());
                after.put("duplicates", done.duplicates());
                after.put("rejected", done.rejected());
                after.put("inactive", done.inactive());
                // People only undone imports had brought, now with this list's data (trial 18 H30): those the rows
                // were told of (IMPORT_UNDONE_PERSON_RENEWED), so the count and the warnings are one.
                long renewed = tally.renewed.size();
                if (renewed > 0) {
                    after.put("renewed", renewed);
                }
                putDecisions(after, options);
                putMonthsGot(tx, after, batch, options, tally.columns, windowFunder(ctx, options));
                if (!options.fixes().isEmpty()) {
                    after.put("corrected_cells", options.fixes().size());
                    putCorrections(after, options.fixes(), ctx.applied(), tally.personOfFixedRow);
                }
                if (options.skipInvalid()) {
                    after.put("skip_invalid", true);
                }
                audit.record(tx, actor, "IMPORT", "import_batch", String.valueOf(batch), null, Json.object(after));
                return pastYearChanges(tx, done, tally, ctx);
            });
        } catch (Cancelled c) {
            Report r = c.report;
            return new Report(r.read(), 0, r.duplicates(), r.rejected(), r.problems(), 0, false, true, r.inactive(),
                    r.proposals(), 0, new java.util.TreeMap<>(), r.listNumbers());
        } catch (WriteCancelledException c) {
            return new Report(0, 0, 0, 0, List.of(), 0, false, true, 0); // cancelled before it could start writing
        } catch (Refused r) {
            if (r.report.rejected() > 0) {
                keepRefused(file, sha, options, ctx);
            }
            return r.report;
        }
    }

    /**
     * What the clerk decided for the list, beside what the file held: the funder, period and place given for rows
     * without them (the file's fingerprint is the file's, not what was imported).
     */
    private static void putDecisions(Map<String, Object> after, ImportOptions options) {
        putIfSet(after, "funder", options.funder());
        putIfSet(after, "first_month", options.from() == null ? null : options.from().toString());
        putIfSet(after, "months", options.months());
        putIfSet(after, "kecamatan", options.kecamatan());
        putIfSet(after, "desa", options.desa());
    }

    /**
     * What the rows' months really were, in an import's entry (trial 21d: it said the window's "Mulai: 01/2026; Jumlah
     * bulan: 12" of a list whose every row had its own 07/2026 and 6 months). A file with its own Mulai column: the
     * window's Mulai and Jumlah bulan are kept only when a row took them (a blank Mulai cell), and the entry says where
     * Mulai came from ({@code first_month_source}: FILE, or FILE_AND_WINDOW); a file with its own Jumlah bulan or
     * Selesai column: the window's number of months is not said. Always: the first and last month the enrollments got
     * ({@code covered_from}, {@code covered_to}; no last month when one has no end), read from what was written. A
     * file with its own Sumber dana column: {@code funder_source} FILE or FILE_AND_WINDOW, as for Mulai.
     */
    private void putMonthsGot(id.payung.store.Tx tx, Map<String, Object> after, long batch, ImportOptions options,
                              java.util.Set<Column> columns, String windowFunder) {
        if (columns.contains(Column.FIRST_MONTH)) {
            boolean windowStart = options.from() != null && batches.countStarting(tx, batch, options.from().toString()) > 0;
            after.put("first_month_source", windowStart ? "FILE_AND_WINDOW" : "FILE");
            if (!windowStart) {
                after.remove("first_month");
                after.remove("months");
            }
        }
        if (columns.contains(Column.MONTHS) || columns.contains(Column.LAST_MONTH)) {
            after.remove("months");
        }
        id.payung.store.ImportBatchRepository.Covered covered = batches.covered(tx, batch);
        if (covered != null) {
            after.put("covered_from", covered.firstMonth());
            if (!covered.open() && covered.lastMonth() != null) {
                after.put("covered_to", covered.lastMonth());
            }
        }
        // Likewise the funder (trial 21d): a file with its own Sumber dana column keeps the window's funder in the
        // entry only when an enrollment went in under it (a blank cell took it), and says which ruled.
        if (columns.contains(Column.FUNDER) && windowFunder != null) {
            boolean windowUsed = covered != null && covered.funders().contains(windowFunder);
            after.put("funder_source", windowUsed ? "FILE_AND_WINDOW" : "FILE");
            if (!windowUsed) {
                after.remove("funder");
            }
        }
    }

    /** The code of the funder the window (or --funder) gave, as the rows take it; null when none was given. */
    private static String windowFunder(Context ctx, ImportOptions options) {
        return options.funder() == null ? null : RowParser.findFunder(ctx.funders(), options.funder(), ctx.regency())
                .map(FundingSource::code).orElse(null);
    }

    /** How long the owner's question which regency it writes for waits for another writer before it is given up. */
    private static final java.time.Duration QUESTION_WAIT = java.time.Duration.ofSeconds(3);

    /**
     * Keeps a refused import's corrections (rolled back, the database as it was) outside the database
     * ({@link RefusedCorrections}), so that {@link #earlierFixes} offers them when the file is opened again, after a
     * restart too: as an import's entry keeps them, a NIK masked, with whose it is where the NIK is a registered
     * person's ({@code fixN_person}, looked up in a read). A NIK of a person not registered is whole in this session
     * only ({@link #wholeValues}). Nothing for a read-only database (a provincial reader) nor without corrections; a
     * file that cannot be written is logged, the refusal reported all the same.
     */
    private void keepRefused(Path file, String sha, ImportOptions options, Context ctx) {
        List<Object[]> cells = corrections(options.fixes(), ctx.applied());
        if (db.isReadOnly() || cells.isEmpty()) {
            return;
        }
        try {
            String regency = importRegency();
            if ("".equals(regency)) {
                return; // an import here writes to no regency
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
                    .putLong(java.util.concurrent.ThreadLocalRandom.current().nextLong()).array()));
            entry.put("at", java.time.Instant.now().toString());
            entry.put("actor", actor);
            entry.put("file", file.getFileName().toString());
            entry.put("sha256", sha);
            if (regency != null) {
                entry.put("regency", regency);
            }
            String identity = db.read(tx -> {
                // Whose each corrected NIK is, where a registered person's (nobody's row was written).
                Map<Integer, Long> persons = new HashMap<>();
                for (Object[] c : cells) {
                    ImportOptions.CellFix cell = new ImportOptions.CellFix((Integer) c[0], (String) c[1]);
                    if (ctx.applied().get(cell).nik()) {
                        repo.registeredByNik(tx, Nik.strip((String) c[3])).ifPresent(p -> persons.put(cell.row(), p.id()));
                    }
                }
                putCorrections(entry, options.fixes(), ctx.applied(), persons);
                return identity(tx);
            });
            refused.add(identity, entry);
            // The NIKs the file keeps masked, whole for this session (a person not registered has no other way back).
            int n = 0;
            for (Object[] c : cells) {
                n++;
                if (((String) c[4]).contains("*")) {
                    wholeValues.put(entry.get("id") + ":" + n, (String) c[3]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A data folder that cannot be written, a server lost meanwhile: only an offer is lost.
            id.payung.service.LogFile.logger("import").warning(() -> "the corrections of the refused import of "
                    + file.getFileName() + " are not kept: " + e);
        }
    }

    /**
     * This database's identity for {@link RefusedCorrections}: its file (the real path), or the server's address and
     * this login; and when it was made.
     */
    private String identity(Tx tx) {
        id.payung.domain.ServerAddress server = db.server();
        String where = server != null ? "server:" + server.host() + ":" + server.port() + "/" + server.database()
                + "\n" + server.user() : "file:" + db.realFile().toAbsolutePath();
        return RefusedCorrections.identity(where, batches.databaseBorn(tx));
    }

    /**
     * The values refused imports of this session corrected that their kept entries keep masked (a NIK), whole, by
     * entry id and correction number ("3f9c2a1b5d7e0a41:2"); forgotten when Payung closes.
     */
    private final Map<String, String> wholeValues = new java.util.concurrent.ConcurrentHashMap<>();

    /** The write's waits for another writer, told to the import's progress (and its Cancel asked). */
    private static WriteWait waitFor(Progress progress) {
        return new WriteWait() {
            @Override
            public void waiting() {
                progress.waiting(true);
            }

            @Override
            public void resumed() {
                progress.waiting(false);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }

            @Override
            public boolean isImport() {
                return true; // a save waiting for it may say "impor lain" (trial 21b M5)
            }
        };
    }

    /**
     * Writes the empty list to hand to villages (.xlsx with the canonical headers and drop-down lists).
     *
     * @throws UncheckedIOException when the file cannot be written; a half-written file is removed
     */
    public void writeTemplate(Path target, String title) {
        try {
            id.payung.service.ReplacingWrite.createNew(target, out -> {
                new TemplateWriter(reference).write(out, title);
                return null;
            });
        } catch (IOException e) {
            throw id.payung.service.ReplacingWrite.cannotWrite(target, e);
        }
    }

    /**
     * Writes the empty list to a stream the caller owns, e.g. one that {@link id.payung.service.ReplacingWrite}
     * moves over a file the user agreed to replace.
     */
    public void writeTemplate(java.io.OutputStream out, String title) throws IOException {
        new TemplateWriter(reference).write(out, title);
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Every import batch, newest first. */
    public List<ImportBatch> batches() {
        return db.read(batches::all);
    }

    /**
     * What its undo would take away that was changed after the import, and by whom (trial 19, finding 5): asked
     * before the undo, so the confirmation can say a colleague's later edits go with it.
     */
    public ImportBatch.ChangesAfter changesAfter(long batchId) {
        return changesAfter(db.read(tx -> batches.changesAfter(tx, batchId)));
    }

    /**
     * The changes after an import, oldest first, counted by enrollment, each login with its latest change, in order;
     * and by person (session 18: whose later corrections the undo takes away, not only how many): in the order of their
     * first change, what was changed ({@link id.payung.service.AuditWords#changedFields}) and by whom.
     */
    static ImportBatch.ChangesAfter changesAfter(List<ImportBatchRepository.ChangeAfter> hits) {
        record Whose(String name, String nik, Set<String> fields, Set<String> actions,
                      List<ImportBatchRepository.ChangeAfter> hits) {
        }
        Map<Long, Whose> people = new LinkedHashMap<>();
        Set<Long> entries = new java.util.HashSet<>();
        for (ImportBatchRepository.ChangeAfter h : hits) {
            Whose p = people.computeIfAbsent(h.personId(), id -> new Whose(h.fullName(), h.nik(),
                    new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>(), new ArrayList<>()));
            if (!entries.add(h.entry())) {
                continue; // an entry about a person with two of the batch's enrollments: once
            }
            p.hits().add(h);
            List<String> fields = id.payung.service.AuditWords.changedFields(h.beforeJson(), h.afterJson());
            if (fields.isEmpty()) {
                p.actions().add(h.entity() + "." + h.action());
            }
            p.fields().addAll(fields);
        }
        int enrollments = (int) hits.stream().mapToLong(ImportBatchRepository.ChangeAfter::enrollment).distinct().count();
        return new ImportBatch.ChangesAfter(enrollments, changers(hits),
                people.values().stream().map(p -> new ImportBatch.ChangedPerson(p.name(),
                        p.nik() == null ? null : Nik.mask(p.nik()), List.copyOf(p.fields()), List.copyOf(p.actions()),
                        changers(p.hits()))).toList());
    }

    /** Each login with its latest change, in the order of those changes (the changes oldest first). */
    private static List<ImportBatch.Changer> changers(List<ImportBatchRepository.ChangeAfter> hits) {
        Map<String, java.time.Instant> last = new LinkedHashMap<>();
        for (ImportBatchRepository.ChangeAfter h : hits) {
            last.remove(h.actor()); // each login placed at its latest change
            last.put(h.actor(), h.at());
        }
        return last.entrySet().stream().map(e -> new ImportBatch.Changer(e.getKey(), e.getValue())).toList();
    }

    /** Undoes a batch: its enrollments are marked deleted (audited); returns how many. */
    public int undo(long batchId) {
        return db.write(tx -> {
            int n = batches.undo(tx, batchId);
            int people = PersonDataUndo.revert(tx, actor, batchId);
            // Which list was taken back, in the entry itself: the auditor reads it without the batch table.
            Map<String, Object> undone = new LinkedHashMap<>();
            batches.all(tx).stream().filter(b -> b.id() == batchId).findFirst()
                    .ifPresent(b -> undone.put("file", b.fileName()));
            undone.put("batch", batchId);
            undone.put("enrollments", n);
            if (people > 0) {
                undone.put("persons_restored", people);
            }
            audit.record(tx, actor, "UNDO_IMPORT", "import_batch", String.valueOf(batchId), null, Json.object(undone));
            return n;
        });
    }

    /**
     * The import of a file with the same content (SHA-256) as {@code file} that stands (not undone), newest; empty when
     * there is none or the file cannot be read. An undone import's file may be imported again unremarked. On a server a
     * clerk sees only their regency's imports.
     */
    public java.util.Optional<id.payung.domain.ImportBatch> standingImportOf(Path file) {
        String sha;
        try {
            sha = sha256(file);
        } catch (UncheckedIOException e) {
            return java.util.Optional.empty();
        }
        return db.read(tx -> batches.standingImportOf(tx, sha));
    }

    /**
     * What the clerk gave an import for rows whose file is silent (its audit entry, {@link #putDecisions}): the funder's
     * code, "Mulai", the number of months, the kecamatan and desa; null where nothing was given.
     */
    public record Decisions(String funder, java.time.YearMonth from, Integer months, String kecamatan, String desa) {
    }

    /**
     * What was given for the rows of import {@code batchId} (the same file chosen again is offered it, trial 19); empty
     * when its entry is not readable here.
     */
    public java.util.Optional<Decisions> decisionsOf(long batchId) {
        return db.read(tx -> batches.importEntry(tx, batchId)).map(json -> {
            Map<String, Object> after = Json.parse(json);
            java.util.function.Function<String, String> text = key -> after.get(key) == null ? null
                    : String.valueOf(after.get(key));
            String from = text.apply("first_month");
            String months = text.apply("months");
            return new Decisions(text.apply("funder"), from == null ? null : java.time.YearMonth.parse(from),
                    months == null || !months.matches("\\d{1,9}") ? null : Integer.valueOf(months),
                    text.apply("kecamatan"), text.apply("desa"));
        });
    }

    /** A cell a clerk corrected in an earlier import: where, as a correction names it, and the value they gave. */
    public record EarlierFix(ImportOptions.CellFix cell, String value) {
    }

    /**
     * The corrections of earlier imports that fit a file: {@code cells} in row and column order; {@code at} and
     * {@code actor} of the newest import they come from (null when there are none).
     */
    public record EarlierFixes(List<EarlierFix> cells, java.time.Instant at, String actor) {
        public static final EarlierFixes NONE = new EarlierFixes(List.of(), null, null);

        public EarlierFixes {
            cells = List.copyOf(cells);
        }

        /** The corrections as {@link ImportOptions#fixes} takes them. */
        public Map<ImportOptions.CellFix, String> asFixes() {
            Map<ImportOptions.CellFix, String> m = new LinkedHashMap<>();
            cells.forEach(c -> m.put(c.cell(), c.value()));
            return m;
        }
    }

    /**
     * The cells a clerk of this office corrected when a file of the same content or the same name was imported
     * before (undone or not), read from those imports' audit entries, for the window to offer again — never applied
     * by themselves. A correction fits only where the cell (row, header) still holds the value it was corrected from
     * (as the entry keeps it, a NIK masked); of several imports the newest's correction of a cell counts. The entry
     * keeps a corrected NIK masked (UU 27/2022): it is the one NIK of that import's people it masks to, else not
     * offered. A refused import counts as well, by the entry kept outside the database ({@link #keepRefused}; the
     * database holds nothing of it): a NIK it corrected is the registered person's it names, else the one this session
     * typed (after a restart such a NIK is not offered). On a server only the entries of the regency an import here
     * writes to ({@link #importRegency}): a clerk's own, the owner's as its session names it; none for a provincial
     * reader. None when the file cannot be read.
     */
    public EarlierFixes earlierFixes(Path file, ImportOptions options) {
        String sha;
        try {
            sha = sha256(file);
        } catch (UncheckedIOException e) {
            return EarlierFixes.NONE;
        }
        record Earlier(ImportOptions.CellFix cell, String fileValue, String value, java.time.Instant at, String actor) {
        }
        String regency = importRegency();
        if ("".equals(regency)) {
            return EarlierFixes.NONE; // an import here writes to no regency (a provincial reader)
        }
        String name = file.getFileName().toString();
        List<Earlier> earlier = db.read(tx -> {
            // The imports' audit entries and the refused imports' kept entries (which name no batch), newest first.
            record Entry(String refused, long batch, java.time.Instant at, String actor, Map<String, Object> after) {
            }
            List<Entry> entries = new ArrayList<>();
            batches.correctedImports(tx, sha, name, regency).forEach(e -> entries.add(new Entry(null, e.batch(),
                    e.at(), e.actor(), Json.parse(e.afterJson()))));
            for (Map<String, Object> e : refused.read(identity(tx))) {
                if ((sha.equals(e.get("sha256")) || name.equals(e.get("file")))
                        && java.util.Objects.equals(regency, e.get("regency"))) {
                    entries.add(new Entry((String) e.get("id"), 0, java.time.Instant.parse((String) e.get("at")),
                            (String) e.get("actor"), e));
                }
            }
            entries.sort(java.util.Comparator.comparing(Entry::at).reversed());
            List<Earlier> out = new ArrayList<>();
            Map<Long, List<String>> niks = new HashMap<>();
            for (Entry entry : entries) {
                Map<String, Object> after = entry.after();
                for (int n = 1; after.get("fix" + n + "_row") instanceof Number row; n++) {
                    Object column = after.get("fix" + n + "_column");
                    Object was = after.get("fix" + n + "_file");
                    Object value = after.get("fix" + n + "_value");
                    if (!(column instanceof String c) || !(was instanceof String w) || !(value instanceof String kept)) {
                        continue;
                    }
                    String v = kept;
                    if (kept.contains("*")) {
                        // A NIK the entry keeps masked: that of the person the row was written to (the entry says whose,
                        // since session 18; a refused import's, the registered person the NIK was), else the one of the
                        // import's people it masks to; a refused import's, as this session typed it.
                        List<String> found;
                        if (after.get("fix" + n + "_person") instanceof Number person) {
                            found = repo.person(tx, person.longValue()).map(id.payung.domain.Person::nik)
                                    .filter(k -> Nik.mask(k).equals(kept)).stream().toList();
                        } else if (entry.refused() == null) {
                            found = niks.computeIfAbsent(entry.batch(), b -> batches.niks(tx, b)).stream()
                                    .filter(k -> Nik.mask(k).equals(kept)).toList();
                        } else {
                            String whole = wholeValues.get(entry.refused() + ":" + n);
                            found = whole != null && Nik.mask(whole).equals(kept) ? List.of(whole) : List.of();
                        }
                        if (found.size() != 1) {
                            continue;
                        }
                        v = found.get(0);
                    }
                    out.add(new Earlier(new ImportOptions.CellFix(row.intValue(), c), w, v, entry.at(), entry.actor()));
                }
            }
            return out;
        });
        if (earlier.isEmpty()) {
            return EarlierFixes.NONE;
        }
        // The file's own cells where the corrections were made, as Fixes reads them.
        int last = earlier.stream().mapToInt(e -> e.cell().row()).max().orElse(0);
        Set<Integer> rows = new HashSet<>();
        earlier.forEach(e -> rows.add(e.cell().row()));
        Map<ImportOptions.CellFix, String> cells = new HashMap<>();
        try (PushbackReader reader = new PushbackReader(TableReader.open(file, options.sheet()))) {
            List<String> headers = findHeader(reader, file).texts();
            TableReader.Row row;
            while ((row = reader.next()) != null && row.number() <= last) {
                if (!rows.contains(row.number())) {
                    continue;
                }
                for (Earlier e : earlier) {
                    if (e.cell().row() != row.number()) {
                        continue;
                    }
                    int i = headers.indexOf(e.cell().column());
                    if (i < 0 && !e.cell().column().equals(KECAMATAN_FIX)) {
                        continue; // no such column in this file
                    }
                    Cell cell = i >= 0 && i < row.cells().size() ? row.cells().get(i) : Cell.EMPTY;
                    cells.put(e.cell(), cell.date() != null ? Formats.date(cell.date())
                            : cell.text() == null ? "" : cell.text());
                }
            }
        } catch (IOException | UncheckedIOException | ImportFileException e) {
            return EarlierFixes.NONE;
        }
        Map<ImportOptions.CellFix, Earlier> fitting = new LinkedHashMap<>();
        for (Earlier e : earlier) { // newest first: the newest correction of a cell counts
            String now = cells.get(e.cell());
            if (fitting.containsKey(e.cell()) || now == null) {
                continue;
            }
            if (Nik.mask(now).equals(e.fileValue()) || id.payung.service.Masked.niks(now).equals(e.fileValue())) {
                fitting.put(e.cell(), e);
            } else {
                fitting.put(e.cell(), null); // this cell was changed since: never corrected from an older import
            }
        }
        List<Earlier> kept = fitting.values().stream().filter(java.util.Objects::nonNull).toList();
        if (kept.isEmpty()) {
            return EarlierFixes.NONE;
        }
        Earlier newest = kept.stream().max(java.util.Comparator.comparing(Earlier::at)).orElseThrow();
        return new EarlierFixes(kept.stream().sorted(java.util.Comparator.comparingInt((Earlier e) -> e.cell().row())
                .thenComparing(e -> e.cell().column())).map(e -> new EarlierFix(e.cell(), e.value())).toList(),
                newest.at(), newest.actor());
    }

    /**
     * On a server, the regency an import here writes to, whose entries alone {@link #earlierFixes} reads: a clerk's own;
     * the owner's as its session names it ({@code ServerContents.writeFor}, known on the write connection only, so
     * asked there, giving up after a few seconds of another writer); empty when there is none (a provincial reader, an
     * owner naming none). Null on a file: every entry is the office's.
     */
    private String importRegency() {
        if (db.dialect() != id.payung.store.Dialect.POSTGRES) {
            return null;
        }
        if (db.isReadOnly()) {
            return "";
        }
        String regency = db.read(batches::sessionRegency);
        if (!regency.isEmpty()) {
            return regency;
        }
        try {
            return db.write(WriteWait.givingUpAfter(QUESTION_WAIT), batches::sessionRegency);
        } catch (WriteCancelledException e) {
            return "";
        }
    }

    /** @param applied the clerk's corrections as put into the rows, with the file's values (by the last pass) */
    /**
     * Each cell the clerk corrected, in row and column order, as flat fields of the entry (the audit log's JSON is
     * flat): {@code fixN_row}, {@code fixN_column}, {@code fixN_file} (the village's value) and {@code fixN_value}
     * (the clerk's), a NIK's both masked (UU 27/2022) — what was changed against the file, for the auditor (trial 16
     * M5). A correction whose row was not read (it was not in the file) is counted, not listed.
     */
    private static void putCorrections(Map<String, Object> after, Map<ImportOptions.CellFix, String> fixes,
                                       Map<ImportOptions.CellFix, Fixes.Applied> applied, Map<Integer, Long> persons) {
        int n = 0;
        for (Object[] c : corrections(fixes, applied)) {
            n++;
            after.put("fix" + n + "_row", c[0]);
            after.put("fix" + n + "_column", c[1]);
            after.put("fix" + n + "_file", c[2]);
            after.put("fix" + n + "_value", c[4]);
            // Whose row it was, so the person's own history shows the corrections of their row (the masked values
            // cannot tell): none for a row not imported.
            Long person = persons.get((Integer) c[0]);
            if (person != null) {
                after.put("fix" + n + "_person", person);
            }
        }
    }

    /**
     * The corrected cells in row and column order, each as {row, column, the file's value as the audit keeps it,
     * the clerk's value whole, the clerk's value as the audit keeps it}: a NIK's masked (UU 27/2022), as is a NIK in
     * another column (a list whose columns slipped, review 15). A correction whose row was not read is left out.
     */
    private static List<Object[]> corrections(Map<ImportOptions.CellFix, String> fixes,
                                              Map<ImportOptions.CellFix, Fixes.Applied> applied) {
        List<Object[]> out = new ArrayList<>();
        fixes.keySet().stream().filter(applied::containsKey)
                .sorted(java.util.Comparator.comparingInt(ImportOptions.CellFix::row)
                        .thenComparing(ImportOptions.CellFix::column))
                .forEach(cell -> {
                    Fixes.Applied a = applied.get(cell);
                    String typed = fixes.get(cell);
                    out.add(new Object[] {cell.row(), cell.column(),
                            a.nik() ? Nik.mask(a.fileValue()) : id.payung.service.Masked.niks(a.fileValue()), typed,
                            a.nik() ? Nik.mask(typed) : id.payung.service.Masked.niks(typed)});
                });
        return out;
    }

    private record Context(RegionNames regions, List<Occupation> occupations, List<FundingSource> funders,
            String regency, Map<ImportOptions.CellFix, Fixes.Applied> applied) {
    }

    private Context context(Path file, ImportOptions options) {
        Context ctx = new Context(new RegionNames(reference.localRegions()), reference.occupations(),
                reference.fundingSources(), reference.settings().regencyCode(),
                new java.util.concurrent.ConcurrentHashMap<>());
        if (options.funder() != null) {
            FundingSource named = RowParser.findFunder(ctx.funders(), options.funder(), ctx.regency())
                    .orElseThrow(() -> new ImportFileException("UNKNOWN_FUNDER_OPTION", options.funder()));
            if (!id.payung.domain.FunderRules.paysIn(named, ctx.regency())) {
                throw new ImportFileException("FUNDER_OPTION_OTHER_REGION", named.name(), named.code(),
                        named.regionCode(), ctx.regency());
            }
        }
        Region kecamatan = null;
        if (options.kecamatan() != null) {
            kecamatan = ctx.regions().kecamatan(options.kecamatan()).orElseThrow(() -> new ImportFileException(
                    "UNKNOWN_KECAMATAN_OPTION", options.kecamatan(), String.join(", ", ctx.regions().nearestKecamatan(options.kecamatan()))));
        }
        if (options.desa() != null) {
            RegionNames.Match m = ctx.regions().desa(options.desa(), kecamatan);
            switch (m.outcome()) {
                case FOUND, KECAMATAN_HAS_NO_VILLAGES -> { }
                case AMBIGUOUS -> throw new ImportFileException("AMBIGUOUS_DESA_OPTION", options.desa(),
                        ctx.regions().describe(m.candidates()));
                case OTHER_KECAMATAN -> throw new ImportFileException("DESA_OTHER_KECAMATAN_OPTION", options.desa(),
                        ctx.regions().describe(m.candidates()), kecamatan.name());
                default -> throw new ImportFileException("UNKNOWN_DESA_OPTION", options.desa(),
                        ctx.regions().describe(m.candidates()));
            }
        }
        return ctx;
    }

    /** The header row; {@code titles} the rows above it (title rows: each row's cells joined by spaces). */
    private record Header(int row, List<String> texts, Map<Integer, Column> mapping, List<String> titles) {
    }

    /**
     * Finds the header row among the first rows (title and empty rows above it are skipped). A header of two
     * rows is read as one ({@link HeaderRows}): a second row under it — as under a merged "Alamat" cell over
     * "Desa" and "Kecamatan" — or a first row over it, when a group label ("IDENTITAS") over NIK and Nama put
     * them in the lower row while other labels, merged over both rows, stand in the upper one. The column
     * numbers official tables put under the header (1 | 2 | 3 …) are passed over. The reader is left at the
     * first data row.
     */
    private static Header findHeader(PushbackReader reader, Path file) throws IOException {
        List<String> titles = new ArrayList<>();
        TableReader.Row previous = null;
        for (int scanned = 0; scanned < HEADER_SCAN; scanned++) {
            TableReader.Row row = reader.next();
            if (row == null) {
                break;
            }
            List<String> texts = row.cells().stream().map(Cell::text).toList();
            HeaderRows.Read read = HeaderRows.single(texts);
            Map<Integer, Column> mapping = read.mapping();
            if (mapping.size() >= 2 && (mapping.containsValue(Column.NIK) || mapping.containsValue(Column.NAME))) {
                int first = row.number();
                if (previous != null && previous.number() == row.number() - 1
                        && HeaderRows.isUpperRow(texts(previous), texts)) {
                    read = HeaderRows.combine(texts(previous), texts);
                    titles.remove(titles.size() - 1);
                    first = previous.number();
                } else {
                    TableReader.Row next = reader.next();
                    if (next != null && HeaderRows.isLowerRow(read, texts(next))) {
                        read = HeaderRows.combine(texts, texts(next));
                    } else if (next != null) {
                        reader.pushBack(next);
                    }
                }
                TableReader.Row next = reader.next();
                if (next != null && HeaderRows.isColumnNumbers(next)) {
                    next = reader.next();
                }
                if (next == null) {
                    // Nothing under the header: said so, not read as an import of nothing (trial 20b M4).
                    throw new ImportFileException("HEADER_ONLY", file.getFileName().toString());
                }
                reader.pushBack(next);
                return new Header(first, new ArrayList<>(read.texts()), read.mapping(), titles);
            }
            if (!row.isBlank()) {
                titles.add(String.join(" ", texts));
                previous = row;
            }
        }
        throw new ImportFileException("NO_HEADER", file.getFileName().toString());
    }

    private static int lastFilled(List<String> values) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i) != null && !values.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(TableReader.Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    /** A reader that can give back one row. */
    private static final class PushbackReader implements TableReader {
        private final TableReader in;
        private Row pushed;

        PushbackReader(TableReader in) {
            this.in = in;
        }

        void pushBack(Row row) {
            pushed = row;
        }

        @Override
        public Row next() throws IOException {
            if (pushed != null) {
                Row r = pushed;
                pushed = null;
                return r;
            }
            return in.next();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One pass over the file; writes only when {@code batch} is given. */
    private Report pass(Tx tx, Path file, ImportOptions options, Context ctx, Long batch, Progress progress,
                        Tally tally) {
        Seen seen = new Seen();
        LocalDate today = LocalDate.now(clock);
        tally.thisYear = today.getYear();
        try (PushbackReader reader = new PushbackReader(TableReader.open(file, options.sheet()))) {
            Header header = findHeader(reader, file);
            Map<Integer, Column> mapping = options.mapping() != null ? options.mapping() : header.mapping();
            if (!mapping.containsValue(Column.NIK)) {
                throw new ImportFileException("NO_NIK_COLUMN", file.getFileName().toString());
            }
            if (!mapping.containsValue(Column.FUNDER) && options.funder() == null) {
                throw new ImportFileException("NO_FUNDER", file.getFileName().toString());
            }
            if (!mapping.containsValue(Column.FIRST_MONTH) && options.from() == null) {
                throw new ImportFileException("NO_PERIOD", file.getFileName().toString());
            }
            if (!mapping.containsValue(Column.DESA) && !mapping.containsValue(Column.KECAMATAN)
                    && options.kecamatan() == null && options.desa() == null) {
                throw new ImportFileException("NO_REGION", file.getFileName().toString());
            }
            List<String> headerTexts = header.texts();
            if (!mapping.containsValue(Column.KECAMATAN) && !headerTexts.contains(RowParser.KECAMATAN_HEADER)
                    && options.fixes().keySet().stream().anyMatch(f -> f.column().equals(RowParser.KECAMATAN_HEADER))) {
                // A list without a Kecamatan column: the kecamatan the clerk typed for a row (where its desa
                // name is shared) goes into a column of its own, read like the file's own cells.
                headerTexts = new ArrayList<>(headerTexts);
                headerTexts.add(RowParser.KECAMATAN_HEADER);
                mapping = new LinkedHashMap<>(mapping);
                mapping.put(headerTexts.size() - 1, Column.KECAMATAN);
            }
            tally.columns = java.util.Set.copyOf(mapping.values());
            RowParser parser = new RowParser(mapping, headerTexts, options, ctx.regions(), ctx.occupations(),
                    ctx.funders(), ctx.regency());
            ctx.applied().clear();
            Fixes fixes = new Fixes(options.fixes(), headerTexts, mapping, ctx.applied());
            EnrollmentBulkWriter writer = new EnrollmentBulkWriter(tx);
            if (batch != null) {
                writer.expect(expectedRows(file));
            }
            List<Checked> chunk = new ArrayList<>(CHUNK);
            Map<Integer, Column> columns = mapping;
            List<String> headings = headerTexts;
            RowRules rules = new RowRules(regionPrefix.get(), id.payung.service.RegionList.codes(), today,
                    options.includeInactive());
            // Reading, parsing and the checks of a row on its own run a few thousand rows ahead, on a thread of
            // their own, while this one checks against the file's other rows and the database and writes.
            NotAPerson notAPerson = new NotAPerson();
            RowsAhead.Source<Object> source = () -> {
                TableReader.Row row;
                while ((row = reader.next()) != null) {
                    row = fixes.apply(row);
                    if (row.isBlank()) {
                        continue;
                    }
                    if (notAPerson.test(row, columns)) {
                        // The signature block under a village list, a "Jumlah" line: listed, never an error.
                        if (!NotAPerson.onlyNumbered(row, columns)) {
                            return NotAPerson.ignored(row, headings);
                        }
                        continue;
                    }
                    RowParser.Parsed parsed = parser.parse(row, today);
                    Checked checked = new Checked(parsed, new ArrayList<>(parsed.problems()));
                    checked.listNumber = listNumber(row, columns);
                    checked.outcome = checkRow(checked, parser, rules);
                    return checked;
                }
                return null;
            };
            try (RowsAhead<Object> rows = new RowsAhead<>("import-rows", source)) {
                Object item;
                while ((item = rows.next()) != null) {
                    if (item instanceof RowProblem ignored) {
                        tally.problems.add(ignored);
                        continue;
                    }
                    Checked checked = (Checked) item;
                    tally.read++;
                    if (checked.listNumber != null && tally.listNumbers.size() < LIST_NUMBERS_KEPT) {
                        tally.listNumbers.put(checked.parsed().row(), checked.listNumber);
                    }
                    if (checked.outcome == null) {
                        checked.outcome = checkInFile(checked, parser, seen, tally);
                    } else {
                        tally.nikProposals.checkedAlone(checked.parsed(), checked.problems(), parser);
                    }
                    chunk.add(checked);
                    if (chunk.size() == CHUNK) {
                        settle(tx, writer, chunk, parser, batch, options.skipInvalid(), tally, seen);
                        progress.rows(tally.read);
                        if (progress.cancelled()) {
                            return new Report(tally.read, 0, tally.duplicates, tally.rejected, tally.problems, 0, false,
                                    true, tally.inactive);
                        }
                    }
                }
            }
            settle(tx, writer, chunk, parser, batch, options.skipInvalid(), tally, seen);
            // Before the batch is finished: a row whose NIK ending in 0 proves to be one Excel cut is turned down, and
            // under "skip wrong rows" taken back out as any row turned down late.
            tally.nikProposals.propose(writer, seen.rows, tally.firstAdded, tally.problems,
                    (h, why) -> seen.reject(h, why, tally));
            if (tally.nikProposals.lastDigitCapped()) {
                // Said, not left out silently: the rows after the cap were not looked up as Excel-cut NIKs.
                tally.problems.note(FormProblem.warning(Field.NIK, "IMPORT_NIK_LAST_DIGIT_CHECK_STOPPED",
                        Formats.count(ProblemList.MAX)));
            }
            undoTurnedDown(writer, batch, tally, seen);
            // Under "skip wrong rows": person data only of the rows that stayed valid after every late check.
            writePersonData(tx, seen, tally);
            if (batch != null && (tally.rejected == 0 || options.skipInvalid())) {
                writer.finish(batch);
            }
            progress.rows(tally.read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A row named later (the first of two rows on one NIK) is listed where it was found: back in row order.
        tally.problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        Map<Integer, String> listNumbers = new java.util.HashMap<>(); // of the rows with a problem only
        tally.problems.forEach(p -> {
            String no = tally.listNumbers.get(p.row());
            if (no != null) {
                listNumbers.put(p.row(), no);
            }
        });
        return new Report(tally.read, tally.imported, tally.duplicates, tally.rejected,
                tally.problems, batch == null ? 0 : batch, batch != null, false, tally.inactive,
                tally.nikProposals.proposals(), tally.withoutDesa.size(), tally.pastYears, listNumbers);
    }

    /**
     * The list's own numbers kept while a file is read, for the rows a problem may later name (about 10 MB): a list of
     * millions of numbered rows keeps memory bounded (issue 19); rows past it show their file line only.
     */
    private static final int LIST_NUMBERS_KEPT = 100_000;

    /** Bytes of a name-list row, about: how many rows a file holds is guessed from its size. */
    private static final long BYTES_PER_ROW = 100;

    /** About how many rows the file holds, from its size (a wrong guess costs time, never data). */
    private static long expectedRows(Path file) {
        try {
            return Files.size(file) / BYTES_PER_ROW;
        } catch (IOException e) {
            return 0;
        }
    }

    private enum Outcome { VALID, DUPLICATE, REJECTED, INACTIVE }

    /**
     * A row after the checks that need no database. The outcome can still turn to REJECTED while the row
     * waits in its chunk: when a later row shows that its NIK is given to someone else.
     */
    /** The row's cell in the list's No column ("14", "14."), stripped; null when there is none or it is blank. */
    private static String listNumber(TableReader.Row row, Map<Integer, Column> columns) {
        for (Map.Entry<Integer, Column> c : columns.entrySet()) {
            if (c.getValue() == Column.ROW_NUMBER) {
                String no = row.cell(c.getKey()).text().strip();
                return no.isEmpty() ? null : no;
            }
        }
        return null;
    }

    private static final class Checked {
        final RowParser.Parsed parsed;
        final List<RowProblem> problems;
        Outcome outcome;
        /** The handle of what the file-level NIK check keeps of this row, when it passed. */
        int seen = SeenRows.NONE;
        /** The list's own number of the row (its No column), or null. */
        String listNumber;

        Checked(RowParser.Parsed parsed, List<RowProblem> problems) {
            this.parsed = parsed;
            this.problems = problems;
        }

        RowParser.Parsed parsed() {
            return parsed;
        }

        List<RowProblem> problems() {
            return problems;
        }

        Outcome outcome() {
            return outcome;
        }
    }

    /** Running counts of one pass. */
    private static final class Tally {
        long read;
        long imported;
        long duplicates;
        long rejected;
        long inactive;
        final ProblemList problems = new ProblemList();
        /** The rows whose NIK is looked up once the file is read, and the NIKs proposed for them. */
        final NikProposals nikProposals = new NikProposals();
        /** The rows (numbers) counted as imported that go in with no desa/kelurahan ({@link Report#withoutDesa}). */
        final java.util.Set<Integer> withoutDesa = new java.util.HashSet<>();
        /** The list's own number (its No column) of each row read that gives one, by the file's line. */
        final Map<Integer, String> listNumbers = new java.util.HashMap<>();
        /** Rows counted as imported per year before {@link #thisYear} that their months cover ({@link Report#pastYears}). */
        final java.util.SortedMap<Integer, Long> pastYears = new java.util.TreeMap<>();
        /** The same rows per year and funder, weighed against the years' numbers ({@link PastYearChanges}). */
        final PastYearChanges.Rows pastFunders = new PastYearChanges.Rows();
        /** The import's year: the years before it are gone by. */
        int thisYear = Integer.MIN_VALUE;
        /** What the file's columns are read as (its own Mulai, Jumlah bulan …), once its header is found. */
        java.util.Set<Column> columns = java.util.Set.of();

        /** Counts (or, {@code by} −1, takes back) a row of these months in each year gone by that they cover. */
        void countPastYears(java.time.YearMonth first, java.time.YearMonth last, String funderCode, long by) {
            if (first == null) {
                return;
            }
            int to = last == null ? thisYear - 1 : Math.min(last.getYear(), thisYear - 1);
            for (int y = first.getYear(); y <= to; y++) {
                pastFunders.count(y, funderCode, by);
                long n = pastYears.merge(y, by, Long::sum);
                if (n == 0) {
                    pastYears.remove(y);
                }
            }
        }
        /**
         * Rows already written that a later row turned down (a NIK given to another person, an overlapping
         * period, found more than a chunk later): taken back out at the start of the next settle, so under
         * "skip invalid rows" neither row stays imported.
         */
        final List<Integer> undo = new ArrayList<>();
        /**
         * Under "skip wrong rows": the person data a row writes into a known person, by the row's handle, written
         * once the file is read and only for rows still valid then ({@link #writePersonData}).
         */
        final Map<Integer, PersonWrite> personWrites = new java.util.LinkedHashMap<>();
        /** The first person this import added (none yet: Long.MAX_VALUE): people from it on are this file's rows. */
        long firstAdded = Long.MAX_VALUE;
        /** NIKs of people only undone imports brought, written over by the run's first row of theirs. */
        final java.util.Set<String> renewed = new java.util.HashSet<>();
        /** The rows with a cell the clerk corrected (keys, set up front), with the person each row was written to. */
        final Map<Integer, Long> personOfFixedRow = new HashMap<>();
    }

    /**
     * Finishes a chunk of checked rows against the database: one NIK look-up for the whole chunk, the
     * period check only for people already known, then the inserts (when writing). Problems are kept in
     * row order.
     */
    private void settle(Tx tx, EnrollmentBulkWriter writer, List<Checked> chunk, RowParser parser, Long batch,
                        boolean skipInvalid, Tally tally, Seen seen) {
        // before the look-up below, so a later row of the same person is not enrolled under a person
        // that is being taken back out
        undoTurnedDown(writer, batch, tally, seen);
        List<String> niks = new ArrayList<>(chunk.size());
        for (Checked c : chunk) {
            if (c.outcome() == Outcome.VALID) {
                niks.add(c.parsed().form().cleanNik());
            }
        }
        Map<String, EnrollmentBulkWriter.Registered> known = niks.isEmpty() ? Map.of() : writer.registered(niks);
        // People this chunk adds: a worker's second row (another period) is enrolled under the same person.
        Map<String, Long> added = new HashMap<>();
        for (Checked c : chunk) {
            Outcome outcome = c.outcome();
            EnrollmentForm f = c.parsed().form();
            EnrollmentBulkWriter.Registered registered = outcome == Outcome.VALID ? known.get(f.cleanNik()) : null;
            Long personId = registered != null ? Long.valueOf(registered.id()) : null;
            boolean registeredAsOther = false;
            if (registered != null && registered.onlyUndone()) {
                // Only an undone list brought them: not registered for the clerk, so no name check against the
                // undone data; the row's data is written over it, and the clerk is told (trial 18 H30).
                if (tally.renewed.add(f.cleanNik())) {
                    c.problems().add(parser.problem(c.parsed().row(), Field.NIK, Nik.mask(f.cleanNik()),
                            FormProblem.warning(Field.NIK, "IMPORT_UNDONE_PERSON_RENEWED", registered.fullName())));
                    if (batch != null && (skipInvalid || tally.rejected == 0)) {
                        renew(tx, registered.id(), f, c, parser, skipInvalid ? tally : null, batch);
                    }
                }
            } else if (registered != null) {
                outcome = checkRegistered(registered, c.parsed(), parser, c.problems());
                registeredAsOther = outcome == Outcome.REJECTED;
                if (outcome == Outcome.VALID) {
                    outcome = checkPeriod(tx, c.parsed(), parser, registered.id(), c.problems());
                }
                if (outcome == Outcome.VALID) {
                    occupationKept(registered, c, parser);
                }
                if (outcome == Outcome.VALID && batch != null && (skipInvalid || tally.rejected == 0)) {
                    personData(tx, skipInvalid ? tally : null, c.seen, registered.id(), f, false, batch);
                }
            }
            if (personId == null) {
                personId = added.get(f.cleanNik());
            }
            long written = 0;
            switch (outcome) {
                case VALID -> {
                    // A refused file is rolled back whole: after the first refused row, only count.
                    if (batch != null && (skipInvalid || tally.rejected == 0)) {
                        written = insert(writer, f, personId, batch);
                        if (personId == null) {
                            tally.firstAdded = Math.min(tally.firstAdded, written);
                        }
                        if (tally.personOfFixedRow.containsKey(c.parsed().row())) {
                            tally.personOfFixedRow.put(c.parsed().row(), written);
                        }
                        added.putIfAbsent(f.cleanNik(), written);
                    }
                    tally.imported++;
                    tally.countPastYears(f.firstMonth(), f.lastMonth(), f.funderCode(), 1);
                    if (!RegionCodes.village(f.regionCode())) {
                        tally.withoutDesa.add(c.parsed().row());
                    }
                }
                case DUPLICATE -> tally.duplicates++;
                case REJECTED -> tally.rejected++;
                case INACTIVE -> tally.inactive++;
                default -> throw new IllegalStateException();
            }
            c.outcome = outcome;
            if (c.seen != SeenRows.NONE) {
                seen.rows.settled(c.seen, outcome.ordinal(), written);
            }
            // A NIK ending in 0 that is not registered (for the clerk: an undone list's person is not), or is under
            // another name: looked up as one Excel may have cut to 15 digits, once the file is read.
            boolean notFound = outcome == Outcome.VALID && (registered == null || registered.onlyUndone());
            // A NIK not registered: the register may hold it cut to 0 by an earlier list, or the same worker under a
            // serial mistyped (trial 20c H1); both looked up once the file is read, in index spans of its serials.
            tally.nikProposals.settled(c.parsed(), c.seen, notFound, registeredAsOther, parser);
            String fullName = c.parsed().form().fullName();
            for (RowProblem rp : c.problems()) {
                tally.problems.add(rp.named(fullName));
            }
        }
        chunk.clear();
        seen.pending.clear();
    }

    /**
     * Takes back out the rows already written that were turned down after (a NIK given to another person, an
     * overlapping period, a NIK Excel cut found once the file was read).
     */
    private static void undoTurnedDown(EnrollmentBulkWriter writer, Long batch, Tally tally, Seen seen) {
        for (int s : tally.undo) {
            writer.remove(seen.rows.personId(s), seen.rows.funder(s), seen.rows.firstMonth(s), batch);
        }
        tally.undo.clear();
    }

    /** What the checks of a row on its own need, read once per import (they run on the reading thread). */
    private record RowRules(String regionPrefix, id.payung.domain.RegionCodes codes, LocalDate today,
                            boolean includeInactive) {
    }

    /**
     * The checks of a row on its own (no database, no other row): the file's values, the enrollment rules,
     * the participant status. Returns the row's outcome when these settle it, null when it goes on to
     * {@link #checkInFile}. Runs on the reading thread ({@link RowsAhead}): touches nothing but the row.
     */
    private static Outcome checkRow(Checked c, RowParser parser, RowRules r) {
        RowParser.Parsed p = c.parsed();
        List<RowProblem> problems = c.problems();
        EnrollmentForm f = p.form();
        String maskedNik = Nik.mask(f.cleanNik());
        boolean readable = problems.stream().noneMatch(x -> x.problem().error());
        List<FormProblem> rules = EnrollmentRules.check(f, r.regionPrefix(), r.codes(), r.today());
        boolean nikBroken = rules.stream().anyMatch(x -> x.error() && x.field() == Field.NIK);
        // A cell the parser could not read is said by that, not by the rules again; the rules' own problems all stand,
        // several on one field too: a NIK that disagrees with the birth date beside the "under working age" warning.
        java.util.Set<Field> named = problems.stream().map(x -> x.problem().field())
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Field.class)));
        for (FormProblem fp : rules) {
            boolean alreadyNamed = named.contains(fp.field());
            // Sex and birth date come from the NIK when the file lacks them: a broken NIK says it all.
            boolean followsFromNik = nikBroken && fp.code().equals("REQUIRED")
                    && (fp.field() == Field.SEX || fp.field() == Field.BIRTH_DATE);
            if (!alreadyNamed && !followsFromNik) {
                // beside the rule's problem, what the file holds there (trial 19 L6: a birth date the NIK disagrees with)
                String value = fp.field() == Field.NIK ? maskedNik : parser.fileValue(p, fp.field());
                problems.add(parser.problem(p.row(), fp.field(), value, fp));
            }
        }
        if (!readable || problems.stream().anyMatch(x -> x.problem().error())) {
            return Outcome.REJECTED;
        }
        if (p.inactiveStatus() != null && !r.includeInactive()) {
            problems.add(parser.problem(p.row(), Field.NIK, maskedNik,
                    FormProblem.warning(Field.NIK, "IMPORT_INACTIVE_STATUS", p.inactiveStatus())));
            return Outcome.INACTIVE;
        }
        return null;
    }

    /**
     * The check against the file's other rows: a NIK that comes again is the same worker when name and birth
     * date agree ({@link PersonName#same}): another period is a second enrollment, an overlapping one an error
     * naming both rows (an exact repeat of the row is a duplicate, skipped). A NIK given to two different people
     * is an error on both rows: one of them is mistyped.
     */
    private static Outcome checkInFile(Checked c, RowParser parser, Seen seen, Tally tally) {
        RowParser.Parsed p = c.parsed();
        List<RowProblem> problems = c.problems();
        EnrollmentForm f = p.form();
        String maskedNik = Nik.mask(f.cleanNik());
        SeenRows rows = seen.rows;
        int first = rows.first(f.cleanNik());
        for (int e = first; e != SeenRows.NONE; e = rows.next(e)) {
            if (!rows.samePerson(e, f)) {
                String name = rows.name(e);
                problems.add(parser.problem(p.row(), Field.NIK, maskedNik, FormProblem.error(Field.NIK,
                        "IMPORT_NIK_TWO_PEOPLE", rows.row(e), name, f.fullName().strip())));
                seen.reject(e, parser.problem(rows.row(e), Field.NIK, maskedNik, FormProblem.error(
                        Field.NIK, "IMPORT_NIK_TWO_PEOPLE", p.row(), f.fullName().strip(), name)), tally);
                return Outcome.REJECTED;
            }
        }
        if (first != SeenRows.NONE) {
            // The person is written with the file's first row of this NIK: a form of address here would change nothing.
            problems.removeIf(x -> x.problem().code().equals(EnrollmentRules.NAME_FORM_OF_ADDRESS));
        }
        for (int e = first; e != SeenRows.NONE; e = rows.next(e)) {
            if (!rows.overlaps(e, f)) {
                continue;
            }
            if (rows.samePeriod(e, f)) {
                List<Field> differ = rows.differences(e, f);
                if (!differ.isEmpty()) {
                    // One worker, one period, two places or occupations: which row is right is the clerk's to say,
                    // never the first row's by default (trial 21c H4). An error on both rows, each naming the other.
                    String earlier = parser.describe(differ, rows.region(e), rows.sex(e), rows.occupation(e));
                    String here = parser.describe(differ, f.regionCode(), f.sex(), f.occupationCode());
                    problems.add(parser.problem(p.row(), Field.NIK, maskedNik, FormProblem.error(Field.NIK,
                            "IMPORT_DUPLICATE_DIFFERS", rows.row(e), earlier, here, p.row())));
                    seen.reject(e, parser.problem(rows.row(e), Field.NIK, maskedNik, FormProblem.error(Field.NIK,
                            "IMPORT_DUPLICATE_DIFFERS", p.row(), here, earlier, rows.row(e))), tally);
                    return Outcome.REJECTED;
                }
                problems.add(parser.problem(p.row(), Field.NIK, maskedNik,
                        FormProblem.warning(Field.NIK, "IMPORT_DUPLICATE_IN_FILE", rows.row(e))));
                return Outcome.DUPLICATE;
            }
            problems.add(parser.problem(p.row(), Field.FIRST_MONTH, maskedNik, FormProblem.error(
                    Field.FIRST_MONTH, "IMPORT_OVERLAP_IN_FILE", rows.row(e), rows.period(e))));
            seen.reject(e, parser.problem(rows.row(e), Field.FIRST_MONTH, maskedNik, FormProblem.error(
                    Field.FIRST_MONTH, "IMPORT_OVERLAP_IN_FILE", p.row(), period(f))), tally);
            return Outcome.REJECTED;
        }
        c.seen = rows.add(p.row(), f);
        seen.pending.put(c.seen, c);
        return Outcome.VALID;
    }

    /**
     * The rows that passed the file-level check (kept compactly, see {@link SeenRows}) and, of those, the ones
     * still waiting in the current chunk: a later row can still turn those down before they are settled.
     */
    private static final class Seen {
        final SeenRows rows = new SeenRows();
        /** Rows of the current chunk by handle; emptied when the chunk is settled. */
        final Map<Integer, Checked> pending = new HashMap<>();

        /**
         * Turns a row down once a later one shows it cannot stand. Still waiting in its chunk, it is simply
         * counted as refused; already settled, the counts are corrected and, when it was written, it is taken
         * back out (under all-or-nothing the file is refused whole anyway).
         */
        void reject(int h, RowProblem why, Tally tally) {
            Checked waiting = pending.get(h);
            if (waiting != null) {
                waiting.outcome = Outcome.REJECTED;
                waiting.problems.add(why);
                return;
            }
            if (rows.outcome(h) == Outcome.VALID.ordinal()) {
                tally.imported--;
                tally.countPastYears(rows.firstMonth(h), rows.lastMonth(h), rows.funder(h), -1);
                tally.withoutDesa.remove(rows.row(h));
                tally.rejected++;
                rows.settled(h, Outcome.REJECTED.ordinal(), rows.personId(h));
                if (rows.personId(h) != 0) {
                    tally.undo.add(h);
                }
            }
            tally.problems.add(why.named(rows.name(h)));
        }
    }

    private static String period(EnrollmentForm f) {
        return Formats.month(f.firstMonth()) + "–" + (f.lastMonth() == null ? "…" : Formats.month(f.lastMonth()));
    }

    /**
     * A NIK the register already holds under another name (or birth date) is an error naming the registered
     * person: one of the two is mistyped, and enrolling the row would give that person's record another's
     * coverage.
     */
    private static Outcome checkRegistered(EnrollmentBulkWriter.Registered registered, RowParser.Parsed p, RowParser parser,
                                           List<RowProblem> problems) {
        EnrollmentForm f = p.form();
        boolean sameBirth = registered.birthDate() == null || f.birthDate() == null
                || registered.birthDate().equals(f.birthDate());
        if (PersonName.same(registered.fullName(), f.fullName()) && sameBirth) {
            // The register's name is kept (merged): a name without its "Bpk." proposed there would change nothing.
            problems.removeIf(x -> x.problem().code().equals(EnrollmentRules.NAME_FORM_OF_ADDRESS));
            return Outcome.VALID;
        }
        problems.add(parser.problem(p.row(), Field.NIK, Nik.mask(f.cleanNik()), FormProblem.error(
                Field.NIK, "IMPORT_NIK_REGISTERED_AS", registered.fullName(),
                registered.birthDate() == null ? "" : Formats.date(registered.birthDate()))));
        return Outcome.REJECTED;
    }

    /**
     * A registered person's row naming another occupation than the register's (Nelayan → Pengemudi ojek, trial 21c
     * H5): the register's stays ({@link #merged}: a registered person's filled value is never replaced by a list), and
     * the clerk is told so on the row, as a warning: a changed occupation is changed on the form, where it is seen.
     */
    private static void occupationKept(EnrollmentBulkWriter.Registered registered, Checked c, RowParser parser) {
        String listed = c.parsed().form().occupationCode();
        String stored = registered.occupationCode();
        if (listed != null && stored != null && !stored.isBlank() && !listed.equals(stored)) {
            String shown = parser.occupationName(listed);
            c.problems().add(parser.problem(c.parsed().row(), Field.OCCUPATION, shown, FormProblem.warning(
                    Field.OCCUPATION, "IMPORT_OCCUPATION_KEPT", shown, parser.occupationName(stored))));
        }
    }

    /**
     * For a person already registered: a row whose whole period an enrollment of the same funder already covers
     * adds nothing and is a duplicate (the same list again; a part of an open-ended enrollment); any other overlap
     * — another funder, or the same funder for months the enrollment does not cover (a list from mid-year over a
     * year's enrollment) — is refused naming the enrollment it meets, as the form refuses it: skipping it as a
     * duplicate dropped the later months unsaid.
     */
    private Outcome checkPeriod(Tx tx, RowParser.Parsed p, RowParser parser, long personId, List<RowProblem> problems) {
        EnrollmentForm f = p.form();
        String maskedNik = Nik.mask(f.cleanNik());
        List<EnrollmentSummary> clash = repo.overlapping(tx, personId, f.firstMonth(), f.lastMonth(), 0);
        if (clash.stream().anyMatch(e -> e.funderCode().equals(f.funderCode()) && !e.firstMonth().isAfter(f.firstMonth())
                && (e.lastMonth() == null || f.lastMonth() != null && !f.lastMonth().isAfter(e.lastMonth())))) {
            problems.add(parser.problem(p.row(), Field.NIK, maskedNik,
                    FormProblem.warning(Field.NIK, "IMPORT_DUPLICATE_IN_DB")));
            return Outcome.DUPLICATE;
        }
        if (!clash.isEmpty()) {
            EnrollmentSummary e = clash.get(0);
            problems.add(parser.problem(p.row(), Field.NIK, maskedNik,
                    FormProblem.error(Field.FIRST_MONTH, "OVERLAP", e.funderName(), Formats.month(e.firstMonth()),
                            e.lastMonth() == null ? "…" : Formats.month(e.lastMonth()))));
            return Outcome.REJECTED;
        }
        return Outcome.VALID;
    }

    /**
     * Writes a row's person data over that of a person whom only undone imports brought ({@link #merged}, empty cells
     * keep what is stored, each named in a row note): the undone list's name,
     * birth data, address and phone do not stay behind the corrected list's (trial 18 H30). As a form's save of a
     * known person (one rule, {@link id.payung.service.EnrollmentService#updatePerson}): audited only when something
     * changed. The row's own enrollment follows as for any registered person. {@code later}: under "skip wrong rows",
     * written once the file is read, if the row is still valid ({@link #writePersonData}).
     */
    private void renew(Tx tx, long personId, EnrollmentForm f, Checked c, RowParser parser, Tally later, Long batch) {
        Person stored = repo.person(tx, personId).orElseThrow();
        Merged m = merged(stored, f, true);
        personData(tx, later, c.seen, personId, f, true, batch);
        // Told which stored values an empty cell (or a column the file lacks) left alone (trial 19, finding 3).
        m.kept().forEach((field, value) -> {
            String shown = field == Field.OCCUPATION ? parser.occupationName(value) : value;
            c.problems().add(parser.problem(c.parsed().row(), field, shown,
                    FormProblem.warning(field, "IMPORT_KEPT_STORED", shown)));
        });
    }

    /** Person data a row writes into a known person ({@link #merged}), held until the row is known to stay valid. */
    private record PersonWrite(long personId, EnrollmentForm form, boolean replace, Long batch) {
    }

    /**
     * Writes a row's person data into a known person ({@link #merged}; {@code replace} for a person only undone imports
     * brought), or, under "skip wrong rows" ({@code later} given), holds it by the row's handle: a row turned down
     * later (another row on its NIK, a NIK Excel cut) must not change anyone ({@link #writePersonData}).
     */
    private void personData(Tx tx, Tally later, int handle, long personId, EnrollmentForm f, boolean replace,
                            Long batch) {
        if (later != null && handle != SeenRows.NONE) {
            // Held only when it changes something: a re-enrollment list of a large register holds its fill-ins, not
            // every row (memory stays bounded by what the list changes).
            Person stored = repo.person(tx, personId).orElseThrow();
            if (differs(stored, merged(stored, f, replace).form())) {
                later.personWrites.put(handle, new PersonWrite(personId, f, replace, batch));
            }
        } else {
            write(tx, new PersonWrite(personId, f, replace, batch));
        }
    }

    /** The person data held under "skip wrong rows", in file order, of the rows still valid once the file is read. */
    private void writePersonData(Tx tx, Seen seen, Tally tally) {
        tally.personWrites.forEach((h, w) -> {
            if (seen.rows.outcome(h) == Outcome.VALID.ordinal()) {
                write(tx, w);
            }
        });
        tally.personWrites.clear();
    }

    /**
     * A registered person enrolled again by a list (a new year's): the row's filled cells fill in what the register
     * lacks, nothing the register holds is replaced or erased ({@link #merged}). Saved (and audited) only when the
     * merge differs from what is stored: a row that changes nothing costs one read.
     */
    private void write(Tx tx, PersonWrite w) {
        Person stored = repo.person(tx, w.personId()).orElseThrow();
        EnrollmentForm m = merged(stored, w.form(), w.replace()).form();
        if (differs(stored, m)) {
            // Tagged with the import's number: undoing it gives back what this write replaced (undo).
            id.payung.service.EnrollmentService.updatePerson(tx, actor, stored, m, w.batch());
        }
    }

    /** Whether the merged person data differs from the stored (the region follows enrollments, not the row). */
    static boolean differs(Person stored, EnrollmentForm m) {
        return !java.util.Objects.equals(stored.fullName(), m.fullName()) || stored.sex() != m.sex()
                || !java.util.Objects.equals(stored.birthPlace(), m.birthPlace())
                || !java.util.Objects.equals(stored.birthDate(), m.birthDate())
                || !java.util.Objects.equals(stored.address(), m.address())
                || !java.util.Objects.equals(stored.occupationCode(), m.occupationCode())
                || !java.util.Objects.equals(stored.phone(), m.phone())
                || !java.util.Objects.equals(stored.kpj(), m.kpj());
    }

    /** The person data an import saves, and the stored values kept against the row's empty cells (by field). */
    record Merged(EnrollmentForm form, Map<Field, String> kept) {
    }

    /**
     * The one rule by which an import writes a row over a known person's data (trial 19, finding 3): a cell that is
     * empty, or a column the file does not have, never erases a stored value (a colleague may have typed the phone
     * and address the village's list lacks); a filled cell fills in an empty stored value, and replaces a stored one
     * only when {@code replace} (a person whom only undone imports brought: the corrected list's name, birth data,
     * occupation stand, not the undone one's). A registered person keeps the register's name, sex and birth date
     * (the row was matched to them).
     */
    static Merged merged(Person stored, EnrollmentForm row, boolean replace) {
        Map<Field, String> kept = new java.util.EnumMap<>(Field.class);
        String name = replace ? row.fullName() : stored.fullName();
        id.payung.domain.Sex sex = replace && row.sex() != null || stored.sex() == null ? row.sex() : stored.sex();
        LocalDate birthDate = replace && row.birthDate() != null || stored.birthDate() == null ? row.birthDate()
                : stored.birthDate();
        String birthPlace = field(Field.BIRTH_PLACE, stored.birthPlace(), row.birthPlace(), replace, kept);
        String address = field(Field.ADDRESS, stored.address(), row.address(), replace, kept);
        String occupation = field(Field.OCCUPATION, stored.occupationCode(), row.occupationCode(), replace, kept);
        String phone = field(Field.PHONE, stored.phone(), row.phone(), replace, kept);
        String kpj = field(Field.KPJ, stored.kpj(), row.kpj(), replace, kept);
        return new Merged(new EnrollmentForm(row.nik(), name, sex, birthPlace, birthDate, address, row.regionCode(),
                occupation, phone, kpj, row.funderCode(), row.segment(), row.programmes(), row.declaredIncomeRp(),
                row.firstMonth(), row.lastMonth(), row.notes()), kept);
    }

    private static String field(Field f, String stored, String cell, boolean replace, Map<Field, String> kept) {
        boolean hasStored = stored != null && !stored.isBlank();
        if (cell == null || cell.isBlank()) {
            if (hasStored) {
                kept.put(f, stored);
            }
            return stored;
        }
        return replace || !hasStored ? cell : stored;
    }

    private static long insert(EnrollmentBulkWriter writer, EnrollmentForm f, Long knownPersonId, long batch) {
        String nik = f.cleanNik();
        long personId = knownPersonId != null ? knownPersonId : writer.addPerson(
                new Person(0, nik, f.fullName().strip(), f.sex(), f.birthPlace(), f.birthDate(), f.address(),
                        f.regionCode(), f.occupationCode(), f.phone(), f.kpj()));
        writer.addEnrollment(new Enrollment(0, personId, f.funderCode(), f.segment(), f.programmes(),
                f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), null, f.notes(), f.regionCode()), batch);
        return personId;
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unwinds the write transaction when the file is refused (all-or-nothing). */
    private static final class Refused extends RuntimeException {
        private final transient Report report;

        Refused(Report report) {
            super("import refused", null, false, false);
            this.report = report;
        }
    }

    /** Unwinds the write transaction when the user cancels. */
    private static final class Cancelled extends RuntimeException {
        private final transient Report report;

        Cancelled(Report report) {
            super("import cancelled", null, false, false);
            this.report = report;
        }
    }
}
