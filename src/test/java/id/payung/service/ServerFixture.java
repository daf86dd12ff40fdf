package id.payung.service;

import id.payung.domain.ServerAddress;
import id.payung.store.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A test class's database on the test server set up as an office's administrator sets one up (docs/SERVER.md):
 * an owner login that is not a superuser (the superuser would pass every row-level security policy) but may
 * create roles, owning the database; {@link #admin()} works as that owner, its password in PGPASSWORD.
 * Logins added through {@link #addUser} are named after the database (roles are the server's, shared by the
 * test classes) and dropped by {@link #dropLogins()}, with the group roles, before the database goes.
 *
 * <p>The tests across regencies take it from {@link AcrossRegencies}: initialised, with a provincial reader and the
 * clerks of two regencies.
 */
final class ServerFixture {
    static final String OWNER_PASSWORD = "rahasia-pemilik";
    /** A kecamatan named as Manggarai's Satar Mese (53.10.05), in Manggarai Barat: {@link #seedSatarMeseInBothRegencies}. */
    static final String SATAR_MESE_MB = "53.15.90";
    final PostgresDatabase db;
    final String owner;
    private final List<String> logins = new ArrayList<>();
    /** The logins {@link #ntt()}, {@link #siti()} and {@link #yosef()} made, by their short names. */
    private final Map<String, String> named = new HashMap<>();
    /** What {@code server init} answered ({@link AcrossRegencies}); null where the test runs it itself. */
    private String initialised;

    ServerFixture(PostgresDatabase db) throws SQLException {
        this.db = db;
        this.owner = db.createLogin("owner", OWNER_PASSWORD);
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + PostgresDatabase.identifier(owner) + " CREATEROLE");
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " OWNER TO " + PostgresDatabase.identifier(owner));
        }
    }

    /**
     * A test class's server for the tests across regencies (docs/SERVER.md): the owner's {@code server init} done, then
     * the logins {@link #ntt()}, {@link #siti()}, {@link #yosef()} added, in that order. Ask for a
     * {@link ServerFixture} as a parameter (constructor, {@code @BeforeAll} of a per-class test, or a test) under
     * {@code @ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})}, in that order: the logins are
     * dropped after the class, before PostgresServer drops its database.
     */
    static final class AcrossRegencies implements ParameterResolver, AfterAllCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AcrossRegencies.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ServerFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // One per test class, as PostgresServer's database is.
            ExtensionContext classContext = context;
            while (classContext.getTestMethod().isPresent()) {
                classContext = classContext.getParent().orElseThrow();
            }
            return classContext.getStore(NS).getOrComputeIfAbsent(context.getRequiredTestClass(), k -> {
                try {
                    ServerFixture server = new ServerFixture(id.payung.store.PostgresServer.database(context));
                    server.initialised = server.admin().init();
                    server.ntt();
                    server.siti();
                    server.yosef();
                    return server;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, ServerFixture.class);
        }

        @Override
        public void afterAll(ExtensionContext context) throws SQLException {
            ServerFixture server = context.getStore(NS).remove(context.getRequiredTestClass(), ServerFixture.class);
            if (server != null) {
                server.dropLogins();
            }
        }
    }

    /** What {@code server init} answered: the regency it set up. */
    String initialised() {
        return initialised;
    }

    /** The provincial reader of Nusa Tenggara Timur (53), made on first use; its full login name. */
    String ntt() {
        return named.computeIfAbsent("ntt", n -> addUser(n, null, "53"));
    }

    /** A clerk of Kabupaten Manggarai (53.10), made on first use; its full login name. */
    String siti() {
        return named.computeIfAbsent("siti", n -> addUser(n, "53.10", null));
    }

    /** A clerk of Kabupaten Manggarai Barat (53.15), made on first use; its full login name. */
    String yosef() {
        return named.computeIfAbsent("yosef", n -> addUser(n, "53.15", null));
    }

    /**
     * Satar Mese, a kecamatan of two regencies (trial 19): Manggarai Barat and a kecamatan of that name put in it
     * ({@link #SATAR_MESE_MB}, desa Golo Ndoal), then Maria Jelita enrolled in Manggarai's Satar Mese by
     * {@link #siti()} and Kornelis Jehadu in Manggarai Barat's by {@link #yosef()}.
     */
    void seedSatarMeseInBothRegencies() throws SQLException {
        try (Connection c = ownerConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO region (code, name, level, parent_code) VALUES"
                    + " ('53.15', 'Kabupaten Manggarai Barat', 'REGENCY', '53') ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO region (code, name, level, parent_code) VALUES ('" + SATAR_MESE_MB
                    + "', 'Satar Mese', 'KECAMATAN', '53.15'), ('" + SATAR_MESE_MB + ".2001', 'Golo Ndoal', 'DESA', '"
                    + SATAR_MESE_MB + "')");
        }
        try (id.payung.service.facade.PayungServices s = services(siti())) {
            s.enrollments().enrol(ojekIn("5310055204850001", "Maria Jelita", "53.10.05.2003"));
        }
        try (id.payung.service.facade.PayungServices s = services(yosef())) {
            s.enrollments().enrol(ojekIn("5315011204850002", "Kornelis Jehadu", SATAR_MESE_MB + ".2001"));
        }
    }

    /** The NIK of {@link #aloysiusList}'s one row. */
    static final String ALOYSIUS = "5310012304870001";

    /**
     * A clerk's list of one row, {@code file} in {@code dir}: NIK {@link #ALOYSIUS} under {@code fullName}, of Wae Rii, on
     * APBD Kabupaten Manggarai from 01/2026 for 12 months, the columns named as a regency's template names them.
     */
    static java.nio.file.Path aloysiusList(java.nio.file.Path dir, String file, String fullName)
            throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(file), "NIK;Nama Lengkap;Jenis Kelamin;"
                + "Tanggal Lahir;Kecamatan;Pekerjaan;No HP;Sumber Dana;Mulai;Jumlah Bulan\n"
                + ALOYSIUS + ";" + fullName + ";L;23/04/1987;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n",
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An ojek driver of {@code desa}, on APBD-PROV-NTT from 01/2026. */
    private static id.payung.domain.EnrollmentForm ojekIn(String nik, String name, String desa) {
        id.payung.domain.EnrollmentForm f = TestData.form(nik, name, "APBD-PROV-NTT", YearMonth.of(2026, 1), null);
        return new id.payung.domain.EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(),
                f.address(), desa, "OJEK", f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(),
                f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes());
    }

    /** The owner's address. */
    ServerAddress ownerAddress() {
        return address(owner);
    }

    ServerAddress address(String login) {
        return ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/" + db.name());
    }

    /** The administrator's work as the owner, the password from PGPASSWORD as libpq would take it. */
    ServerAdministration admin() {
        return new ServerAdministration(ownerAddress(), Map.of("PGPASSWORD", OWNER_PASSWORD));
    }

    /** Adds a login through {@code server add-user}'s service; returns its full name. */
    String addUser(String name, String regency, String province) {
        String login = db.name() + "_" + name;
        admin().addUser(login, regency, province, ("sandi-" + name).toCharArray());
        logins.add(login);
        return login;
    }

    /** A connection as a login made by {@link #addUser}, with its password, over SCRAM. */
    Connection connect(String login) throws SQLException {
        return db.connect(login, password(login));
    }

    /** Payung's services as a login made by {@link #addUser}, with its password, as the window opens them. */
    id.payung.service.facade.PayungServices services(String login) {
        return id.payung.service.facade.PayungServices.openServer(address(login), password(login).toCharArray(), TestData.CLOCK);
    }

    private String password(String login) {
        return "sandi-" + login.substring(db.name().length() + 1);
    }

    /** A connection as the owner (not the superuser: policies hold it). */
    Connection ownerConnection() throws SQLException {
        return db.connect(owner, OWNER_PASSWORD);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Drops the logins and the database's group roles (they hold privileges in it, so first DROP OWNED). */
    void dropLogins() throws SQLException {
        List<String> roles = new ArrayList<>(logins);
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            boolean payung;
            try (ResultSet r = s.executeQuery("SELECT to_regproc('payung_group_role') IS NOT NULL")) {
                payung = r.next() && r.getBoolean(1);
            }
            if (payung) {
                try (ResultSet r = s.executeQuery("SELECT payung_group_role('clerk'), payung_group_role('province')")) {
                    r.next();
                    roles.add(r.getString(1));
                    roles.add(r.getString(2));
                }
                // The provinces' reader roles (V6: <db>_province_53, made with a province's first reader).
                try (ResultSet r = s.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE "
                        + "replace(payung_group_role('province'), '_', '\\_') || '\\_%' ORDER BY 1")) {
                    while (r.next()) {
                        roles.add(r.getString(1));
                    }
                }
            }
            for (String role : roles) {
                try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + PostgresDatabase.literal(role))) {
                    if (!r.next()) {
                        continue;
                    }
                }
                s.execute("DROP OWNED BY " + PostgresDatabase.identifier(role));
                s.execute("DROP ROLE " + PostgresDatabase.identifier(role));
            }
        }
    }
}
