package id.payung.service;

import id.payung.store.Database;
import id.payung.store.DatabaseFile;
import id.payung.store.MetaRepository;
import id.payung.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups of the database: a consistent copy ({@code VACUUM INTO}) written under a temporary name,
 * checked with {@code PRAGMA integrity_check}, and only then renamed into place — so a backup that
 * exists is a whole one. One automatic backup a day, keeping the newest N.
 */
public final class BackupService {
    public static final String PREFIX = "payung-";
    public static final int DEFAULT_KEEP = 10;
    /**
     * The copy a restore makes of the data it replaces, named in the office's language (it stands in the backup list
     * beside the daily ones): "payung-sebelum-pulih-2026-12-06-162400.db" for payung.db, "mabar-sebelum-pulih-…" for
     * mabar.db ({@link #safetyCopyTarget}).
     */
    public static final String SAFETY_PREFIX = PREFIX + "sebelum-pulih-";
    /** The name such copies had up to session 14 ("payung-before-restore-…"): still a safety copy. */
    public static final String OLD_SAFETY_PREFIX = PREFIX + "before-restore-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    /** The database in the data folder, whose backups keep the names they always had ("payung-…"). */
    private static final String DEFAULT_NAME = "payung";
    /** What follows "NAME-" in the name of a daily or manual backup: the time, "-2" … for a second in one second. */
    private static final String STAMPED = "\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.db";

    private final Database db;
    private final Clock clock;
    private final MetaRepository meta = new MetaRepository();
    private final ChangeLog log;

    public BackupService(Database db, Clock clock, String actor) {
        this.db = db;
        this.clock = clock;
        this.log = new ChangeLog(actor);
    }

    /**
     * The start of this database's backup names: its file name without ".db" and a dash ("mabar-" for mabar.db),
     * so two databases in one folder (trial 15: Manggarai's p.db beside Manggarai Barat's mabar.db, one "backups")
     * each see, count and prune only their own. payung.db's stays {@link #PREFIX}: its backups keep their names.
     */
    public String prefix() {
        return prefixOf(db.file());
    }

    /** {@link #prefix()} of the database file {@code file}. */
    public static String prefixOf(Path file) {
        String name = file == null ? DEFAULT_NAME : file.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return (stem.isEmpty() ? DEFAULT_NAME : stem) + "-";
    }

    /**
     * Whether {@code file} is one of this database's backups: its {@link #prefix()} followed by the time (daily or
     * manual), or by "sebelum-pulih-"/"before-restore-" and the time (a restore's safety copy); payung.db also owns
     * the copies taken before a schema upgrade ("payung-before-upgrade-v…"), which it always listed. Anything else —
     * "mabar-lama-2026-…", another database's backup — is not this database's, even when its name starts alike.
     */
    public boolean isOwn(Path file) {
        String name = file.getFileName().toString();
        String prefix = prefix();
        if (!name.startsWith(prefix)) {
            return false;
        }
        String rest = name.substring(prefix.length());
        return rest.matches(STAMPED) || rest.matches("(sebelum-pulih-|before-restore-)" + STAMPED)
                || prefix.equals(PREFIX) && rest.matches("before-upgrade-v\\d+-\\d{8}-\\d{6}\\.db");
    }

    /**
     * One backup file and what made it (trial 24a: the list did not say which was the daily one, which a clerk made by
     * hand, which a restore left).
     */
    public record Backup(Path file, Instant modified, long bytes, Kind kind) {
    }

    /** What made a backup file. */
    public enum Kind {
        /** The automatic one of the day, made at start. */
        DAILY,
        /** Asked for by a user (Cadangkan sekarang, {@code payung backup}): its audit entry names the file. */
        MANUAL,
        /** The copy a restore made of the data it replaced. */
        BEFORE_RESTORE,
        /** The copy taken before the file's schema was upgraded. */
        BEFORE_UPGRADE
    }

    /** The folder backups go to: the user's choice, else "backups" beside the database file. */
    public Path folder() {
        return db.read(tx -> meta.get(tx, "backup_folder")).map(Path::of)
                .orElse(db.file().getParent().resolve("backups"));
    }

    /** How many automatic backups are kept. */
    public int keep() {
        return db.read(tx -> meta.get(tx, "backup_keep")).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    /** Changes the backup folder and how many backups are kept (at least 1). Audited. */
    public void configure(Path folder, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        db.write(tx -> {
            meta.put(tx, "backup_folder", folder.toAbsolutePath().toString());
            meta.put(tx, "backup_keep", String.valueOf(keep));
            log.record(tx, "UPDATE", "settings", "backup", null,
                    java.util.Map.of("folder", folder.toAbsolutePath().toString(), "keep", keep));
            return null;
        });
    }

    /**
     * Backs up now into the backup folder, as the user asked (Cadangan → "Cadangkan sekarang", {@code payung backup}):
     * written to the audit trail ({@link #recordBackup}). Returns the new file. Older automatic backups beyond N are
     * removed.
     */
    public Path backupNow() {
        return backupNow(WorkSteps.NONE);
    }

    /**
     * {@link #backupNow()}, telling {@code steps} how far it is and stopping between its steps (copy, check,
     * rename) when cancelled, with no file left behind.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public Path backupNow(WorkSteps steps) {
        Path target = unrecordedBackup(steps);
        recordBackup(target);
        return target;
    }

    /** A backup into the backup folder, not written to the trail (the daily one). */
    private Path unrecordedBackup(WorkSteps steps) {
        String name = prefix() + STAMP.format(LocalDateTime.now(clock));
        Path target = folder().resolve(name + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder().resolve(name + "-" + n + ".db");
        }
        backupTo(target, steps);
        prune();
        return target;
    }

    /**
     * {@link #backupTo(Path)} as the user asked for it ({@code payung backup --out FILE}): written to the audit trail,
     * as {@link #backupNow()} is.
     */
    public void backupByHandTo(Path target) {
        backupTo(target);
        recordBackup(target.toAbsolutePath());
    }

    /**
     * Writes to the audit trail that the user made a backup: its file's name, folder and size; who, as every entry
     * says (trial 21d: a manual backup left no trace, a restore does). Under {@code AuditTopic.PRIVACY}: the file holds
     * every full NIK, and the entry is no change of the data (a restore's question does not count it). Not for the
     * daily backup at start nor a restore's safety copy, which nobody asked for; nothing on a read-only database.
     */
    private void recordBackup(Path file) {
        if (db.isReadOnly()) {
            return;
        }
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("file", file.getFileName().toString());
        after.put("folder", file.toAbsolutePath().getParent() == null ? "" : file.toAbsolutePath().getParent().toString());
        try {
            after.put("bytes", Files.size(file));
        } catch (IOException e) {
            // The backup is written and checked; its size unread is no reason to fail it.
        }
        db.write(tx -> {
            log.record(tx, BACKUP, "database", db.file() == null ? null : db.file().getFileName().toString(), null, after);
            return null;
        });
    }

    /** The audit action of a backup the user made ({@link #recordBackup}). */
    public static final String BACKUP = "BACKUP";

    /**
     * Where the safety copy of a restore starting now goes: in the backup folder, named {@link #prefix()},
     * "sebelum-pulih-" ({@link #SAFETY_PREFIX} for payung.db) and the time, with "-2", "-3" … when a copy of that second exists (a second restore at once is not refused for it).
     */
    public Path safetyCopyTarget() {
        String name = prefix() + "sebelum-pulih-" + STAMP.format(LocalDateTime.now(clock));
        Path target = folder().resolve(name + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder().resolve(name + "-" + n + ".db");
        }
        return target;
    }

    /**
     * Whether {@code file} is the copy a restore made of the data it replaced (under the name of now or before), of
     * any database: "payung-sebelum-pulih-…", "mabar-sebelum-pulih-…". {@link #isOwn} says whether it is this one's.
     */
    public static boolean isSafetyCopy(Path file) {
        String name = file.getFileName().toString();
        return name.matches(".+-(sebelum-pulih|before-restore)-" + STAMPED);
    }

    /**
     * Writes a checked backup to {@code target}.
     *
     * @throws StoreException when the target exists (never overwritten) or the copy fails its check;
     *                        no partial file is left behind
     */
    public void backupTo(Path target) {
        backupTo(target, WorkSteps.NONE);
    }

    private void backupTo(Path target, WorkSteps steps) {
        Path absolute = target.toAbsolutePath();
        java.util.logging.Logger log = LogFile.logger("backup");
        log.info(() -> "backup to " + absolute + " started");
        if (Files.exists(absolute)) {
            throw new StoreException(absolute + " exists already; choose a new file name");
        }
        Path temp = null;
        try {
            if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
                id.payung.store.OwnerOnly.createDirectories(absolute.getParent());
            }
            // A name of its own (owner-only, empty): a file called "X.part" that someone else has is never touched.
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            steps.step(0, 3);
            db.snapshotTo(temp);
            steps.step(1, 3);
            steps.stopIfCancelled();
            DatabaseFile.verify(temp);
            steps.step(2, 3);
            steps.stopIfCancelled();
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            steps.step(3, 3);
            log.info(() -> "backup to " + absolute + " finished");
        } catch (IOException | RuntimeException e) {
            if (id.payung.store.Database.isDiskFull(e)) {
                // The backup folder's disk: said in words, naming it (trial 21b M4), as a write to the database is.
                throw id.payung.store.Database.diskFull(absolute, "backup to " + absolute + " failed", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("backup to " + absolute + " failed: " + e.getMessage(), e);
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // Nothing more to tidy; the real file is either complete or absent.
            }
        }
    }

    /** Backs up when no backup of this database was made today; returns the new file, if any. */
    public Optional<Path> dailyIfDue() {
        String today = prefix() + LocalDate.now(clock) + "-";
        boolean done = list().stream().anyMatch(b -> b.file().getFileName().toString().startsWith(today));
        return done ? Optional.empty() : Optional.of(unrecordedBackup(WorkSteps.NONE));
    }

    /** This database's backups in the folder ({@link #isOwn}), newest first (by the time in their names). */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        java.util.Set<String> manual = manualBackupsIn(folder);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(this::isOwn)
                    .map(p -> backup(p, kindOf(p, manual)))
                    // By the time in the name, whatever the kind: by the name itself every safety copy made before a
                    // restore ("…-sebelum-pulih-…") stood above newer backups (trial 23c).
                    .sorted(Comparator.comparing((Backup b) -> stamp(b.file()))
                            .thenComparing(b -> b.file().getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The time written in a backup's name ("2026-12-07-101010", sortable as text); "" when it has none. */
    private static String stamp(Path file) {
        java.util.regex.Matcher m = NAME_TIME.matcher(file.getFileName().toString());
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    private static final java.util.regex.Pattern NAME_TIME = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}-\\d{6}");

    private void prune() {
        List<Backup> regular = list().stream()
                .filter(b -> b.file().getFileName().toString().substring(prefix().length()).matches(STAMPED))
                .toList();
        for (Backup old : regular.subList(Math.min(keep(), regular.size()), regular.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException ignored) {
                // An old backup that cannot be removed does no harm.
            }
        }
    }

    private static Backup backup(Path p, Kind kind) {
        try {
            return new Backup(p, Files.getLastModifiedTime(p).toInstant(), Files.size(p), kind);
        } catch (IOException e) {
            return new Backup(p, Instant.EPOCH.atZone(ZoneId.systemDefault()).toInstant(), 0, kind);
        }
    }

    private Kind kindOf(Path file, java.util.Set<String> manual) {
        String rest = file.getFileName().toString().substring(prefix().length());
        if (rest.startsWith("sebelum-pulih-") || rest.startsWith("before-restore-")) {
            return Kind.BEFORE_RESTORE;
        }
        if (rest.startsWith("before-upgrade-")) {
            return Kind.BEFORE_UPGRADE;
        }
        return manual.contains(file.getFileName().toString()) ? Kind.MANUAL : Kind.DAILY;
    }

    /**
     * The names of the files in {@code folder} that the audit trail says a user backed up to ({@link #recordBackup});
     * a name's entry without a folder (none such are written) counts too. Empty when the trail cannot be read.
     */
    private java.util.Set<String> manualBackupsIn(Path folder) {
        java.util.Set<String> names = new java.util.HashSet<>();
        Path here = folder.toAbsolutePath().normalize();
        for (id.payung.store.AuditLog.Entry e : db.read(new id.payung.store.AuditLog()::backups)) {
            java.util.Map<String, Object> after = Json.parse(e.afterJson());
            Object name = after.get("file");
            Object in = after.get("folder");
            if (name != null && (in == null || in.toString().isEmpty() || sameFolder(in.toString(), here))) {
                names.add(name.toString());
            }
        }
        return names;
    }

    private static boolean sameFolder(String written, Path here) {
        try {
            return Path.of(written).toAbsolutePath().normalize().equals(here);
        } catch (java.nio.file.InvalidPathException e) {
            return false; // written on another system (a Windows folder read on Linux): not this one
        }
    }
}
