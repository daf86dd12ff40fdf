package id.payung.service;

import id.payung.domain.AuditTopic;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FormProblem;
import id.payung.domain.Formats;
import id.payung.domain.Nik;
import id.payung.domain.Person;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.DatabaseFile;
import id.payung.store.EnrollmentRepository;
import id.payung.store.RegencyStats;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log for an auditor: searched (by time, who, topic, person) and read a page at a time on the screen,
 * exported in words or whole as CSV; never changed here.
 */
public final class AuditService {
    /** The most people a search by person may stand for; more is a search too loose to read as an answer. */
    public static final int MAX_PEOPLE = 500;
    private static final int CSV_PAGE = 5_000;
    private static final DateTimeFormatter BOUND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Database db;
    private final AuditLog audit = new AuditLog();
    private final EnrollmentRepository people = new EnrollmentRepository();
    private final ChangeLog log;
    private final ZoneId zone;
    private final RegencyStats regencies = new RegencyStats();
    /** {@link #showsRegencies()}, once asked. */
    private volatile Boolean regenciesShown;

    public AuditService(Database db, String actor) {
        this(db, actor, ZoneId.systemDefault());
    }

    /** @param zone the office's time zone: the days of a search are its days (tests fix it) */
    public AuditService(Database db, String actor, ZoneId zone) {
        this.db = db;
        this.log = new ChangeLog(actor);
        this.zone = zone;
    }

    /**
     * A page of the log, newest first.
     *
     * @param rows the entries, with the person each is about
     * @param next the {@code before} that reads the page after this one; 0 when this is the last
     */
    public record Page(List<AuditRecord> rows, long next) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The entries {@code filter} asks for, newest first: at most {@code limit}, all older than entry
     * {@code before} (0: from the newest). On a server a clerk reads their regency's entries only.
     *
     * @throws InvalidInputException (AUDIT_TOO_MANY_PEOPLE) when the person searched for is more than
     *                               {@link #MAX_PEOPLE} people; (AUDIT_DAYS_REVERSED) when the last day is
     *                               before the first
     */
    public Page search(AuditFilter filter, long before, int limit) {
        return db.read(tx -> {
            java.util.Map<Long, List<AuditLog.Removed>> removed = new java.util.HashMap<>();
            AuditLog.Query q = query(tx, filter, removed);
            List<AuditLog.Entry> entries = audit.search(tx, q, before <= 0 ? Long.MAX_VALUE : before, limit + 1);
            boolean more = entries.size() > limit;
            List<AuditLog.Entry> shown = more ? entries.subList(0, limit) : entries;
            return new Page(describe(tx, shown, removed), more ? shown.get(shown.size() - 1).id() : 0);
        });
    }

    /**
     * Whether the entries name their regency ({@link AuditRecord#regency()}, the export's last column {@code regency}):
     * for a login that reads several regencies' log side by side, a provincial reader (a login's name alone does
     * not say which regency's clerk wrote the entry); not for a regency's clerk nor an SQLite file, one office's.
     * The rule of {@link RegencyStats#showsRegencies}, asked once (a login does not change).
     */
    public boolean showsRegencies() {
        Boolean shown = regenciesShown;
        if (shown == null) {
            shown = db.read(regencies::showsRegencies);
            regenciesShown = shown;
        }
        return shown;
    }

    /**
     * For a reader of several regencies' log ({@link #showsRegencies()}), the regencies its entries belong to, by code,
     * with their names ("Kabupaten Manggarai Barat"), in order of name: the screen's Kabupaten/kota filter. Empty for
     * a regency's clerk and a file (one office's log).
     */
    public java.util.Map<String, String> regencyChoices() {
        return db.read(tx -> showsRegencies(tx) ? audit.regencyNames(tx) : java.util.Map.of());
    }

    /** Everyone who has written to the log (on a server: in this clerk's regency), by name. */
    public List<String> actors() {
        return db.read(audit::actors);
    }

    /**
     * For a reader of several regencies' log ({@link #showsRegencies()}: a provincial reader), each login of
     * {@link #actors()} with the regencies it wrote in, by name, as the entries name theirs ({@link AuditRecord#regency()}):
     * two regencies' clerks may have logins alike. Empty for a regency's clerk and a file (one office's log).
     */
    public java.util.Map<String, List<String>> actorRegencies() {
        return db.read(tx -> showsRegencies(tx) ? audit.actorRegencies(tx) : java.util.Map.of());
    }

    /** What a filter asked, for the audit row of an export made by it (a NIK typed as the person masked). */
    public static java.util.Map<String, Object> asked(AuditFilter filter) {
        java.util.Map<String, Object> asked = new java.util.LinkedHashMap<>();
        asked.put("from", filter.from() == null ? null : filter.from().toString());
        asked.put("to", filter.to() == null ? null : filter.to().toString());
        asked.put("actor", filter.actor());
        asked.put("topic", filter.topic() == null ? null : filter.topic().name());
        asked.put("person", filter.person() == null ? null : maskedSearch(filter.person()));
        if (filter.regency() != null) {
            asked.put("regency", filter.regency());
        }
        return asked;
    }

    /**
     * What an export of the trail records, the window's and the command line's alike (trial 21b L8: the command line's
     * was only {"rows":20}): the file's name (none for a writer of no file), how many entries, and what was asked.
     */
    public static java.util.Map<String, Object> exported(java.nio.file.Path file, long rows, AuditFilter filter) {
        java.util.Map<String, Object> exported = new java.util.LinkedHashMap<>();
        if (file != null && file.getFileName() != null) {
            exported.put("file", file.getFileName().toString());
        }
        exported.put("rows", rows);
        exported.putAll(asked(filter));
        return exported;
    }

    /**
     * A person searched for, as the export's audit row keeps it: a name as typed (NIKs in it masked); a NIK or its
     * start (digits, in groups or not) masked by the one NIK mask, {@link Nik#mask}: its region part kept, the birth
     * date always hidden, even in part of a NIK.
     */
    static String maskedSearch(String person) {
        String digits = Nik.strip(person);
        return digits.matches("\\d+") ? Nik.mask(digits) : AuditWords.masked(person);
    }

    /**
     * The days as the office's, rendered as the log's UTC stamps; the person as the people they find, and the restores
     * that took away people of that name ({@code removed} gets them by restore entry: whom each names).
     */
    private AuditLog.Query query(id.payung.store.Tx tx, AuditFilter f, java.util.Map<Long, List<AuditLog.Removed>> removed) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.DATE, "AUDIT_DAYS_REVERSED",
                    Formats.date(f.from()), Formats.date(f.to()))), 0);
        }
        List<Long> ids = null;
        if (f.person() != null) {
            // Today's name (or NIK) as the register finds it, and a name a person had when an entry was written (renamed
            // since: the export's person_name, the screen's "… (kini: …)"), by the same word starts.
            java.util.Set<Long> found = new java.util.LinkedHashSet<>(people.personIdsMatching(tx, f.person(),
                    MAX_PEOPLE + 1));
            found.addAll(audit.personIdsOnceNamed(tx, f.person(), MAX_PEOPLE + 1));
            // And whom the log names so who is no longer in the register: a restore of an older backup took them away,
            // their entries stay (trial 22c #3: "Veronika" found nothing though her entries said "Nama: Veronika Imul").
            found.addAll(audit.personIdsGoneNamed(tx, f.person(), MAX_PEOPLE + 1));
            ids = List.copyOf(found);
            // And the people a restore took away whom no entry of their own names (an imported list brought them in):
            // the restore's entry keeps them by name (session 24), counted as people found.
            java.util.Set<Long> counted = new java.util.HashSet<>(found);
            for (AuditLog.Removed r : audit.removedNamed(tx, f.person(), MAX_PEOPLE + 1)) {
                removed.computeIfAbsent(r.entryId(), k -> new java.util.ArrayList<>()).add(r);
                counted.add(r.personId());
            }
            if (counted.size() > MAX_PEOPLE) {
                throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.NAME,
                        "AUDIT_TOO_MANY_PEOPLE", Formats.count(MAX_PEOPLE))), 0);
            }
        }
        // A last day in the year 9999 or after bounds nothing (its next day would not be written as the stamps are).
        return new AuditLog.Query(bound(f.from()), bound(f.to() == null || f.to().getYear() >= 9999 ? null
                : f.to().plusDays(1)), f.actor(),
                f.topic(), ids, f.regency(), ids == null ? null : goneRecords(tx, audit, people, ids),
                List.copyOf(removed.keySet()));
    }

    /**
     * The records of these people the tables no longer hold, whose entries are still theirs (trial 22c #3): by kind of
     * record ({@code person}, {@code enrollment}), their ids as the log names them. A person not in the register (a
     * restore of an older backup took them away) is their own entries and those of the enrollments the log says were
     * theirs; where the log holds a restore, so are the enrollments a restore took from a person still registered. A
     * server's log holds none (its data is restored by its administrator): its people's search reads no more than
     * before.
     */
    static java.util.Map<String, List<Long>> goneRecords(id.payung.store.Tx tx, AuditLog audit,
                                                          EnrollmentRepository people, List<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Set<Long> present = new java.util.HashSet<>();
        people.people(tx, ids).forEach(p -> present.add(p.id()));
        List<Long> gone = ids.stream().filter(id -> !present.contains(id)).toList();
        List<Long> scanned = audit.restores(tx).isEmpty() ? gone : ids;
        return java.util.Map.of("person", gone, "enrollment", audit.enrollmentsGoneOf(tx, scanned));
    }

    /**
     * Every entry about a person, oldest first, as Jejak audit's search by them finds it ({@link #search}): their
     * record, enrollments, claims, the lists that brought them in, and their enrollments a restore took away: the
     * person's history (Riwayat peserta) reads the same entries.
     */
    static List<AuditLog.Entry> aboutPerson(id.payung.store.Tx tx, long personId) {
        AuditLog audit = new AuditLog();
        List<Long> ids = List.of(personId);
        AuditLog.Query q = new AuditLog.Query(null, null, null, null, ids, null,
                goneRecords(tx, audit, new EnrollmentRepository(), ids));
        List<AuditLog.Entry> out = new java.util.ArrayList<>();
        List<AuditLog.Entry> page = audit.searchForward(tx, q, 0, CSV_PAGE);
        while (!page.isEmpty()) {
            out.addAll(page);
            page = page.size() < CSV_PAGE ? List.of() : audit.searchForward(tx, q, page.get(page.size() - 1).id(), CSV_PAGE);
        }
        return out;
    }

    private String bound(LocalDate day) {
        return day == null ? null : BOUND.format(day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC));
    }

    /**
     * Each entry with its topic and the person it is about (read in three statements for the whole page); a restore
     * among {@code removed} (found by the name of people it took away) names them, as no longer registered.
     */
    private List<AuditRecord> describe(id.payung.store.Tx tx, List<AuditLog.Entry> entries,
                                       java.util.Map<Long, List<AuditLog.Removed>> removed) {
        java.util.Set<Long> personIds = new java.util.HashSet<>();
        java.util.Set<Long> enrollmentIds = new java.util.HashSet<>();
        java.util.Set<Long> claimIds = new java.util.HashSet<>();
        for (AuditLog.Entry e : entries) {
            Long id = number(e.entityId());
            if (id == null) {
                continue;
            }
            switch (e.entity()) {
                case "person" -> personIds.add(id);
                case "enrollment" -> enrollmentIds.add(id);
                case "benefit_claim" -> claimIds.add(id);
                default -> { }
            }
        }
        java.util.Map<Long, EnrollmentSummary> enrollments = new java.util.HashMap<>();
        people.summaries(tx, enrollmentIds).forEach(s -> enrollments.put(s.id(), s));
        java.util.Map<Long, Long> claimants = people.claimants(tx, claimIds);
        personIds.addAll(claimants.values());
        // Enrollments a restore took away: whose they were, as their entries wrote it (trial 22c #3).
        java.util.Map<Long, Long> loggedOwners = new java.util.HashMap<>();
        java.util.Set<Long> goneEnrollments = new java.util.HashSet<>(enrollmentIds);
        goneEnrollments.removeAll(enrollments.keySet());
        for (AuditLog.Entry x : audit.entriesOf(tx, "enrollment", goneEnrollments)) {
            Long owner = number(String.valueOf(AuditWords.parse(x.afterJson()).get("person_id")));
            if (owner != null) {
                loggedOwners.putIfAbsent(Long.valueOf(x.entityId()), owner);
            }
        }
        personIds.addAll(loggedOwners.values());
        java.util.Map<Long, Person> persons = new java.util.HashMap<>();
        people.people(tx, personIds).forEach(p -> persons.put(p.id(), p));
        // People no longer in the register: their name and NIK (masked) as their entries last wrote them.
        java.util.Set<Long> gone = new java.util.HashSet<>(personIds);
        gone.removeAll(persons.keySet());
        java.util.Map<Long, String[]> logged = new java.util.HashMap<>();
        for (AuditLog.Entry x : audit.entriesOf(tx, "person", gone)) {
            java.util.Map<String, Object> after = AuditWords.parse(x.afterJson());
            String[] known = logged.computeIfAbsent(Long.valueOf(x.entityId()), k -> new String[2]);
            if (after.get("full_name") != null) {
                known[0] = after.get("full_name").toString();
            }
            if (after.get("nik") != null) {
                known[1] = after.get("nik").toString();
            }
        }
        // What each person was called at each entry: their later renames' entries say what the name was before.
        java.util.Set<Long> about = new java.util.HashSet<>(personIds);
        enrollments.values().forEach(s -> about.add(s.personId()));
        java.util.Map<Long, List<AuditLog.Entry>> changes = new java.util.HashMap<>();
        if (!entries.isEmpty()) {
            long first = entries.stream().mapToLong(AuditLog.Entry::id).min().orElseThrow();
            audit.personChangesAfter(tx, about, first).forEach(c -> changes.computeIfAbsent(Long.valueOf(c.entityId()),
                    k -> new java.util.ArrayList<>()).add(c));
        }
        // Which regency each entry is of, for a reader of several (a provincial reader): one more statement a page.
        java.util.Map<Long, String> regencyOf = entries.isEmpty() || !showsRegencies(tx) ? java.util.Map.of()
                : audit.regencies(tx, entries.stream().map(AuditLog.Entry::id).toList());
        List<AuditRecord> out = new java.util.ArrayList<>(entries.size());
        for (AuditLog.Entry e : entries) {
            List<AuditLog.Removed> named = removed.get(e.id());
            if (named != null && !named.isEmpty()) {
                // A restore found by the name of people it took away: it names them (by name and masked NIK, as its
                // list keeps them), no longer registered and with no history to open.
                named = named.stream().sorted(java.util.Comparator.comparing(AuditLog.Removed::fullName)
                        .thenComparingLong(AuditLog.Removed::personId)).toList();
                // Several of the name (a search by a first name): each with their NIK beside it.
                String names = named.size() == 1 ? named.get(0).fullName() : named.stream()
                        .map(r -> r.fullName() + (r.nikMasked() == null ? "" : " (" + r.nikMasked() + ")"))
                        .collect(java.util.stream.Collectors.joining(", "));
                out.add(new AuditRecord(e.id(), PersonHistory.Change.of(e), AuditTopic.of(e.entity(), e.action()), 0,
                        names, named.size() == 1 ? named.get(0).nikMasked() : null, null, null, regencyOf.get(e.id())));
                continue;
            }
            Long id = number(e.entityId());
            EnrollmentSummary enrollment = "enrollment".equals(e.entity()) && id != null ? enrollments.get(id) : null;
            Long owner = id == null ? null : switch (e.entity()) {
                case "person" -> id;
                case "benefit_claim" -> claimants.get(id);
                case "enrollment" -> enrollment != null ? null : loggedOwners.get(id);
                default -> null;
            };
            Person p = owner == null ? null : persons.get(owner);
            String name = enrollment != null ? enrollment.fullName() : p == null ? null : p.fullName();
            String nik = enrollment != null ? enrollment.nik() : p == null ? null : p.nik();
            long personId = enrollment != null ? enrollment.personId() : p == null ? 0 : p.id();
            String[] known = name == null && owner != null ? logged.get(owner) : null;
            if (known != null && known[0] != null) {
                // No longer in the register: the name the entries wrote, and no name today (AuditRecord#personGone);
                // no history to open (personId 0), the register holds none.
                out.add(new AuditRecord(e.id(), PersonHistory.Change.of(e), AuditTopic.of(e.entity(), e.action()), 0,
                        nameThen(e, known[0], changes.getOrDefault(owner, List.of())), known[1], null, null,
                        regencyOf.get(e.id())));
                continue;
            }
            out.add(new AuditRecord(e.id(), PersonHistory.Change.of(e), AuditTopic.of(e.entity(), e.action()), personId,
                    name == null ? null : nameThen(e, name, changes.getOrDefault(personId, List.of())),
                    nik == null ? null : Nik.mask(nik), enrollment, name, regencyOf.get(e.id())));
        }
        return out;
    }

    /**
     * The person's name when entry {@code e} was written: a person's own entry (added, details changed) carries it as
     * written; for any other entry about them, the name before the first rename written after it, else today's
     * ({@code now}). Every change of a name is in the log with the name before and after
     * ({@code EnrollmentService}); an import adds new people only.
     *
     * @param changes the person's detail changes after the page's first entry, oldest first
     */
    private static String nameThen(AuditLog.Entry e, String now, List<AuditLog.Entry> changes) {
        if ("person".equals(e.entity()) && ("INSERT".equals(e.action()) || "UPDATE".equals(e.action()))) {
            Object written = AuditWords.parse(e.afterJson()).get("full_name");
            if (written != null) {
                return written.toString();
            }
        }
        for (AuditLog.Entry c : changes) {
            if (c.id() > e.id()) {
                Object before = AuditWords.parse(c.beforeJson()).get("full_name");
                if (before != null && !before.equals(AuditWords.parse(c.afterJson()).get("full_name"))) {
                    return before.toString();
                }
            }
        }
        return now;
    }

    /** {@link #showsRegencies()} inside a read under way. */
    private boolean showsRegencies(id.payung.store.Tx tx) {
        Boolean shown = regenciesShown;
        if (shown == null) {
            shown = regencies.showsRegencies(tx);
            regenciesShown = shown;
        }
        return shown;
    }

    private static Long number(String entityId) {
        return entityId != null && entityId.matches("\\d{1,18}") ? Long.valueOf(entityId) : null;
    }

    /**
     * The export's columns: the log as stored (id, UTC time, codes, the JSON before and after), which scripts read,
     * then the same entry in the words of Jejak audit (trial 16 L12), added at the end so the stored columns keep their
     * places (the file itself is for Indonesian Excel since session 16: UTF-8 BOM and ';', as every export; a script
     * splitting on ',' must split on ';'):
     * what happened and field by field (the window's Perubahan and Rincian, in Indonesian), the person it is about
     * (name, NIK masked by {@link Nik#mask}) where it is about a person, an enrollment or a benefit claim, and the
     * time as the window shows it (dd/MM/yyyy HH:mm in the office's zone). The name is the one the person had when the
     * entry was written ({@link AuditRecord#personName()}: an auditor reading an old entry reads the name it was about),
     * and {@code person_name_now}, last, today's (the same unless renamed since), by which the register finds them.
     */
    public static final List<String> CSV_HEADER = List.of("id", "at", "actor", "action", "entity", "entity_id", "before",
            "after", "what", "details", "person_name", "nik_masked", "at_local", "person_name_now");
    /**
     * The column after {@link #CSV_HEADER}'s, for a reader of several regencies' log ({@link #showsRegencies()}: a
     * provincial reader): the regency the entry belongs to, by name ({@link AuditRecord#regency()}). Last, so a
     * script reading the columns by place reads a clerk's file and a province's alike.
     */
    public static final String CSV_REGENCY = "regency";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Entries described together: their enrollments, claims and people are read by that many ids at most. */
    private static final int DESCRIBE_CHUNK = 500;

    /**
     * Writes every audit entry as CSV ({@link #CSV_HEADER}; for Indonesian Excel, {@link ExcelCsv}: a UTF-8 BOM, ";"
     * between cells) and returns how many. NIKs inside are already masked;
     * cells that a spreadsheet would run as a formula are neutralised. The export itself is audited.
     */
    public long exportCsv(Writer out) {
        return exportCsv(out, AuditFilter.ALL);
    }

    /**
     * {@link #exportCsv(Writer)} of the entries {@code filter} asks for only, oldest first (the export's own
     * audit row says what was asked).
     *
     * @throws InvalidInputException as {@link #search} refuses a filter
     */
    public long exportCsv(Writer out, AuditFilter filter) {
        return exportCsv(out, filter, null);
    }

    /** {@link #exportCsv(Writer, AuditFilter)} into {@code file}, whose name its audit row records ({@link #exported}). */
    public long exportCsv(Writer out, AuditFilter filter, java.nio.file.Path file) {
        long[] count = {0};
        // The words of Jejak audit (the default, Indonesian, as the command line's other files): read before the log.
        AuditWords.Names names = AuditWords.Names.of(new ReferenceService(db));
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("id"),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
        try {
            // A file for Indonesian Excel as every CSV Payung writes for people (ExcelCsv): "—" and "–" in the words read
            // as written, each column in its own.
            CSVPrinter csv = ExcelCsv.open(out);
            boolean regency = showsRegencies();
            List<String> header = new java.util.ArrayList<>(CSV_HEADER);
            if (regency) {
                header.add(CSV_REGENCY);
            }
            csv.printRecord(header);
            // The entries a restore undid say so in their words, as in Jejak audit (trial 21d: the file dropped it).
            java.util.Map<Long, java.time.Instant> undone = undoneByRestore();
            // The restores found by the name of people they took away, and whom each names (filled by query below).
            java.util.Map<Long, List<AuditLog.Removed>> removed = new java.util.HashMap<>();
            db.read(tx -> {
                java.util.function.Consumer<List<AuditLog.Entry>> print = entries -> {
                    List<AuditRecord> records = describe(tx, entries, removed);
                    AuditWords say = new AuditWords(words, records.stream().map(AuditRecord::enrollment)
                            .filter(java.util.Objects::nonNull).toList(), names);
                    try {
                        for (int i = 0; i < entries.size(); i++) {
                            AuditLog.Entry e = entries.get(i);
                            AuditRecord r = records.get(i);
                            List<Object> cells = new java.util.ArrayList<>(List.of(e.id(), e.at(), SafeCells.of(e.actor()),
                                    e.action(), e.entity()));
                            cells.addAll(java.util.Arrays.asList(SafeCells.of(e.entityId()), SafeCells.of(e.beforeJson()),
                                    SafeCells.of(e.afterJson()), SafeCells.of(say.what(r.change(), undone.get(e.id()), zone)),
                                    SafeCells.of(say.details(r.change())), SafeCells.of(r.personName()), r.nikMasked(),
                                    LOCAL_TIME.format(e.at().atZone(zone)), SafeCells.of(r.personNameNow())));
                            if (regency) {
                                cells.add(SafeCells.of(r.regency()));
                            }
                            csv.printRecord(cells);
                            count[0]++;
                        }
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                };
                AuditLog.Query q = query(tx, filter, removed);
                List<AuditLog.Entry> page = audit.searchForward(tx, q, 0, CSV_PAGE);
                while (!page.isEmpty()) {
                    // The people of a page read in a few statements, a bounded number of ids in each.
                    for (int from = 0; from < page.size(); from += DESCRIBE_CHUNK) {
                        print.accept(page.subList(from, Math.min(page.size(), from + DESCRIBE_CHUNK)));
                    }
                    page = page.size() < CSV_PAGE ? List.of()
                            : audit.searchForward(tx, q, page.get(page.size() - 1).id(), CSV_PAGE);
                }
                return null;
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!db.isReadOnly()) {
            db.write(tx -> {
                log.record(tx, "EXPORT", "audit_log", null, null, exported(file, count[0], filter));
                return null;
            });
        }
        return count[0];
    }

    /**
     * The entries of the restores this database went through, oldest first: a restore carries them into the data it
     * puts in place ({@link #recordRestore(java.nio.file.Path, java.nio.file.Path, List)}).
     */
    public List<AuditLog.Entry> restores() {
        return db.read(audit::restores);
    }

    /**
     * Writes, into the database a restore just put in place, that it was restored: from which backup, when, by
     * whom, and where the data it replaced was kept (the safety backup). The restored file's own log ends when its
     * backup was made; without this entry an auditor could not tell the data had been put back. Before it, in the
     * same transaction, every entry of the replaced data ({@code replaced}, the safety copy, read page by page) that
     * the restored log lacks is carried in with its own time and actor: those stamped at or after the restored
     * log's last entry, and the earlier restores whatever their time. The trail can then never lose an entry (a
     * deletion and its reason, an import) to a restore, as nobody may delete it; their changes themselves are undone,
     * which the new entry says. An entry the restored log has already (a backup made after it, a second restore of
     * the same backup) is not carried twice.
     */
    public void recordRestore(java.nio.file.Path from, java.nio.file.Path safety, java.nio.file.Path replaced) {
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("from", from.toAbsolutePath().toString());
        after.put("replaced_data_kept_in", safety.toAbsolutePath().toString());
        db.write(tx -> {
            record Same(java.time.Instant at, String actor, String action, String entity, String entityId,
                        String afterJson) {
                Same(AuditLog.Entry e) {
                    this(e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.afterJson());
                }
            }
            java.time.Instant backupLast = audit.lastAt(tx);
            // What the restored log holds from its last second on, and its restores: few rows, the only ones a
            // carried entry could repeat (any older entry of the replaced data that is not a restore is not read).
            java.util.Set<Same> here = new java.util.HashSet<>();
            audit.forEachSince(tx, backupLast, e -> here.add(new Same(e)));
            // [0] earlier restores, [1] every other entry carried, [2] the changes undone: counted by the rule the
            // question before the restore counts them (AuditLog#countAfter: written after the backup's last entry,
            // not a full NIK seen or an export), so "11 perubahan" asked is 11 written (trial 21b #6).
            int[] carried = new int[3];
            // Each earlier restore carried: its id in the replaced data, its id here (its list of people goes with it).
            java.util.Map<Long, Long> carriedRestores = new java.util.LinkedHashMap<>();
            if (replaced != null) {
                DatabaseFile.auditSince(replaced, backupLast, e -> {
                    if (here.add(new Same(e))) {
                        long id = audit.carry(tx, e);
                        boolean restore = "RESTORE".equals(e.action()) && "database".equals(e.entity());
                        if (restore) {
                            carriedRestores.put(e.id(), id);
                        }
                        carried[restore ? 0 : 1]++;
                        if (AuditTopic.changesData(e.action())
                                && (backupLast == null || e.at().isAfter(backupLast))) {
                            carried[2]++;
                        }
                    }
                });
            }
            if (replaced != null) {
                // The ids the replaced data gave (the kept trail names them: import #2, its undoing) are never given
                // again here: the next import is #3, not a second #2 (trial 21b #1).
                id.payung.store.IdFloor.raise(tx, DatabaseFile.idsUsed(replaced));
            }
            if (carried[0] > 0) {
                after.put("earlier_restores_carried", carried[0]);
            }
            if (carried[2] > 0) {
                after.put("changes_undone_kept_in_trail", carried[2]);
            }
            if (carried[1] > 0) {
                // How many entries just before this one were carried (the block undoneByRestore marks).
                after.put(KEPT_IN_TRAIL, carried[1]);
            }
            // The people of the replaced data the restored register does not hold (by NIK): a person an imported list
            // brought has no entry of their own, so the restore's entry names them (session 24). Only their ids are
            // held while counting; their names are read again, a page at a time, once the entry is written.
            long[] gone = replaced == null ? new long[0] : peopleTakenAway(tx, replaced);
            if (gone.length > 0) {
                after.put(PEOPLE_REMOVED, gone.length);
            }
            long entry = log.record(tx, "RESTORE", "database", db.file() == null ? null
                    : db.file().getFileName().toString(), null, after);
            if (replaced != null) {
                keepPeopleTakenAway(tx, replaced, entry, gone, carriedRestores);
            }
            return null;
        });
    }

    /** The restore entry's count of the people it took away, each named in {@code audit_person_removed}. */
    static final String PEOPLE_REMOVED = "people_removed";
    /** People read per page from the data a restore replaced. */
    private static final int PEOPLE_PAGE = 500;

    /** The ids, ascending, of the people of {@code replaced} whose NIK the data of {@code tx} does not hold. */
    private long[] peopleTakenAway(id.payung.store.Tx tx, java.nio.file.Path replaced) {
        return DatabaseFile.readOnly(replaced, r -> {
            java.util.stream.LongStream.Builder gone = java.util.stream.LongStream.builder();
            long last = 0;
            while (true) {
                List<AuditLog.Registered> page = audit.peopleAfter(r, last, PEOPLE_PAGE);
                java.util.Set<String> held = audit.niksHeld(tx, page.stream().map(AuditLog.Registered::nik).toList());
                page.stream().filter(p -> !held.contains(p.nik())).forEach(p -> gone.add(p.id()));
                if (page.size() < PEOPLE_PAGE) {
                    return gone.build().toArray();
                }
                last = page.get(page.size() - 1).id();
            }
        });
    }

    /**
     * Writes, with the restore's entry {@code entry}, the people {@code gone} (ids of {@code replaced}) by name and masked
     * NIK, and with each earlier restore carried in ({@code carriedRestores}: its id there, its id here) the people it
     * had taken away, as the replaced data kept them.
     */
    private void keepPeopleTakenAway(id.payung.store.Tx tx, java.nio.file.Path replaced, long entry, long[] gone,
                                     java.util.Map<Long, Long> carriedRestores) {
        DatabaseFile.readOnly(replaced, r -> {
            if (gone.length > 0) {
                long last = 0;
                while (true) {
                    List<AuditLog.Registered> page = audit.peopleAfter(r, last, PEOPLE_PAGE);
                    audit.recordRemoved(tx, entry, page.stream()
                            .filter(p -> java.util.Arrays.binarySearch(gone, p.id()) >= 0)
                            .map(p -> new AuditLog.Removed(entry, p.id(), p.fullName(), Nik.mask(p.nik())))
                            .toList());
                    if (page.size() < PEOPLE_PAGE || page.get(page.size() - 1).id() >= gone[gone.length - 1]) {
                        break;
                    }
                    last = page.get(page.size() - 1).id();
                }
            }
            for (java.util.Map.Entry<Long, Long> c : carriedRestores.entrySet()) {
                long last = 0;
                while (true) {
                    List<AuditLog.Removed> page = audit.removedBy(r, c.getKey(), last, PEOPLE_PAGE);
                    audit.recordRemoved(tx, c.getValue(), page);
                    if (page.size() < PEOPLE_PAGE) {
                        break;
                    }
                    last = page.get(page.size() - 1).personId();
                }
            }
            return null;
        });
    }

    /** The restore entry's count of the entries it carried other than earlier restores (all written before it). */
    static final String KEPT_IN_TRAIL = "entries_kept_in_trail";

    /**
     * The entries whose changes a restore undid, each with the time of that restore (the oldest, when two did): the
     * entries a restore carried into the restored log (written just before its own entry, {@link #recordRestore}),
     * other than earlier restores, full NIKs seen and exports, which changed no data. Jejak audit marks them
     * "dibatalkan oleh pemulihan …": the trail shows "Kepesertaan dihapus" while that enrollment is active again
     * (trial 21b #6). A restore written before this count was kept ("changes_undone_kept_in_trail" then counted every
     * carried entry) is read with that count.
     */
    public java.util.Map<Long, java.time.Instant> undoneByRestore() {
        return db.read(AuditService::undoneByRestore);
    }

    /**
     * {@link #undoneByRestore()} inside a read under way: the one rule, for Jejak audit, its exports and a person's
     * history (Riwayat peserta, trial 22c #3: it showed the entries with no mark).
     */
    static java.util.Map<Long, java.time.Instant> undoneByRestore(id.payung.store.Tx tx) {
        AuditLog audit = new AuditLog();
        java.util.Map<Long, java.time.Instant> undone = new java.util.HashMap<>();
        List<AuditLog.Entry> restores = audit.restores(tx);
        java.util.Map<Long, Long> blocks = new java.util.HashMap<>();
        for (AuditLog.Entry r : restores) {
            java.util.Map<String, Object> after = r.afterJson() == null ? java.util.Map.of() : Json.parse(r.afterJson());
            long earlier = number(after.get("earlier_restores_carried"), 0);
            // Written only when some were carried; an entry without it counted its carried restores among the
            // changes undone (trial 22c: a restore that carried only an earlier one marked one entry too many).
            long others = number(after.get(KEPT_IN_TRAIL),
                    Math.max(0, number(after.get("changes_undone_kept_in_trail"), 0) - earlier));
            blocks.put(r.id(), others + earlier);
        }
        // A restore carried in from the data a later restore replaced stands after entries of another log (trial
        // 22c: restoring the safety copy made the entries it brought back "dibatalkan" by the restore it undid):
        // its count is not of the entries before it here. It was undone itself, by the restore that carried it.
        java.util.Set<Long> carried = new java.util.HashSet<>();
        for (AuditLog.Entry r : restores) {
            long first = r.id() - blocks.get(r.id());
            restores.stream().filter(x -> x.id() >= first && x.id() < r.id()).forEach(x -> carried.add(x.id()));
        }
        for (AuditLog.Entry r : restores) {
            long block = blocks.get(r.id());
            if (block == 0 || carried.contains(r.id())) {
                continue;
            }
            for (AuditLog.Entry e : audit.between(tx, r.id() - block, r.id())) {
                boolean restore = "RESTORE".equals(e.action()) && "database".equals(e.entity());
                if (restore || AuditTopic.changesData(e.action())) {
                    undone.putIfAbsent(e.id(), r.at());
                }
            }
        }
        return undone;
    }

    private static long number(Object value, long otherwise) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && s.matches("\\d{1,9}")) {
            return Long.parseLong(s);
        }
        return otherwise;
    }

    /**
     * How long the entry of a refused restore waits for another writer (an import in another Payung) before it is
     * left to the log file: the refusal is said to the user at once, not after the other's import.
     */
    private static final java.time.Duration REFUSAL_WAIT = java.time.Duration.ofSeconds(3);

    /**
     * Writes that a restore from {@code backup} was refused and nothing was replaced: who tried (this service's
     * actor), the backup ("Dari", its path), and why ({@code problem}, the refusal's
     * {@code DatabaseOpenException.Problem} name: not a backup, a newer version's, another Payung has the file open
     * …). A refused restore left no trace in the trail, where a restore that went through does
     * ({@link #recordRestore}); one the user declined (another regency's backup, Batal) is no refusal and is not
     * written. When another writer holds the database longer than a few seconds the entry is not written.
     *
     * @return whether the entry was written
     */
    public boolean recordRefusedRestore(java.nio.file.Path backup, String problem) {
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("from", backup.toAbsolutePath().toString());
        after.put("refused_because", problem);
        id.payung.store.WriteWait brief = id.payung.store.WriteWait.givingUpAfter(REFUSAL_WAIT);
        try {
            db.write(brief, tx -> {
                log.record(tx, "RESTORE_REFUSED", "database", db.file() == null ? null : db.file().getFileName().toString(),
                        null, after);
                return null;
            });
            return true;
        } catch (id.payung.store.WriteCancelledException e) {
            return false;
        }
    }

    /** {@link #recordRestore(java.nio.file.Path, java.nio.file.Path, java.nio.file.Path)} with nothing to carry. */
    public void recordRestore(java.nio.file.Path from, java.nio.file.Path safety) {
        recordRestore(from, safety, null);
    }

    /**
     * A clerk's offline copy of a server (Cadangan → "Simpan salinan luring…", {@code payung backup}): every full NIK of
     * their regency left the server in one file, so it is written to the trail as any export with full NIKs is
     * ({@code EXPORT_FULL_NIK} of {@code database}: the file's name and how many people and enrollments it holds).
     */
    public void recordOfflineCopy(java.nio.file.Path file, java.util.Map<String, Integer> rows) {
        db.write(tx -> {
            log.record(tx, "EXPORT_FULL_NIK", "database", null, null, java.util.Map.of("file",
                    file.getFileName().toString(), "people", rows.getOrDefault("person", 0),
                    "enrollments", rows.getOrDefault("enrollment", 0), "full_nik", true));
            return null;
        });
    }
}
