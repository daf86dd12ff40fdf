package id.payung.service;

import id.payung.domain.Formats;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.ServerAddress;
import id.payung.store.Database;
import id.payung.store.Logins;
import id.payung.store.OfficeTransfer;
import id.payung.store.ServerContents;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The administrator's work on a PostgreSQL server ({@code payung server …}), done as the database's owner:
 * making Payung's schema in an empty database, adding clerks' and provincial readers' logins, moving an
 * office's file onto the server. The owner's password comes by libpq's conventions ({@link ServerPassword});
 * a new login's password is handed in by the caller (read from standard input), hashed before it leaves
 * this process, and never kept. Every refusal is a {@link ServerAddress.Refused}: a sentence in both
 * languages (bundle keys {@code server.…}), nothing written.
 */
public final class ServerAdministration {
    /** A login name PostgreSQL takes without quoting, as a clerk types it into psql or a password file. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final ServerAddress owner;
    private final Map<String, String> env;

    /** The administrator's work on the database {@code owner} names, logged in as its owner. */
    public ServerAdministration(ServerAddress owner) {
        this(owner, System.getenv());
    }

    /** The same with the environment the owner's password is looked up in ({@code PGPASSWORD}, {@code PGPASSFILE}). */
    ServerAdministration(ServerAddress owner, Map<String, String> env) {
        this.owner = owner;
        this.env = Map.copyOf(env);
    }

    /** The server address the user chose ({@code --db} or {@code PAYUNG_DB}); a file is refused. */
    public static ServerAddress chosen(String db) {
        DatabaseChoice choice = DatabaseChoice.of(db);
        if (choice instanceof DatabaseChoice.Server s) {
            return s.address();
        }
        throw new ServerAddress.Refused("server.command.needsServer", String.valueOf(choice.file()));
    }

    /**
     * The owner's password by libpq's conventions, or null when none is set (a server that trusts this
     * computer needs none; one that asks is refused with where to put it).
     *
     * @throws ServerAddress.Refused when the password file was passed over (open to others, unreadable)
     */
    char[] ownerPassword() {
        return password(owner, env);
    }

    /**
     * A login's password by libpq's conventions ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code ~/.pgpass}) in
     * this process's environment, or null when none is given (the server then refuses the login in a sentence).
     *
     * @throws ServerAddress.Refused when the password file was passed over (open to others, unreadable)
     */
    public static char[] password(ServerAddress login) {
        return password(login, System.getenv());
    }

    /** A login's password by libpq's conventions in {@code env}, or null (see {@link #ownerPassword()}). */
    public static char[] password(ServerAddress login, Map<String, String> env) {
        ServerPassword.Lookup found = ServerPassword.find(login, env, System.getProperty("os.name"),
                System.getProperty("user.home"));
        if (found.password() != null) {
            return found.password().toCharArray();
        }
        if (found.ignored() != ServerPassword.Ignored.NONE) {
            throw new ServerAddress.Refused(found.ignored().key(), String.valueOf(found.file()));
        }
        return null;
    }

    /**
     * Makes Payung's schema, tenancy and the shipped data in an empty database: the regions, funders and rate
     * rules, and the seeded office's (Manggarai's) cohorts and events as that regency's rows. Other regencies
     * get theirs with their first clerk ({@link #addUser}).
     *
     * @return the regency the seeded office's rows belong to
     * @throws ServerAddress.Refused when the database holds anything, or the login is not its owner with
     *                               CREATEROLE (nothing is written then)
     */
    public String init() {
        char[] password = ownerPassword();
        ServerContents.Contents found = ServerContents.contents(owner, password);
        if (found.payungVersion() > 0) {
            throw new ServerAddress.Refused("server.init.payung", owner.toString(), String.valueOf(found.payungVersion()));
        }
        if (!found.isEmpty()) {
            throw new ServerAddress.Refused("server.init.notEmpty", owner.toString(), Formats.count(found.count()),
                    String.join(", ", found.objects()));
        }
        if (!found.mayCreateRoles() || !found.mayCreateTables()) {
            throw new ServerAddress.Refused("server.init.notOwner", owner.toString(), owner.user());
        }
        String regency = SeedLoader.officeRegency();
        try (Database db = Database.openServer(owner, password)) {
            ServerContents.writeFor(db, regency);
            new SeedLoader(db, owner.user(), regency).load();
        }
        return regency;
    }

    /**
     * Adds a login: a clerk of {@code regency}, or (regency null) a provincial reader of {@code province}. A
     * regency's first clerk also sets the regency up as a new file is (SeedLoader, for that regency): its
     * kecamatan and desa, its own APBD and APBDes funders and the province's, its settings' regency; no
     * cohorts or events but the seeded office's own (Manggarai's, seeded by {@link #init}). A regency set up
     * already (by init, an earlier clerk, or import-file) is left as it is: what its clerks deleted stays deleted.
     *
     * @throws ServerAddress.Refused for a name PostgreSQL would need quoted, a code that is not a regency or
     *                               province of the shipped region list, an empty password, a login that exists
     */
    public void addUser(String login, String regency, String province, char[] password) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new ServerAddress.Refused("server.user.name", String.valueOf(login));
        }
        if ((regency == null) == (province == null)) {
            throw new ServerAddress.Refused("server.user.scope");
        }
        if (regency != null) {
            regency(regency);
        } else if (RegionList.provincesAndRegencies().stream()
                .noneMatch(r -> r.level() == RegionLevel.PROVINCE && r.code().equals(province))) {
            throw new ServerAddress.Refused("server.user.notProvince", province);
        }
        if (password == null || password.length == 0) {
            throw new ServerAddress.Refused("server.user.noPassword", login);
        }
        char[] ownerPassword = ownerPassword();
        Logins.create(owner, ownerPassword, login, regency, province, password);
        if (regency != null) {
            try (Database db = Database.openServer(owner, ownerPassword)) {
                if (!ServerContents.seeded(db, regency)) {
                    ServerContents.writeFor(db, regency);
                    new SeedLoader(db, owner.user(), regency).load();
                }
            }
        }
    }

    /**
     * Gives a clerk's or provincial reader's login a new password (a forgotten one), as {@link #addUser} takes it: from
     * the caller (standard input), hashed before it leaves this process, never kept. Only the database's owner may
     * (as add-user); the owner's own login is refused.
     *
     * @return whether the login may log in (false: it is switched off, {@link #disableUser}, and stays so)
     * @throws ServerAddress.Refused for a name that is no login, an empty password, a login that is not Payung's or
     *                               is the owner's, a caller who is not the owner
     */
    public boolean setPassword(String login, char[] password) {
        checkName(login);
        if (password == null || password.length == 0) {
            throw new ServerAddress.Refused("server.user.noPassword", login);
        }
        return Logins.setPassword(owner, ownerPassword(), login, password);
    }

    /**
     * Stops a login logging in (a clerk who left): PostgreSQL's NOLOGIN. Its rows and audit entries stay, and
     * {@link #enableUser} lets it in again. A session open at that moment is not ended.
     *
     * @return whether it changed anything (false: it was switched off already)
     * @throws ServerAddress.Refused as {@link #setPassword}
     */
    public boolean disableUser(String login) {
        checkName(login);
        return Logins.setCanLogin(owner, ownerPassword(), login, false);
    }

    /**
     * Lets a login switched off by {@link #disableUser} log in again, with the password it had.
     *
     * @return whether it changed anything (false: it could log in already)
     * @throws ServerAddress.Refused as {@link #setPassword}
     */
    public boolean enableUser(String login) {
        checkName(login);
        return Logins.setCanLogin(owner, ownerPassword(), login, true);
    }

    private static void checkName(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new ServerAddress.Refused("server.user.name", String.valueOf(login));
        }
    }

    /**
     * The seeded office's (Manggarai's) opening data in an office file that is another regency's: a file made
     * for it by a Payung that seeded every file with Manggarai's cohorts and events (trial 14 F1). Moved as they
     * are, they count as that regency's on the server; {@code server import-file} says so. Nothing for the
     * seeded office's own regency.
     */
    public SeedLoader.OpeningRows seededOfficeRows(Path file, String regency) {
        if (SeedLoader.officeRegency().equals(regency)) {
            return new SeedLoader.OpeningRows(0, 0, 0);
        }
        try (Database office = Database.openReadOnly(file)) {
            return seededOfficeRows(office, regency);
        }
    }

    private static SeedLoader.OpeningRows seededOfficeRows(Database office, String regency) {
        return SeedLoader.officeRegency().equals(regency) ? new SeedLoader.OpeningRows(0, 0, 0)
                : SeedLoader.openingRowsIn(office);
    }

    /**
     * Enrollments of a file's funder that does not pay in the regency the file moves to: its code, name and region,
     * how many (not deleted), and a few of its people (NIK masked, {@link id.payung.domain.Nik#mask}, then the name).
     */
    public record OtherRegionsBudget(String code, String name, String regionCode, long enrollments,
                                     List<String> somePeople) {
        public OtherRegionsBudget {
            somePeople = List.copyOf(somePeople);
        }
    }

    /** How many people {@link #otherRegionsBudgets} names per funder. */
    static final int PEOPLE_NAMED = 3;

    /**
     * The enrollments of an office file paid by another region's budget: a funder that does not pay in
     * {@code regency} ({@link ReferenceService#otherRegionsBudget}, the rule the form, the save and an import ask). A
     * file moved as it is keeps them, but they count as the regency's under a budget that does not pay there (a file
     * made for Manggarai and moved as another regency's, or recorded before the rule); {@code server import-file} says
     * so. Empty when there are none. By funder code.
     */
    public List<OtherRegionsBudget> otherRegionsBudgets(Path file, String regency) {
        try (Database office = Database.openReadOnly(file)) {
            return otherRegionsBudgets(office, regency);
        }
    }

    private static List<OtherRegionsBudget> otherRegionsBudgets(Database office, String regency) {
        id.payung.store.EnrollmentRepository enrollments = new id.payung.store.EnrollmentRepository();
        return office.read(tx -> {
            List<OtherRegionsBudget> found = new ArrayList<>();
            enrollments.liveCountsByFunder(tx).forEach((code, n) -> ReferenceService.otherRegionsBudget(tx, code, regency)
                    .ifPresent(problem -> found.add(new OtherRegionsBudget(code, problem.args().get(0),
                            problem.args().get(2), n, enrollments.someEnrolledBy(tx, code, PEOPLE_NAMED)
                            .stream().map(p -> id.payung.domain.Nik.mask(p.nik()) + " " + p.name()).toList()))));
            return found;
        });
    }

    /** The keys of a province office's settings ({@link #provinceSettings}), as the office's own in meta. */
    public static final java.util.List<String> PROVINCE_KEYS = java.util.List.of("office_name", "office_place",
            "office_address", "head_name", "head_title", "head_nip");

    /**
     * Stores the settings of a province's own office, which head and sign the year report its provincial readers print
     * (a reader writes nothing, so the owner keeps them): {@code values} by {@link #PROVINCE_KEYS} key; a blank value
     * removes that setting, a key not given is left as it was. One transaction.
     *
     * @throws ServerAddress.Refused     for a code that is not a province of the shipped region list
     * @throws IllegalArgumentException for another key, or a head's NIP that is no NIP
     */
    public void provinceSettings(String province, Map<String, String> values) {
        if (RegionList.provincesAndRegencies().stream()
                .noneMatch(r -> r.level() == RegionLevel.PROVINCE && r.code().equals(province))) {
            throw new ServerAddress.Refused("server.user.notProvince", province);
        }
        for (String key : values.keySet()) {
            if (!PROVINCE_KEYS.contains(key)) {
                throw new IllegalArgumentException("not a province setting: " + key + " (one of " + PROVINCE_KEYS + ")");
            }
        }
        String nip = values.get("head_nip");
        if (nip != null && !nip.isBlank() && id.payung.domain.Nip.check(nip, id.payung.domain.FormProblem.Field.HEAD_NIP)
                .isPresent()) {
            throw new IllegalArgumentException("not a NIP (18 digits, birth date, start month, sex, serial): " + nip);
        }
        try (Database db = Database.openServer(owner, ownerPassword())) {
            id.payung.store.MetaRepository meta = new id.payung.store.MetaRepository();
            db.write(tx -> {
                new java.util.TreeMap<>(values).forEach((k, v) -> meta.putProvince(tx, province,
                        k, "head_nip".equals(k) && v != null && !v.isBlank() ? id.payung.domain.Nip.normalized(v) : v));
                return null;
            });
        }
    }

    /**
     * Moves an office's Payung file onto the server as {@code regency}'s data, all or nothing.
     *
     * @return rows written per table
     * @throws ServerAddress.Refused when a NIK of the file is enrolled by another regency for an overlapping
     *                               period (every one named), the regency holds data already, the file is
     *                               another regency's or is not a Payung file this version opens
     */
    public Map<String, Integer> importFile(Path file, String regency) {
        return moveFile(file, regency).written();
    }

    /**
     * What {@link #moveFile} did and what the moved file holds for its administrator to check: Manggarai's seeded
     * opening rows ({@link #seededOfficeRows}) and enrollments under another region's budget
     * ({@link #otherRegionsBudgets}); when those could not be read, both are null and {@code notChecked} says why.
     */
    public record Moved(Map<String, Integer> written, SeedLoader.OpeningRows seeded, List<OtherRegionsBudget> otherBudgets,
                        RuntimeException notChecked) {
    }

    /**
     * {@link #importFile}, then what the file holds that its administrator should check, read from the file still
     * open for the move: reopening it afterwards could fail (the file moved, replaced, taken by a restore) and turned
     * a move that had succeeded into a failure. The checks are advice, read after the commit: a failure to read them
     * is returned in {@link Moved#notChecked}, never thrown, since the move stands.
     *
     * @throws ServerAddress.Refused as {@link #importFile}: nothing was moved
     */
    public Moved moveFile(Path file, String regency) {
        regency(regency);
        char[] password = ownerPassword();
        Database office = Database.openReadOnly(file);
        Map<String, Integer> written;
        try {
            written = OfficeTransfer.move(office, owner, password, regency);
        } catch (OfficeTransfer.OverlapsRefused e) {
            office.close();
            List<String> named = new ArrayList<>();
            for (OfficeTransfer.Overlap o : e.overlaps()) {
                named.add(Masked.niks(o.nik()) + " " + o.name() + " (" + months(o.firstMonth(), o.lastMonth()) + "; "
                        + o.otherRegency() + ": " + months(o.otherFirstMonth(), o.otherLastMonth()) + ")");
            }
            throw new ServerAddress.Refused("server.import.overlap", Formats.count(e.overlaps().size()), regency,
                    String.join("; ", named));
        } catch (RuntimeException | Error e) {
            office.close();
            throw e;
        }
        try {
            return new Moved(written, seededOfficeRows(office, regency), otherRegionsBudgets(office, regency), null);
        } catch (RuntimeException e) {
            return new Moved(written, null, null, e);
        } finally {
            try {
                office.close();
            } catch (RuntimeException e) {
                // Only read: nothing of the file's is lost, and the move is committed on the server.
                LogFile.logger("server").log(java.util.logging.Level.WARNING,
                        "closing " + file + " after moving it", e);
            }
        }
    }

    private static String months(String first, String last) {
        return Formats.month(YearMonth.parse(first)) + "–" + (last == null ? "…" : Formats.month(YearMonth.parse(last)));
    }

    /** The shipped list's regency, or a refusal naming the code. */
    private static Region regency(String code) {
        return RegionList.regency(code).orElseThrow(() -> new ServerAddress.Refused("server.user.notRegency",
                String.valueOf(code)));
    }
}
