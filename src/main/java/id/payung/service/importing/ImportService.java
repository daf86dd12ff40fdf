package id.payung.service.importing;

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
 * rest is only checked, and the transaction is rolled back at the end; {@code skipInvalid} imports the
 * valid rows and lists the rest. A dry run is the same pass in a read transaction.
 * Cancelling rolls the whole batch back. Rows already in the database (same NIK, same funder, overlapping
 * period) are duplicates, not errors, so importing the same file twice changes nothing.
 */
public final class ImportService {
    private static final int HEADER_SCAN = 30;
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

    /** Where a long import reports to, and how it learns that the user pressed Cancel. */
    public interface Progress {
        void rows(long done);

        boolean cancelled();

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

    /** The start of a file: where its header is, what Payung made of each column, and a few rows. */
    public record Preview(int headerRow, List<String> headers, Map<Integer, Column> mapping, List<List<String>> sample) {
    }

    /** What an import did (or, for a dry run or a refused file, would have done). */
    public record Report(long read, long imported, long duplicates, long rejected, List<RowProblem> problems,
                         long batchId, boolean written, boolean cancelled) {
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
            return new Preview(header.row(), header.texts(), mapping, sample);
        } catch (IOException e) {
            throw new ImportFileException("FILE_UNREADABLE", file.getFileName().toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks and (unless a dry run, or refused) imports a file.
     *
     * @throws ImportFileException when the file as a whole cannot be read
     */
    public Report importFile(Path file, ImportOptions options, Progress progress) {
        Context ctx = context(file, options);
        if (options.dryRun()) {
            return db.read(tx -> pass(tx, file, options, ctx, null, progress));
        }
        String sha = sha256(file);
        try {
            // One pass inside the write transaction: a refused file is simply rolled back, so all-or-nothing
            // costs nothing extra and the rows are read once.
            return db.write(tx -> {
                long batch = batches.start(tx, file.getFileName().toString(), sha, actor);
                Report done = pass(tx, file, options, ctx, batch, progress);
                if (done.cancelled()) {
                    throw new Cancelled(done);
                }
                // Refused, or nothing new (all duplicates): roll back, so not even an empty batch is recorded.
                if ((done.rejected() > 0 && !options.skipInvalid()) || done.imported() == 0) {
                    throw new Refused(new Report(done.read(), 0, done.duplicates(), done.rejected(), done.problems(), 0,
                            false, false));
                }
                batches.finish(tx, batch, done.read(), done.imported(), done.duplicates(), done.rejected());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("file", file.getFileName().toString());
                after.put("sha256", sha);
                after.put("read", done.read());
                after.put("imported", done.imported());
                after.put("duplicates", done.duplicates());
                after.put("rejected", done.rejected());
                audit.record(tx, actor, "IMPORT", "import_batch", String.valueOf(batch), null, Json.object(after));
                return done;
            });
        } catch (Cancelled c) {
            Report r = c.report;
            return new Report(r.read(), 0, r.duplicates(), r.rejected(), r.problems(), 0, false, true);
        } catch (Refused r) {
            return r.report;
        }
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

    /** Every import batch, newest first. */
    public List<ImportBatch> batches() {
        return db.read(batches::all);
    }

    /** Undoes a batch: its enrollments are marked deleted (audited); returns how many. */
    public int undo(long batchId) {
        return db.write(tx -> {
            int n = batches.undo(tx, batchId);
            audit.record(tx, actor, "UNDO_IMPORT", "import_batch", String.valueOf(batchId), null,
                    "{\"enrollments\":" + n + "}");
            return n;
        });
    }

    private record Context(List<Region> regions, List<Occupation> occupations, List<FundingSource> funders) {
    }

    private Context context(Path file, ImportOptions options) {
        Context ctx = new Context(reference.localRegions(), reference.occupations(), reference.fundingSources());
        if (options.funder() != null && RowParser.findFunder(ctx.funders(), options.funder()).isEmpty()) {
            throw new ImportFileException("UNKNOWN_FUNDER_OPTION", options.funder());
        }
        return ctx;
    }

    private record Header(int row, List<String> texts, Map<Integer, Column> mapping) {
    }

    /**
     * Finds the header row among the first rows (title and empty rows above it are skipped). A second
     * header row under it — as under a merged "Alamat" cell over "Desa" and "Kecamatan" — is merged in.
     * The reader is left at the first data row.
     */
    private static Header findHeader(PushbackReader reader, Path file) throws IOException {
        for (int scanned = 0; scanned < HEADER_SCAN; scanned++) {
            TableReader.Row row = reader.next();
            if (row == null) {
                break;
            }
            Map<Integer, Column> mapping = new LinkedHashMap<>();
            List<String> texts = new ArrayList<>(row.cells().stream().map(Cell::text).toList());
            for (int i = 0; i < texts.size(); i++) {
                int col = i;
                Column.of(texts.get(i)).filter(c -> !mapping.containsValue(c)).ifPresent(c -> mapping.put(col, c));
            }
            if (mapping.size() >= 2 && (mapping.containsValue(Column.NIK) || mapping.containsValue(Column.NAME))) {
                mergeSubHeader(reader, mapping, texts);
                return new Header(row.number(), texts, mapping);
            }
        }
        throw new ImportFileException("NO_HEADER", file.getFileName().toString());
    }

    private static void mergeSubHeader(PushbackReader reader, Map<Integer, Column> mapping, List<String> texts)
            throws IOException {
        TableReader.Row next = reader.next();
        if (next == null) {
            return;
        }
        Map<Integer, Column> sub = new LinkedHashMap<>();
        for (int i = 0; i < next.cells().size(); i++) {
            int col = i;
            Column.of(next.cell(i).text()).ifPresent(c -> sub.put(col, c));
        }
        boolean isSubHeader = !sub.isEmpty() && sub.keySet().stream().noneMatch(i -> mapping.get(i) == Column.NIK);
        if (!isSubHeader) {
            reader.pushBack(next);
            return;
        }
        sub.forEach((i, c) -> {
            mapping.values().remove(c);
            mapping.put(i, c);
            while (texts.size() <= i) {
                texts.add("");
            }
            texts.set(i, next.cell(i).text());
        });
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
    private Report pass(Tx tx, Path file, ImportOptions options, Context ctx, Long batch, Progress progress) {
        Tally tally = new Tally();
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
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
            RowParser parser = new RowParser(mapping, header.texts(), options, ctx.regions(), ctx.occupations(),
                    ctx.funders());
            Fixes fixes = new Fixes(options.fixes(), header.texts());
            EnrollmentBulkWriter writer = new EnrollmentBulkWriter(tx);
            List<Checked> chunk = new ArrayList<>(CHUNK);
            TableReader.Row row;
            while ((row = reader.next()) != null) {
                row = fixes.apply(row);
                if (row.isBlank() || isEmptyPerson(row, mapping)) {
                    continue;
                }
                tally.read++;
                RowParser.Parsed parsed = parser.parse(row, today);
                List<RowProblem> rowProblems = new ArrayList<>(parsed.problems());
                chunk.add(new Checked(parsed, rowProblems, check(parsed, parser, today, seen, rowProblems)));
                if (chunk.size() == CHUNK) {
                    settle(tx, writer, chunk, parser, batch, options.skipInvalid(), tally);
                    progress.rows(tally.read);
                    if (progress.cancelled()) {
                        return new Report(tally.read, 0, tally.duplicates, tally.rejected, tally.problems, 0, false, true);
                    }
                }
            }
            settle(tx, writer, chunk, parser, batch, options.skipInvalid(), tally);
            if (batch != null && (tally.rejected == 0 || options.skipInvalid())) {
                writer.finish(batch);
            }
            progress.rows(tally.read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(tally.read, tally.imported, tally.duplicates, tally.rejected,
                tally.problems, batch == null ? 0 : batch, batch != null, false);
    }

    private enum Outcome { VALID, DUPLICATE, REJECTED }

    /** A row after the checks that need no database. */
    private record Checked(RowParser.Parsed parsed, List<RowProblem> problems, Outcome outcome) {
    }

    /** Running counts of one pass. */
    private static final class Tally {
        long read;
        long imported;
        long duplicates;
        long rejected;
        final List<RowProblem> problems = new ProblemList();
    }

    /**
     * Finishes a chunk of checked rows against the database: one NIK look-up for the whole chunk, the
     * period check only for people already known, then the inserts (when writing). Problems are kept in
     * row order.
     */
    private void settle(Tx tx, EnrollmentBulkWriter writer, List<Checked> chunk, RowParser parser, Long batch,
                        boolean skipInvalid, Tally tally) {
        List<String> niks = new ArrayList<>(chunk.size());
        for (Checked c : chunk) {
            if (c.outcome() == Outcome.VALID) {
                niks.add(c.parsed().form().cleanNik());
            }
        }
        Map<String, Long> known = niks.isEmpty() ? Map.of() : writer.personIds(niks);
        for (Checked c : chunk) {
            Outcome outcome = c.outcome();
            EnrollmentForm f = c.parsed().form();
            Long personId = outcome == Outcome.VALID ? known.get(f.cleanNik()) : null;
            if (personId != null) {
                outcome = checkPeriod(tx, c.parsed(), parser, personId, c.problems());
            }
            switch (outcome) {
                case VALID -> {
                    // A refused file is rolled back whole: after the first refused row, only count.
                    if (batch != null && (skipInvalid || tally.rejected == 0)) {
                        insert(writer, f, personId, batch);
                    }
                    tally.imported++;
                }
                case DUPLICATE -> tally.duplicates++;
                case REJECTED -> tally.rejected++;
                default -> throw new IllegalStateException();
            }
            tally.problems.addAll(c.problems());
        }
        chunk.clear();
    }

    /** The checks that need no database: the file's values, the enrollment rules, repeats within the file. */
    private Outcome check(RowParser.Parsed p, RowParser parser, LocalDate today, Set<String> seen,
                          List<RowProblem> problems) {
        EnrollmentForm f = p.form();
        String maskedNik = Nik.mask(f.cleanNik());
        boolean readable = problems.stream().noneMatch(x -> x.problem().error());
        List<FormProblem> rules = EnrollmentRules.check(f, regionPrefix.get(), today);
        boolean nikBroken = rules.stream().anyMatch(x -> x.error() && x.field() == Field.NIK);
        for (FormProblem fp : rules) {
            boolean alreadyNamed = problems.stream().anyMatch(x -> x.problem().field() == fp.field());
            // Sex and birth date come from the NIK when the file lacks them: a broken NIK says it all.
            boolean followsFromNik = nikBroken && fp.code().equals("REQUIRED")
                    && (fp.field() == Field.SEX || fp.field() == Field.BIRTH_DATE);
            if (!alreadyNamed && !followsFromNik) {
                String header = parser.headerFor(fp.field());
                problems.add(new RowProblem(p.row(), header, fp.field() == Field.NIK ? maskedNik : "", fp));
            }
        }
        if (!readable || problems.stream().anyMatch(x -> x.problem().error())) {
            return Outcome.REJECTED;
        }
        if (!seen.add(f.cleanNik())) {
            problems.add(new RowProblem(p.row(), parser.headerFor(Field.NIK), maskedNik,
                    FormProblem.warning(Field.NIK, "IMPORT_DUPLICATE_IN_FILE")));
            return Outcome.DUPLICATE;
        }
        return Outcome.VALID;
    }

    /** For a person already registered: same funder and overlapping period is a duplicate, another funder a clash. */
    private Outcome checkPeriod(Tx tx, RowParser.Parsed p, RowParser parser, long personId, List<RowProblem> problems) {
        EnrollmentForm f = p.form();
        String maskedNik = Nik.mask(f.cleanNik());
        List<EnrollmentSummary> clash = repo.overlapping(tx, personId, f.firstMonth(), f.lastMonth(), 0);
        if (clash.stream().anyMatch(e -> e.funderCode().equals(f.funderCode()))) {
            problems.add(new RowProblem(p.row(), parser.headerFor(Field.NIK), maskedNik,
                    FormProblem.warning(Field.NIK, "IMPORT_DUPLICATE_IN_DB")));
            return Outcome.DUPLICATE;
        }
        if (!clash.isEmpty()) {
            EnrollmentSummary e = clash.get(0);
            problems.add(new RowProblem(p.row(), parser.headerFor(Field.NIK), maskedNik,
                    FormProblem.error(Field.FIRST_MONTH, "OVERLAP", e.funderName(), Formats.month(e.firstMonth()),
                            e.lastMonth() == null ? "…" : Formats.month(e.lastMonth()))));
            return Outcome.REJECTED;
        }
        return Outcome.VALID;
    }

    private static void insert(EnrollmentBulkWriter writer, EnrollmentForm f, Long knownPersonId, long batch) {
        String nik = f.cleanNik();
        long personId = knownPersonId != null ? knownPersonId : writer.addPerson(
                new Person(0, nik, f.fullName().strip(), f.sex(), f.birthPlace(), f.birthDate(), f.address(),
                        f.regionCode(), f.occupationCode(), f.phone(), f.kpj(), false));
        writer.addEnrollment(new Enrollment(0, personId, f.funderCode(), f.segment(), f.programmes(),
                f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), null, f.notes()), batch);
    }

    private static boolean isEmptyPerson(TableReader.Row row, Map<Integer, Column> mapping) {
        // Rows with neither NIK nor name ("Jumlah" lines, numbered empty lines) are not people.
        return mapping.entrySet().stream()
                .filter(e -> e.getValue() == Column.NIK || e.getValue() == Column.NAME)
                .allMatch(e -> row.cell(e.getKey()).isBlank());
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
