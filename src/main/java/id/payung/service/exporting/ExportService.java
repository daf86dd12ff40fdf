package id.payung.service.exporting;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FunderCost;
import id.payung.domain.FunderCount;
import id.payung.domain.FundingShare;
import id.payung.domain.Nik;
import id.payung.domain.RegencyShare;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.domain.Scope;
import id.payung.service.AuditFilter;
import id.payung.service.AuditRecord;
import id.payung.service.AuditService;
import id.payung.service.AuditWords;
import id.payung.service.BudgetService;
import id.payung.service.DashboardService;
import id.payung.service.Json;
import id.payung.service.ReferenceService;
import id.payung.service.ReplacingWrite;
import id.payung.service.RegisterService;
import id.payung.service.Settings;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Tables out to XLSX and CSV; NIKs masked unless the user asked for the full list, which is audited.
 * This service refuses a file that exists already (the command line never overwrites); the window's
 * {@link #replacingExisting()} replaces it, but only once the new file is completely written.
 */
public final class ExportService {
    private static final int PAGE = 5_000;

    private final Database db;
    private final RegisterService register;
    private final DashboardService dashboard;
    private final BudgetService budget;
    private final ReferenceService reference;
    private final AuditService trail;
    private final Supplier<Settings> settings;
    private final Clock clock;
    private final String actor;
    private final AuditLog audit = new AuditLog();
    private final id.payung.store.ReportQueries queries = new id.payung.store.ReportQueries();
    private final id.payung.store.RegencyStats regencyStats = new id.payung.store.RegencyStats();
    private final boolean replaceExisting;
    /** The window's service: a register file without the code columns (scripts read the command line's). */
    private final boolean forPeople;

    /**
     * @param reference where printed reports find the office's logo and the events
     * @param trail     the audit log's reader the window searches with (the facade's), which the audit export pages
     *                  through: the same filter rules and the same office time zone as the screen
     * @param settings  the office's current settings (name, town, regency) for the letterhead
     */
    public ExportService(Database db, RegisterService register, DashboardService dashboard, BudgetService budget,
                         ReferenceService reference, AuditService trail, Supplier<Settings> settings, Clock clock,
                         String actor) {
        this(db, register, dashboard, budget, reference, trail, settings, clock, actor, false);
    }

    private ExportService(Database db, RegisterService register, DashboardService dashboard, BudgetService budget,
                          ReferenceService reference, AuditService trail, Supplier<Settings> settings, Clock clock,
                          String actor, boolean replaceExisting) {
        this.db = db;
        this.register = register;
        this.dashboard = dashboard;
        this.budget = budget;
        this.reference = reference;
        this.trail = trail;
        this.settings = settings;
        this.clock = clock;
        this.actor = actor;
        this.replaceExisting = replaceExisting;
        this.forPeople = replaceExisting; // the window's service is the one that replaces (see replacingExisting)
    }

    /**
     * The window's exports, for files the user chose in the save dialog, which already asked before replacing
     * one: a file that exists is replaced, through a temporary file beside it, only once the new one is
     * complete (see {@link ReplacingWrite}); a failed export leaves the old file as it was. The register's file is
     * for people here (village staff open it in Excel): its words and dates only, without the code columns the
     * command line's file keeps for scripts (see {@link #enrollments(RegisterFilter, Path, boolean, id.payung.service.WorkSteps)}).
     */
    public ExportService replacingExisting() {
        return new ExportService(db, register, dashboard, budget, reference, trail, settings, clock, actor, true);
    }

    /**
     * Writes the enrollments the filter matches (.xlsx or .csv by the file name), streamed page by page.
     * With {@code fullNik} the NIKs are written in full (for BPJS) and that is written to the audit log;
     * otherwise they are masked. Returns the rows written; a failed export leaves no new file (and an
     * existing one as it was).
     *
     * @throws UncheckedIOException when the file cannot be written (or exists, unless {@link #replacingExisting()})
     * @throws NotAuditableException for full NIKs from a read-only database
     */
    public long enrollments(RegisterFilter filter, Path file, boolean fullNik) {
        return enrollments(filter, file, fullNik, id.payung.service.WorkSteps.NONE);
    }

    /**
     * {@link #enrollments(RegisterFilter, Path, boolean)}, telling {@code steps} the rows written and stopping
     * between pages when cancelled (no new file, an existing one as it was).
     * <p>
     * The columns are the register's words and dates (NIK … Mulai, Sampai, Status in words, the funder by name).
     * The command line's file ({@code payung export enrollments}) then adds the codes and ISO months a script reads
     * (Kode sumber dana, Kode status, Mulai (ISO), Sampai (ISO); README: a stable interface); the window's
     * ({@link #replacingExisting()}) leaves them out: "ENDING_SOON" and "APBD-KAB-MGR" only confused the village
     * staff who open it, and nothing in Payung reads them back (the import finds the funder by its name, the months
     * as MM/yyyy and an ended row by the status in words).
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public long enrollments(RegisterFilter filter, Path file, boolean fullNik, id.payung.service.WorkSteps steps) {
        refuseUnaudited(fullNik);
        LocalDate today = LocalDate.now(clock);
        // The words and dates the register shows first; the codes and ISO months a program needs after them.
        java.util.ResourceBundle words = indonesianWords();
        // An export for a year says so in its sheet's name and title (Excel's tab, the printed page); the column
        // headers stay the first row, which the import and BPJS's upload read.
        String title = filter.year() == null ? null : titled(words, "export.title.enrollments", filter.year());
        // A provincial reader's kecamatan with their regency, as the register's Kecamatan column (one rule).
        Map<String, String> regencies = reference.localRegencies();
        String nameOf = words.getString("region.nameOf");
        List<String> headers = new java.util.ArrayList<>(List.of("NIK", "Nama", "Sumber dana", "Segmen", "Program",
                "Kecamatan", "Desa/Kelurahan", "Pekerjaan", "Mulai", "Sampai", "Status"));
        if (forPeople) {
            // The person's identity beside the name, as BPJS's and the villages' lists have it (trial 19).
            headers.addAll(2, IDENTITY_COLUMNS);
        } else {
            // The command line's columns are a script's contract (README): the identity after them, at the end.
            headers.addAll(MACHINE_COLUMNS);
            headers.addAll(IDENTITY_COLUMNS);
        }
        // The wage and the months last in both files (new columns come last: README), under the headers the import
        // reads: a village official's wage other than Rp 1.000.000 came back as that one (trial 24a M4).
        headers.addAll(PERIOD_AND_WAGE_COLUMNS);
        int wageColumn = headers.indexOf(PERIOD_AND_WAGE_COLUMNS.get(0));
        // The window's workbook opens with what it is (office, filter, when and by whom) above the column headers,
        // as the dashboard's does; its CSV and the command line's files keep the headers as their first row.
        List<String> lead = forPeople && isXlsx(file) ? registerLead(filter, words, regencies) : List.of();
        long written = writeTable(file, title == null ? "Peserta" : title, title, lead, headers, w -> {
            long rows = 0;
            // Excel shows the wage as the office writes it (2.500.000); a .csv writes it bare.
            String[] formats = new String[headers.size()];
            formats[wageColumn] = "#,##0";
            w.formats(formats);
            RegisterSort sort = new RegisterSort(RegisterSort.Column.NAME, true);
            RegisterPage page = register.page(filter, sort, null, PAGE);
            while (true) {
                Map<Long, id.payung.domain.Person> people = peopleOf(page.rows());
                Map<Long, Long> wages = wagesOf(page.rows());
                for (EnrollmentSummary e : page.rows()) {
                    id.payung.domain.CoverageStatus status = e.statusAt(today);
                    Object[] shown = {fullNik ? e.nik() : Nik.mask(e.nik()), e.fullName(), e.funderName(), e.segment().name(),
                        e.programmes().stream().map(Enum::name).sorted().collect(Collectors.joining("+")),
                        id.payung.domain.RegionNaming.kecamatanWithRegency(e.kecamatanName(), e.kecamatanCode(), regencies,
                                nameOf),
                        // Mulai and Sampai as months: date cells shown 01/2026 in an .xlsx, 01/2026 in a .csv.
                        // An unknown occupation in the register's and the form's word, which the import reads back
                        // as unknown (trial 24a L6: it was an empty cell).
                        e.desaName(), e.occupationName() == null ? words.getString("form.occupation.unknown")
                                : e.occupationName(), e.firstMonth(),
                        e.lastMonth() == null ? "" : e.lastMonth(),
                        words.getString("status." + status.name())};
                    Object[] identity = identity(people.get(e.personId()));
                    List<Object> row = new java.util.ArrayList<>(java.util.Arrays.asList(shown));
                    if (forPeople) {
                        row.addAll(2, java.util.Arrays.asList(identity));
                    } else {
                        row.add(e.funderCode());
                        row.add(status.name());
                        row.add(String.valueOf(e.firstMonth()));
                        row.add(e.lastMonth() == null ? "" : e.lastMonth().toString());
                        row.addAll(java.util.Arrays.asList(identity));
                    }
                    row.add(wages.get(e.id()));
                    row.add(e.lastMonth() == null ? null : id.payung.domain.Periods.months(e.firstMonth(), e.lastMonth()));
                    w.row(row.toArray());
                    rows++;
                }
                if (page.next() == null) {
                    return rows;
                }
                steps.step(rows, 0);
                steps.stopIfCancelled();
                page = register.page(filter, sort, page.next(), PAGE);
            }
        });
        if (!db.isReadOnly()) {
            db.write(tx -> {
                audit.record(tx, actor, fullNik ? "EXPORT_FULL_NIK" : "EXPORT", "enrollment", null, null,
                        Json.object(Map.of("file", file.getFileName().toString(), "rows", written, "full_nik", fullNik)));
                return null;
            });
        }
        return written;
    }

    /** The identity of a register file's person: sex, place and date of birth, address and phone (README). */
    private static final List<String> IDENTITY_COLUMNS = List.of("Jenis kelamin (L/P)", "Tempat lahir", "Tanggal lahir",
            "Alamat", "No. HP");

    /** {@link #IDENTITY_COLUMNS}' cells: L/P, the birth date as a date (a date cell in an .xlsx), none when not read. */
    private static Object[] identity(id.payung.domain.Person p) {
        return p == null ? new Object[IDENTITY_COLUMNS.size()]
                : new Object[] {p.sex().name(), p.birthPlace(), p.birthDate(), p.address(), p.phone()};
    }

    /**
     * The register file's last columns, in both files: the declared wage (empty when none was declared) and the covered
     * months (empty for an open-ended enrollment), spelled as the import reads them ({@code Column.INCOME}, {@code
     * Column.MONTHS}); the import takes Sampai over Jumlah bulan, so the months are for the reader.
     */
    private static final List<String> PERIOD_AND_WAGE_COLUMNS = List.of("Penghasilan", "Jumlah bulan");

    /** The declared wage of a page of the register's enrollments, by enrollment id (none declared: absent). */
    private Map<Long, Long> wagesOf(List<EnrollmentSummary> rows) {
        List<Long> ids = rows.stream().map(EnrollmentSummary::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        id.payung.store.EnrollmentRepository repository = new id.payung.store.EnrollmentRepository();
        return db.read(tx -> repository.declaredIncomes(tx, ids));
    }

    /** The persons of a page of the register, by id, read at once (the page holds at most {@link #PAGE} rows). */
    private Map<Long, id.payung.domain.Person> peopleOf(List<EnrollmentSummary> rows) {
        java.util.Set<Long> ids = rows.stream().map(EnrollmentSummary::personId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        id.payung.store.EnrollmentRepository repository = new id.payung.store.EnrollmentRepository();
        return db.read(tx -> repository.people(tx, ids)).stream()
                .collect(Collectors.toMap(id.payung.domain.Person::id, p -> p, (a, b) -> a));
    }

    private static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * The lines above the window's register workbook: the office, what it is ("Daftar peserta tahun 2026"), the filter
     * in words (a NIK searched for masked) and when (the office's time) and by whom it was made.
     */
    private List<String> registerLead(RegisterFilter filter, java.util.ResourceBundle words, Map<String, String> regencies) {
        List<String> lead = new java.util.ArrayList<>();
        String office = settings.get().officeName();
        if (office != null) {
            lead.add(office);
        }
        lead.add(filter.year() == null ? words.getString("export.title.register")
                : titled(words, "export.title.registerYear", filter.year()));
        String asked = registerFilterWords(filter, words, regencies);
        lead.add(java.text.MessageFormat.format(words.getString("export.filter"),
                asked == null ? words.getString("export.filter.none") : asked));
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        lead.add(java.text.MessageFormat.format(words.getString("export.madeBy"),
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(now),
                db.read(tx -> audit.actorNow(tx, actor))));
        return lead;
    }

    /**
     * The register's filter in words ("sumber dana Mandiri, Kecamatan Wae Rii, tahun 2026"); null for none. The year
     * is the title's. Names from the region, funder and occupation lists (a code where a list lacks it).
     */
    String registerFilterWords(RegisterFilter filter, java.util.ResourceBundle words, Map<String, String> regencies) {
        List<String> parts = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, Object> part = (key, value) ->
                parts.add(java.text.MessageFormat.format(words.getString(key), value));
        if (filter.search() != null && !filter.search().isBlank()) {
            // A NIK typed into the search is personal data like any other: masked, as the audit export's filter.
            part.accept("export.filter.search", AuditWords.masked(filter.search().strip()));
        }
        if (filter.status() != null) {
            part.accept("export.filter.status", words.getString("status." + filter.status().name()));
        }
        if (filter.funderCode() != null) {
            part.accept("export.filter.funder", reference.fundingSources().stream()
                    .filter(f -> f.code().equalsIgnoreCase(filter.funderCode())).map(id.payung.domain.FundingSource::name)
                    .findFirst().orElse(filter.funderCode()));
        }
        if (filter.segment() != null) {
            part.accept("export.filter.segment", filter.segment().name());
        }
        if (filter.regionCode() != null) {
            String code = filter.regionCode();
            String name = db.read(tx -> queries.regionName(tx, code)).orElse(code);
            if (id.payung.domain.RegionCodes.levelOf(code) == id.payung.domain.RegionLevel.KECAMATAN) {
                part.accept("export.filter.kecamatan", id.payung.domain.RegionNaming.kecamatanWithRegency(name, code,
                        regencies, words.getString("region.nameOf")));
            } else {
                part.accept("export.filter.desa", name);
            }
        }
        if (filter.occupationCode() != null) {
            part.accept("export.filter.occupation", reference.occupations().stream()
                    .filter(o -> o.code().equals(filter.occupationCode())).map(id.payung.domain.Occupation::name)
                    .findFirst().orElse(filter.occupationCode()));
        }
        if (filter.includeDeleted()) {
            parts.add(words.getString("export.filter.deleted"));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The register file's columns for scripts, after the words, in the command line's file only (README). */
    private static final List<String> MACHINE_COLUMNS = List.of("Kode sumber dana", "Kode status", "Mulai (ISO)",
            "Sampai (ISO)");

    /**
     * Writes the audit entries {@code filter} asks for, newest first, in the words of the screen ({@code words}:
     * its language; codes as names, NIKs masked) to {@code file} (.xlsx, else CSV for Indonesian Excel); returns
     * how many. Times are the office's (this service's clock's zone). The export is itself audited: what was
     * asked, into which file, how many entries.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (no new file, an existing one as it was)
     * @throws id.payung.service.InvalidInputException    when the filter is refused (see {@link AuditService#search})
     */
    public long auditTrail(AuditFilter filter, Path file, java.util.ResourceBundle words, id.payung.service.WorkSteps steps) {
        AuditWords.Names names = AuditWords.Names.of(reference);
        // A provincial reader's file names each entry's regency, last (as the CSV's), as Jejak audit shows it.
        boolean regency = trail.showsRegencies();
        List<String> headers = new java.util.ArrayList<>(List.of(words.getString("history.when"),
                words.getString("history.who"), words.getString("audit.col.topic"), words.getString("history.what"),
                words.getString("audit.col.person"), "NIK", words.getString("history.details"),
                words.getString("audit.col.number")));
        if (regency) {
            headers.add(words.getString("audit.col.regency"));
        }
        // The entries a restore undid say so, as in Jejak audit (trial 21d: the file dropped the mark).
        java.util.Map<Long, java.time.Instant> undone = trail.undoneByRestore();
        long written = writeTable(file, words.getString("audit.sheet"), headers, w -> {
            long rows = 0;
            long before = 0;
            do {
                AuditService.Page page = trail.search(filter, before, PAGE);
                AuditWords say = new AuditWords(words, page.rows().stream().map(AuditRecord::enrollment)
                        .filter(java.util.Objects::nonNull).toList(), names);
                for (AuditRecord r : page.rows()) {
                    // A date-time cell in an .xlsx (Excel sorts and filters it as a time, trial 21b L7), text in a .csv.
                    Object[] cells = {r.change().at().atZone(clock.getZone()).toLocalDateTime(), r.change().actor(),
                            words.getString("audit.topic." + r.topic().name()),
                            say.what(r.change(), undone.get(r.id()), clock.getZone()), say.person(r),
                            r.nikMasked(), say.details(r.change()), r.id()};
                    w.row(regency ? java.util.stream.Stream.concat(java.util.Arrays.stream(cells),
                            java.util.stream.Stream.of(r.regency())).toArray() : cells);
                    rows++;
                }
                steps.step(rows, 0);
                steps.stopIfCancelled();
                before = page.next();
            } while (before != 0);
            w.notes(words.getString("audit.notes.sheet"), auditNotes(filter, words, rows));
            return rows;
        });
        if (!db.isReadOnly()) {
            java.util.Map<String, Object> asked = AuditService.exported(file, written, filter);
            db.write(tx -> {
                audit.record(tx, actor, "EXPORT", "audit_log", null, null, Json.object(asked));
                return null;
            });
        }
        return written;
    }

    /**
     * What an exported trail is, for the auditor who gets the file: the office, the filter in the screen's words
     * (all entries when none), who exported it and when (the office's time), and how many entries it holds.
     */
    private List<String[]> auditNotes(AuditFilter filter, java.util.ResourceBundle words, long rows) {
        List<String> asked = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, String> part = (key, value) -> {
            if (value != null) {
                asked.add(words.getString(key) + ": " + value);
            }
        };
        part.accept("audit.from", filter.from() == null ? null : id.payung.domain.Formats.date(filter.from()));
        part.accept("audit.to", filter.to() == null ? null : id.payung.domain.Formats.date(filter.to()));
        part.accept("audit.actor", filter.actor());
        part.accept("audit.topic", filter.topic() == null ? null : words.getString("audit.topic." + filter.topic().name()));
        // A NIK typed to find a person is personal data like any other: masked here too.
        part.accept("audit.person", filter.person() == null ? null : AuditWords.masked(filter.person()));
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        String office = settings.get().officeName();
        List<String[]> lines = new java.util.ArrayList<>();
        if (office != null) {
            lines.add(new String[] {words.getString("audit.notes.office"), office});
        }
        lines.add(new String[] {words.getString("audit.notes.filter"),
                asked.isEmpty() ? words.getString("audit.notes.all") : String.join("; ", asked)});
        lines.add(new String[] {words.getString("audit.notes.by"), db.read(tx -> audit.actorNow(tx, actor))});
        lines.add(new String[] {words.getString("audit.notes.at"),
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(now) + " (" + now.getZone().getId() + ")"});
        lines.add(new String[] {words.getString("audit.notes.count"), id.payung.domain.Formats.count(rows)});
        return lines;
    }

    /**
     * Full NIKs leave Payung only with an audit row; a read-only database cannot take one, so the export is
     * refused before any file is written (it used to be written and reported as audited).
     */
    private void refuseUnaudited(boolean fullNik) {
        if (fullNik && db.isReadOnly()) {
            throw new NotAuditableException();
        }
    }

    /** A full-NIK export asked of a read-only database: it could not be written to the audit log. */
    public static final class NotAuditableException extends IllegalStateException {
        public NotAuditableException() {
            super("full NIKs are exported only with a record in the audit log, and this database is open read-only:"
                    + " refused (export with masked NIKs, or open the database for writing)");
        }
    }

    /** Writes a year's funding shares with their yearly cost (.xlsx or .csv), all participants. Returns the rows written. */
    public long fundingShares(int year, Path file) {
        return fundingShares(year, Scope.ALL, file);
    }

    /**
     * Writes a year's funding shares with their yearly cost (.xlsx or .csv) for the participants {@code scope}
     * covers (one kecamatan and/or segment, as the dashboard's filters; {@link Scope#ALL}: everyone), the
     * dashboard's numbers for the same year and scope. Counts and rupiah carry the number format "#,##0", shares
     * "0.0" (Excel shows them the reader's way: 5.280, 81,1); the window's total row says "Jumlah", as the PDF (the
     * command line's still "Total").
     * <p>
     * The window's file ({@link #replacingExisting()}), which people read and print, opens with the office, what it
     * is ("Porsi sumber dana tahun 2025") and the filter, above the column headers. The command line's keeps the
     * column headers as its first row (scripts read it; the title is the document's and the printed page's header).
     * Returns the rows written (funders).
     */
    public long fundingShares(int year, Scope scope, Path file) {
        List<FundingShare> shares = dashboard.fundingShares(year, scope);
        Map<String, Long> costs = budget.costs(year, scope).stream()
                .collect(Collectors.toMap(FunderCost::funderCode, FunderCost::costRp));
        java.util.ResourceBundle words = indonesianWords();
        String filter = filterWords(scope);
        String title = titled(words, "export.title.fundingShares", year) + (filter == null ? "" : " — " + filter);
        List<String> lead = new java.util.ArrayList<>();
        if (forPeople) {
            String office = settings.get().officeName();
            if (office != null) {
                lead.add(office);
            }
            lead.add(titled(words, "export.title.fundingSharesYear", year));
            if (filter != null) {
                lead.add(java.text.MessageFormat.format(words.getString("export.filter"), filter));
            }
        }
        writeTable(file, "Porsi " + year, title, lead,
                List.of("Kode", "Sumber dana", "Peserta", "Porsi (%)", "Biaya setahun (Rp)"), w -> {
            w.formats(null, null, COUNT_FORMAT, PERCENT_FORMAT, COUNT_FORMAT);
            for (FundingShare s : shares) {
                w.row(s.funderCode(), s.funderName(), s.participants(),
                        BigDecimal.valueOf(s.percent()).setScale(1, RoundingMode.HALF_UP), costs.getOrDefault(s.funderCode(), 0L));
            }
            // The command line's file keeps "Total", the word scripts written against it look for.
            w.total("", forPeople ? words.getString("export.total") : "Total", FundingShare.total(shares),
                    BigDecimal.valueOf(shares.isEmpty() ? 0 : 100).setScale(1),
                    costs.values().stream().mapToLong(Long::longValue).sum());
            return null;
        });
        return shares.size();
    }

    /** Excel's number format for counts and rupiah: thousands grouped, no decimals (5.280 in an Indonesian Excel). */
    static final String COUNT_FORMAT = "#,##0";
    /** Excel's number format for a share in %: one decimal (81,1 in an Indonesian Excel). */
    static final String PERCENT_FORMAT = "0.0";

    /**
     * The dashboard's filter in words, as titles write it: "Kecamatan Wae Rii, segmen PU", "segmen BPU"; null for
     * {@link Scope#ALL}. The kecamatan by its name in the region list (its code when the list lacks it).
     */
    String filterWords(Scope scope) {
        if (scope == null || (scope.kecamatanCode() == null && scope.segment() == null && scope.regencyCode() == null)) {
            return null;
        }
        java.util.ResourceBundle words = indonesianWords();
        List<String> parts = new java.util.ArrayList<>();
        if (scope.regencyCode() != null) { // "Kabupaten Manggarai Barat": the region list's name says what it is
            parts.add(db.read(tx -> queries.regionName(tx, scope.regencyCode())).orElse(scope.regencyCode()));
        }
        if (scope.kecamatanCode() != null) {
            String name = db.read(tx -> queries.regionName(tx, scope.kecamatanCode())).orElse(scope.kecamatanCode());
            parts.add(java.text.MessageFormat.format(words.getString("export.filter.kecamatan"), name));
        }
        if (scope.segment() != null) {
            parts.add(java.text.MessageFormat.format(words.getString("export.filter.segment"), scope.segment().name()));
        }
        return String.join(", ", parts);
    }

    /**
     * Writes a year's participants per regency (kabupaten/kota) and funder, the numbers of the dashboard's "per
     * kabupaten/kota" tab for all funders and the whole area, as .xlsx or .csv by the file's name. See
     * {@link #regencies(int, Scope, String, Path)}.
     */
    public long regencies(int year, Path file) {
        return regencies(year, Scope.ALL, null, file);
    }

    /**
     * Writes a year's participants per regency (kabupaten/kota) and funder as .xlsx or .csv (by the file's name):
     * per regency one row per funder (region code, regency, funder code, name and type, named persons, cohort
     * headcount or empty, participants counted, share of the regency and share of the total in %, one decimal, and
     * the yearly cost in rupiah by the funding shares' rule, {@link BudgetService#costsByRegencyAndFunder}), then the
     * regency's total row; the total over all regencies last. The rows are {@link
     * DashboardService#byRegency}'s for the same year, {@code scope} and {@code funderCode} (null: all funders), in
     * the tab's order, so the file holds exactly what the tab shows, every regency of the province: one with none is
     * its total row of 0 (a province officer comparing regencies sees who has not reported); nothing is counted here. Refused, before any
     * file is made, where the dashboard has no such tab ({@link DashboardService#showsRegencies()}: a regency's
     * clerk, an SQLite file). Returns the regencies written.
     *
     * @throws NoRegenciesException when the database gives no per-regency breakdown
     * @throws UncheckedIOException when the file cannot be written (or exists, unless {@link #replacingExisting()})
     */
    public long regencies(int year, Scope scope, String funderCode, Path file) {
        if (!dashboard.showsRegencies()) {
            throw new NoRegenciesException();
        }
        List<RegencyShare> regencies = dashboard.byRegency(year, scope, funderCode);
        // The cost by the funding shares' rule (BudgetService.costs), per regency and funder (trial 14 F9).
        Map<String, Map<String, Long>> costs = budget.costsByRegencyAndFunder(year, scope);
        java.util.ResourceBundle words = indonesianWords();
        long total = RegencyShare.total(regencies);
        long[] totalCost = {0};
        writeTable(file, "Per kabupaten-kota " + year, List.of("Kode wilayah", "Kabupaten/kota", "Kode sumber dana",
                "Sumber dana", "Jenis sumber dana", "Bernama", "Kelompok", "Peserta", "Porsi di kabupaten/kota (%)",
                "Porsi dari total (%)", "Biaya setahun (Rp)"), w -> {
            w.formats(null, null, null, null, null, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, PERCENT_FORMAT,
                    PERCENT_FORMAT, COUNT_FORMAT);
            for (RegencyShare r : regencies) {
                String code = r.unknown() ? "" : r.code();
                String name = r.unknown() ? words.getString("breakdown.regency.unknown") : r.name();
                Map<String, Long> here = costs.getOrDefault(r.code(), Map.of());
                long regencyCost = 0;
                for (FunderCount f : r.funders()) {
                    long cost = here.getOrDefault(f.funderCode(), 0L);
                    regencyCost += cost;
                    w.row(code, name, f.funderCode(), f.funderName(), words.getString("funder.type." + f.funderType().name()),
                            f.namedPersons(), cohort(f.declared()), f.participants(),
                            percent(f.participants(), r.participants()), percent(f.participants(), total), cost);
                }
                totalCost[0] += regencyCost;
                w.row(code, name, "", "Total " + name, "", r.namedPersons(), cohort(r.declared()), r.participants(),
                        percent(r.participants(), r.participants()), oneDecimal(r.percent()), regencyCost);
            }
            w.row("", "Total", "", "", "", regencies.stream().mapToLong(RegencyShare::namedPersons).sum(),
                    cohort(regencies.stream().mapToLong(RegencyShare::declared).sum()), total, null,
                    oneDecimal(regencies.isEmpty() ? 0 : 100), totalCost[0]);
            return null;
        });
        return regencies.size();
    }

    /** A cohort headcount as the tab shows it: none (an empty cell) where there is no cohort. */
    private static Long cohort(long declared) {
        return declared == 0 ? null : declared;
    }

    /** {@code part} of {@code whole} in %, one decimal as the funding shares' file writes it; 0 of nothing. */
    private static BigDecimal percent(long part, long whole) {
        return oneDecimal(whole == 0 ? 0 : 100.0 * part / whole);
    }

    private static BigDecimal oneDecimal(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * A per-regency export asked of a database that has no regencies to set side by side (a regency's clerk, an
     * SQLite file: one office's): the dashboard shows no such tab either.
     */
    public static final class NoRegenciesException extends IllegalStateException {
        public NoRegenciesException() {
            super("this database gives no participants per regency: a file or a regency's login holds one office's"
                    + " rows; a provincial login (or the server's owner) reads the regencies side by side");
        }
    }

    /**
     * A regent's annex asked with a provincial login: the annex belongs to one regent's decree, and the province reads
     * every regency's people. Refused before any file is made.
     */
    public static final class ProvinceAnnexException extends IllegalStateException {
        public ProvinceAnnexException() {
            super("the annex belongs to one regent's decree and is printed with that regency's login; a provincial"
                    + " login reads every regency, so it is refused (use the province's year report or export regencies)");
        }
    }

    /** The bundle's Indonesian words (messages.properties), which the files Payung writes are in. */
    static java.util.ResourceBundle indonesianWords() {
        return java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("id"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /**
     * The name offered for a year report's file: what it is about and its year ({@code tail}: a filter's words,
     * "-wae-rii-pu", or empty), "laporan-peserta-bpjs-ketenagakerjaan-2025.pdf" (it was "laporan-payung-2025.pdf",
     * the application's name rather than the report's subject: trial 21a). The dashboard and the Laporan page alike.
     */
    public static String yearReportFileName(Integer year, String tail) {
        return "laporan-peserta-bpjs-ketenagakerjaan" + (year == null ? "" : "-" + year) + (tail == null ? "" : tail)
                + ".pdf";
    }

    /**
     * Writes the year report as PDF: funding shares (chart and table), cost, growth over every year with
     * participants, the year's awards and events, and the place and date of printing, under the office's
     * letterhead with its logo. A failure leaves no new file (and an existing one as it was).
     *
     * @throws UncheckedIOException when the file cannot be written (or exists, unless {@link #replacingExisting()})
     */
    public void yearReport(int year, Path file) {
        yearReport(year, Scope.ALL, file);
    }

    /**
     * {@link #yearReport(int, Path)} for the participants {@code scope} covers (the dashboard's kecamatan and
     * segment filters): shares, costs and the growth per year are counted for that scope, and the report names
     * the filter in its title and headings and says that the awards and events are the whole regency's.
     * {@link Scope#ALL} writes the regent's report exactly as {@link #yearReport(int, Path)}.
     *
     * @throws UncheckedIOException when the file cannot be written (or exists, unless {@link #replacingExisting()})
     */
    public void yearReport(int year, Scope scope, Path file) {
        java.util.Optional<String> province = db.read(regencyStats::provinceOfLogin);
        if (province.isPresent()) {
            provinceReport(province.get(), year, scope, file);
            return;
        }
        PrintHeader header = printHeader();
        String filter = filterWords(scope);
        java.util.List<id.payung.domain.Event> events = reference.events();
        // The growth up to the report's year, not the years planned after it; a year with none between years with some
        // is a row of 0 (trial 19: 2025 then 2027, and the regent could not tell 2026 had none). A filter's growth
        // starts at the first year with any matching it (DashboardService.trend).
        java.util.Map<Integer, List<FundingShare>> trend = dashboard.trend(scope, year);
        Map<String, FunderCost> costs = budget.costs(year, scope).stream()
                .collect(Collectors.toMap(FunderCost::funderCode, c -> c));
        Settings office = settings.get();
        Signer signer = office.headName() == null && office.headTitle() == null ? null
                : new Signer(office.headName(), office.headTitle(), office.headNip());
        PdfReport.Content content = new PdfReport.Content(header, year, dashboard.fundingShares(year, scope), costs, trend,
                events, LocalDate.now(clock), signer, filter, filter != null && scope.kecamatanCode() != null, null,
                dashboard.funderGaps(year, scope), dashboard.palette());
        writePdf(file, out -> PdfReport.write(content, out));
    }

    /**
     * The year report of a provincial reader (trial 14 F2: it was a regency's, under the letterhead and signature of
     * whichever regency's settings the server gave first): the province's letterhead ("PEMERINTAH PROVINSI NUSA
     * TENGGARA TIMUR", its office, address and town from the province's own settings on the server, else the office
     * line left out), the funders' shares and costs over the province, a table of its regencies (the dashboard's
     * per-regency numbers, each with its cost by the funders' rule), the growth, each event once naming the regencies
     * that recorded it, and the province's signatory, or a blank block to sign when none is set: never a regent's.
     */
    private void provinceReport(String provinceCode, int year, Scope scope, Path file) {
        String filter = filterWords(scope);
        Settings office = reference.provinceSettings(provinceCode);
        PrintHeader header = provinceHeader(provinceCode, office);
        // From the first year with participants to the report's, a year with none between them a row of 0.
        java.util.Map<Integer, List<FundingShare>> trend = id.payung.service.DashboardService.trimmed(
                dashboard.trend(scope, year));
        Map<String, FunderCost> costs = budget.costs(year, scope).stream()
                .collect(Collectors.toMap(FunderCost::funderCode, c -> c));
        Map<String, Long> regencyCosts = budget.costsByRegency(year, scope);
        java.util.ResourceBundle words = indonesianWords();
        List<PdfReport.RegencyLine> regencies = dashboard.byRegencyWithParticipants(year, scope, null).stream()
                .map(r -> new PdfReport.RegencyLine(r.unknown() ? words.getString("breakdown.regency.unknown") : r.name(),
                        r.participants(), r.percent(), regencyCosts.getOrDefault(r.code(), 0L)))
                .toList();
        // Each event once: the same day and title recorded by several regencies' offices (a seeded award, trial 14 F1;
        // a ceremony two regencies shared) is one event, as a regency's own list allows one per day and title
        // (EventService), naming every regency that recorded it; the first recorded (newest first) is printed.
        java.util.Map<List<Object>, id.payung.domain.Event> once = new java.util.LinkedHashMap<>();
        java.util.Map<Long, java.util.Set<String>> where = new java.util.HashMap<>();
        for (id.payung.store.EventRepository.RegencyEvent r : db.read(tx -> new id.payung.store.EventRepository().allWithRegency(tx))) {
            id.payung.domain.Event e = r.event();
            id.payung.domain.Event first = once.computeIfAbsent(List.of(e.date(), e.title()), k -> e);
            String name = r.regencyCode() == null ? words.getString("breakdown.regency.unknown")
                    : db.read(tx -> queries.regionName(tx, r.regencyCode())).orElse(r.regencyCode());
            where.computeIfAbsent(first.id(), k -> new java.util.TreeSet<>()).add(name);
        }
        Map<Long, String> eventRegencies = new java.util.HashMap<>();
        where.forEach((id, names) -> eventRegencies.put(id, String.join(", ", names)));
        Signer signer = new Signer(office.headName(), office.headTitle(), office.headNip());
        PdfReport.Content content = new PdfReport.Content(header, year, dashboard.fundingShares(year, scope), costs, trend,
                List.copyOf(once.values()), LocalDate.now(clock), signer, filter,
                filter != null && scope.kecamatanCode() != null,
                new PdfReport.Province(regencies, dashboard.regenciesWithNone(year, scope, null).stream()
                        .map(id.payung.domain.Region::name).toList(), eventRegencies), dashboard.funderGaps(year, scope), dashboard.palette());
        writePdf(file, out -> PdfReport.write(content, out));
    }

    /**
     * The header of printed reports for the office's settings: its name and town, the name of its regency
     * looked up from its code (null when the region list does not have it), and the office's logo if any.
     * Package-private: the exports build their own; tests read it to compare.
     */
    PrintHeader printHeader(Settings office) {
        String regency = office.regencyCode() == null ? null
                : db.read(tx -> queries.regionName(tx, office.regencyCode())).orElse(null);
        PrintHeader header = PrintHeader.of(office, regency);
        return reference.officeLogo().map(l -> header.withLogo(l.bytes())).orElse(header);
    }

    /** The header of printed reports for the office's current settings. */
    private PrintHeader printHeader() {
        return printHeader(settings.get());
    }

    /**
     * A province's letterhead: "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", then the province's own office, address and
     * town ({@code office}: its settings on the server); the year report's and the readiness summary's alike.
     */
    private PrintHeader provinceHeader(String provinceCode, Settings office) {
        String provinceName = db.read(tx -> queries.regionName(tx, provinceCode)).orElse(provinceCode);
        return new PrintHeader(office.officeName(), office.address(), office.place(), "Provinsi " + provinceName, null);
    }

    /**
     * Writes the name-list annex of a regent's decree as PDF: the persons whose enrollment paid by
     * {@code funderCode} covers any month of {@code year}, sorted by kecamatan, desa and name, streamed
     * from the database. NIKs are masked unless {@code fullNik}; every annex is written to the audit log,
     * a full-NIK one as {@code EXPORT_FULL_NIK}. Printed under the office's letterhead; a failure leaves
     * no new file (and an existing one as it was). Returns the number of participants listed.
     *
     * @throws IllegalArgumentException when no funding source has that code
     * @throws UncheckedIOException     when the file cannot be written (or exists, unless {@link #replacingExisting()})
     * @throws NotAuditableException    for full NIKs from a read-only database
     * @throws ProvinceAnnexException    for a provincial reader: the annex belongs to one regent's decree
     */
    public long annex(String funderCode, int year, boolean fullNik, Path file) {
        if (db.read(regencyStats::provinceOfLogin).isPresent()) {
            // A regent's decree lists one regency's people; a province's login would list every regency's under
            // one regent's name (trial 14 F2).
            throw new ProvinceAnnexException();
        }
        refuseUnaudited(fullNik);
        PrintHeader header = printHeader();
        id.payung.domain.FundingSource funder = reference.fundingSources().stream().filter(f -> f.code().equalsIgnoreCase(funderCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no funding source with code " + funderCode));
        long unnamed = register.cohorts().stream()
                .filter(c -> c.funderCode().equalsIgnoreCase(funder.code()) && c.year() == year)
                .mapToLong(id.payung.domain.Cohort::participants).sum();
        long rows;
        try {
            rows = write(file, out -> {
                AnnexPdf pdf = new AnnexPdf(out, header, new AnnexPdf.Subject(funder.name(), year, fullNik,
                        LocalDate.now(clock), unnamed));
                try (pdf) {
                    db.read(tx -> {
                        queries.annex(tx, funder.code(), year, pdf::add);
                        return null;
                    });
                    pdf.finish(header);
                }
                return pdf.rows();
            });
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw cannotWrite(file, e);
        }
        if (!db.isReadOnly()) {
            db.write(tx -> {
                audit.record(tx, actor, fullNik ? "EXPORT_FULL_NIK" : "EXPORT", "annex", funder.code(), null,
                        Json.object(Map.of("file", file.getFileName().toString(), "year", year, "rows", rows,
                                "full_nik", fullNik)));
                return null;
            });
        }
        return rows;
    }

    /**
     * Writes the award-readiness summary as PDF under the office's letterhead, signed by the head of office (name,
     * title and NIP from the settings, as the year report); a failure leaves no new file (and an existing one as it was).
     */
    public void readiness(id.payung.domain.ReadinessSummary summary, Path file) {
        // A provincial reader's under the province's letterhead, as its year report (trial 20a: the readiness PDF
        // lacked "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"); its settings are the province's own (ReferenceService).
        java.util.Optional<String> province = db.read(regencyStats::provinceOfLogin);
        Settings office = settings.get();
        PrintHeader header = province.isPresent() ? provinceHeader(province.get(), office) : printHeader();
        // Signed by the head of office as the year report is: the same block, name and NIP (trial 16).
        Signer signer = new Signer(office.headName(), office.headTitle(), office.headNip());
        writePdf(file, out -> ReadinessPdf.write(summary, header, signer, LocalDate.now(clock), out));
    }

    /** Writes the self-paying transition table of a year as .xlsx or .csv. Returns the rows written. */
    public long transitions(List<id.payung.domain.SelfPayingTransition> rows, Path file) {
        int year = rows.isEmpty() ? 0 : rows.get(0).year();
        writeTable(file, "Mandiri", List.of("Tahun berakhir dibiayai pemerintah", "Berakhir", "Lanjut mandiri",
                "Persen lanjut", "Masih aktif", "Iuran mandiri " + year + " (Rp)", "Bulan iuran",
                "Rata-rata per orang per bulan (Rp)"), w -> {
            for (id.payung.domain.SelfPayingTransition t : rows) {
                w.row(t.endYear(), t.ended(), t.continued(),
                        BigDecimal.valueOf(t.ratePercent()).setScale(1, RoundingMode.HALF_UP), t.activeNow(), t.costRp(),
                        t.personMonths(), t.perPersonMonthRp());
            }
            return null;
        });
        return rows.size();
    }

    /**
     * Writes a report's table as the command line's {@code --format csv} prints it (the same columns and rows; numbers
     * as numbers, an unknown value empty) into {@code file}, .xlsx or .csv by its name: {@code report budget} and
     * {@code report trend} with {@code --out}. Returns the rows written.
     */
    public long table(String sheet, List<String> headers, List<List<Object>> rows, Path file) {
        writeTable(file, sheet, headers, w -> {
            for (List<Object> row : rows) {
                w.row(row.toArray());
            }
            return null;
        });
        return rows.size();
    }

    /** Writes a PDF; any failure, including the PDF library's own (unchecked) ones, becomes "cannot write". */
    private void writePdf(Path file, PdfBody body) {
        try {
            write(file, out -> {
                body.write(out);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(file, e);
        }
    }

    @FunctionalInterface
    private interface PdfBody {
        void write(java.io.OutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface TableBody<T> {
        T write(TableWriter w) throws IOException;
    }

    /** A file's title for a year ("Kepesertaan 2025"): the year as written, not grouped as a number (2.025). */
    private static String titled(java.util.ResourceBundle words, String key, int year) {
        return java.text.MessageFormat.format(words.getString(key), String.valueOf(year));
    }

    /** Writes a table (.xlsx or .csv by the file's name); a database failure on the way passes as it is. */
    private <T> T writeTable(Path file, String sheet, List<String> headers, TableBody<T> body) {
        return writeTable(file, sheet, null, headers, body);
    }

    /** {@link #writeTable(Path, String, List, TableBody)} with a title (an .xlsx's; null for none). */
    private <T> T writeTable(Path file, String sheet, String title, List<String> headers, TableBody<T> body) {
        return writeTable(file, sheet, title, List.of(), headers, body);
    }

    /** {@link #writeTable(Path, String, String, List, TableBody)} with lines above the headers (none: empty). */
    private <T> T writeTable(Path file, String sheet, String title, List<String> lead, List<String> headers,
                             TableBody<T> body) {
        try {
            return write(file, out -> {
                try (TableWriter w = TableWriter.create(out, file, sheet, title, lead, headers)) {
                    return body.write(w);
                }
            });
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * The one place exports open their file. The window's service replaces an existing file through a
     * temporary one; the plain service (the command line) creates the file and refuses one that exists.
     * Either way a failure leaves no half-written file and never removes a file that was there before.
     */
    private <T> T write(Path file, ReplacingWrite.Body<T> body) throws IOException {
        if (replaceExisting) {
            return ReplacingWrite.replace(file, body);
        }
        return ReplacingWrite.createNew(file, body);
    }

    private static RuntimeException cannotWrite(Path file, Exception e) {
        return ReplacingWrite.cannotWrite(file, e);
    }
}
