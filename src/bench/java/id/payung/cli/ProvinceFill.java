package id.payung.cli;

import id.payung.domain.ServerAddress;
import id.payung.service.ReferenceService;
import id.payung.service.RegionService;
import id.payung.service.ServerAdministration;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.Database;
import id.payung.store.ProvinceServer;
import id.payung.store.ServerContents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The province bench's setting up, as the database's owner: {@code server init} of the empty database, a clerk's
 * login for every regency and a provincial reader for NTT (passwords made here and kept in memory only), then
 * the persons spread over the regencies, each regency's list imported by the owner under that regency
 * ({@code payung.regency}: the way {@code server import-file} writes a regency's rows). The owner's import is
 * the set-wise one (the summary's per-person triggers off, the batch recounted at its end), so a 2.000.000-person
 * fill takes minutes, and the summary ends as a full recount would make it (the same code keeps it as for any
 * import).
 */
@id.payung.architecture.AllowedToUseStore("the province bench fills 22 regencies as the server's owner, each under "
        + "its own payung.regency (ServerContents.writeFor), which no service offers; bench tooling, not shipped")
final class ProvinceFill {
    /** NTT's province code; its regencies are 53.01–53.21 and the city 53.71. */
    static final String PROVINCE = "53";

    private final ServerAddress owner;
    private final char[] ownerPassword;
    private final PrintWriter log;
    private final Map<String, Login> clerks = new LinkedHashMap<>();
    private Login reader;

    /** A login this bench made: its address and the password generated for it. */
    record Login(ServerAddress address, char[] password) {
    }

    ProvinceFill(ServerAddress owner, PrintWriter log) {
        this.owner = owner;
        this.ownerPassword = ServerAdministration.password(owner);
        this.log = log;
    }

    /** The first {@code n} regencies of NTT in code order (53.01 … 53.21, then Kota Kupang 53.71). */
    static List<String> regencies(int n) {
        List<String> all = id.payung.service.RegionList.provincesAndRegencies().stream()
                .filter(r -> r.level() == id.payung.domain.RegionLevel.REGENCY && r.code().startsWith(PROVINCE + "."))
                .map(id.payung.domain.Region::code).sorted().toList();
        if (n < 1 || n > all.size()) {
            throw new IllegalArgumentException("--regencies must be between 1 and " + all.size());
        }
        return all.subList(0, n);
    }

    /** How many of {@code persons} go to the i-th of {@code regencies} regencies (the first ones take the rest). */
    static long share(long persons, int regencies, int i) {
        return persons / regencies + (i < persons % regencies ? 1 : 0);
    }

    /**
     * {@code server init}, then a clerk for each regency and the provincial reader; returns the seeded office's
     * regency (Manggarai, 53.10).
     */
    String initAndAddLogins(List<String> regencies) {
        ServerAdministration admin = new ServerAdministration(owner);
        String seeded = admin.init();
        String prefix = loginPrefix(owner.database());
        SecureRandom random = new SecureRandom();
        for (String regency : regencies) {
            String login = prefix + "k" + regency.replace(".", "");
            char[] password = password(random);
            admin.addUser(login, regency, null, password.clone()); // hashing wipes the array it is given
            clerks.put(regency, new Login(at(login), password));
        }
        char[] password = password(random);
        String login = prefix + "ntt";
        admin.addUser(login, null, PROVINCE, password.clone());
        reader = new Login(at(login), password);
        return seeded;
    }

    /**
     * For {@code --reuse}: the logins an earlier run made in this database (the same names), each given a new
     * password (the earlier ones were never written down); the schema brought up to date by the owner's opening
     * it, as an office's owner would, then {@code VACUUM (ANALYZE)} (a migration may add what the planner needs
     * statistics of).
     */
    void reuseLogins(List<String> regencies) {
        try (Database db = Database.openServer(owner, ownerPassword)) {
            log.println("  schema of " + db.name() + " up to date");
        }
        String prefix = loginPrefix(owner.database());
        SecureRandom random = new SecureRandom();
        for (String regency : regencies) {
            String login = prefix + "k" + regency.replace(".", "");
            char[] password = password(random);
            ProvinceServer.setPassword(owner, ownerPassword, login, password.clone());
            clerks.put(regency, new Login(at(login), password));
        }
        char[] password = password(random);
        String login = prefix + "ntt";
        ProvinceServer.setPassword(owner, ownerPassword, login, password.clone());
        reader = new Login(at(login), password);
        long vacuum = ProvinceServer.vacuumAnalyze(owner, ownerPassword);
        log.printf(Locale.ROOT, "  VACUUM (ANALYZE): %.1f s%n", vacuum / 1e3);
    }

    Login clerk(String regency) {
        return clerks.get(regency);
    }

    Login reader() {
        return reader;
    }

    /**
     * Imports {@code persons} new people, spread over {@code regencies}, as the owner writing for each regency in
     * turn (lists made in {@code dir} and removed), then vacuums and analyses. Returns the milliseconds it took.
     */
    long fill(List<String> regencies, String seeded, long persons, Path dir) {
        long start = System.nanoTime();
        Clock clock = Clock.systemDefaultZone();
        try (Database db = Database.openServer(owner, ownerPassword)) {
            // The owner reads every regency's rows; an import takes its kecamatan names from the one office
            // regency in meta, so only the regency being filled names itself the office's (see ProvinceServer).
            ServerContents.writeFor(db, seeded);
            ProvinceServer.forgetOfficeRegency(db);
            for (int i = 0; i < regencies.size(); i++) {
                String regency = regencies.get(i);
                long n = share(persons, regencies.size(), i);
                long t0 = System.nanoTime();
                ServerContents.writeFor(db, regency);
                new RegionService(db, "payung-bench").useRegency(regency);
                Path csv = dir.resolve("fill-" + regency + ".csv");
                new ProvinceData(regency).writeCsv(csv, 0, n);
                ImportService imports = new ImportService(db, new ReferenceService(db), clock, "payung-bench",
                        () -> regency.replace(".", ""));
                ImportService.Report r = imports.importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);
                if (r.imported() != n) {
                    throw new IllegalStateException("the fill of " + regency + " imported " + r.imported() + " of " + n
                            + " rows (rejected " + r.rejected() + ", duplicates " + r.duplicates() + ")");
                }
                ProvinceServer.forgetOfficeRegency(db);
                delete(csv);
                double s = (System.nanoTime() - t0) / 1e9;
                log.printf(Locale.ROOT, "  %s: %,d persons in %.1f s (%,.0f a second)%n", regency, n, s, n / s);
                log.flush();
            }
            // Each regency its office regency again, so its clerk's settings, NIK prefix and kecamatan are its own.
            Set<String> offices = new LinkedHashSet<>(regencies);
            offices.add(seeded);
            for (String regency : offices) {
                ServerContents.writeFor(db, regency);
                new RegionService(db, "payung-bench").useRegency(regency);
            }
        }
        long vacuum = ProvinceServer.vacuumAnalyze(owner, ownerPassword);
        log.printf(Locale.ROOT, "  VACUUM (ANALYZE): %.1f s%n", vacuum / 1e3);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private ServerAddress at(String login) {
        return new ServerAddress(login, owner.host(), owner.port(), owner.database(), owner.sslMode());
    }

    /**
     * Logins are the server's, not the database's: they start with the database's name (as the group roles
     * {@code <database>_clerk} do), in the letters a login may have.
     */
    static String loginPrefix(String database) {
        String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "p" + name;
        }
        return (name.length() > 40 ? name.substring(0, 40) : name) + "_";
    }

    private static char[] password(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
