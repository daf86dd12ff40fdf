package id.payung.service;

import id.payung.domain.ServerAddress;
import id.payung.store.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test class's database on the test server set up as an office's administrator sets one up (docs/SERVER.md):
 * an owner login that is not a superuser (the superuser would pass every row-level security policy) but may
 * create roles, owning the database; {@link #admin()} works as that owner, its password in PGPASSWORD.
 * Logins added through {@link #addUser} are named after the database (roles are the server's, shared by the
 * test classes) and dropped by {@link #dropLogins()}, with the group roles, before the database goes.
 */
final class ServerFixture {
    static final String OWNER_PASSWORD = "rahasia-pemilik";
    final PostgresDatabase db;
    final String owner;
    private final List<String> logins = new ArrayList<>();

    ServerFixture(PostgresDatabase db) throws SQLException {
        this.db = db;
        this.owner = db.createLogin("owner", OWNER_PASSWORD);
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + PostgresDatabase.identifier(owner) + " CREATEROLE");
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " OWNER TO " + PostgresDatabase.identifier(owner));
        }
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
