package id.payung.store;

import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.util.PasswordUtil;

/**
 * The server's logins for Payung: a clerk of one regency or a provincial reader, each a PostgreSQL role of
 * its own (so the server, not the client, says who did what), a member of the database's group role
 * ({@code <db>_clerk} or {@code <db>_province}, made by {@code db/postgresql/V2__tenancy.sql}, which
 * {@code payung_group_role()} names), and a row in
 * {@code payung_login} that ties it to its regency or province; a provincial reader is also a member of its
 * province's role ({@code payung_province_role()}, V6), whose policies say which rows it reads. Made by the
 * database's owner, who needs
 * PostgreSQL's {@code CREATEROLE}.
 */
public final class Logins {
    private Logins() {
    }

    /**
     * Creates the login in one transaction: the role (SCRAM-SHA-256 password, hashed here, so the password
     * itself never reaches the server's statement log), its group, its {@code payung_login} row.
     *
     * @param regency  the clerk's regency code, or null for a provincial reader
     * @param province the reader's province code, or null for a clerk
     * @throws ServerAddress.Refused when the login exists already, the database holds no Payung schema, or
     *                               the owner may not create roles (with the reason)
     */
    public static void create(ServerAddress owner, char[] ownerPassword, String login, String regency, String province,
            char[] password) {
        ServerConnection.inTransaction(owner, ownerPassword, "server.user.notAllowed", c -> {
            if (!exists(c, "SELECT 1 FROM pg_proc WHERE proname = 'payung_group_role'")) {
                throw new ServerAddress.Refused("server.notPayung", owner.toString());
            }
            String group = groupRole(c, regency != null ? "clerk" : "province");
            if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", login)) {
                throw new ServerAddress.Refused("server.user.exists", login);
            }
            try (Statement s = c.createStatement()) {
                // Identifiers and the verifier cannot be bound parameters in DDL: quoted, from checked text.
                s.execute("CREATE ROLE " + identifier(login) + " LOGIN PASSWORD "
                        + literal(PasswordUtil.encodeScramSha256(password)));
                s.execute("GRANT " + identifier(group) + " TO " + identifier(login));
            }
            if (province != null && exists(c, "SELECT 1 FROM pg_proc WHERE proname = 'payung_province_role'")) {
                // Which rows a reader reads: its province's role (schema version 6), whose policies name the
                // province's regencies as literal bounds the planner can count; made with the first reader.
                // (A schema older than 6 has none: its migration grants the role to the readers it finds.)
                try (Statement s = c.createStatement()) {
                    s.execute("GRANT " + identifier(provinceRole(c, province)) + " TO " + identifier(login));
                }
            }
            if (province != null) {
                // A reader's reads are a province's aggregates over thousands of summary rows, each asked with
                // its own year and filters: planned for those values, not once for any (pgjdbc prepares a
                // statement on the server from its fifth use; the plan for any values guessed a few dozen rows
                // and sorted and looped where it should hash: twice the time). Planning costs well under a
                // millisecond a read; a reader writes nothing, whose many small statements it would slow.
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER ROLE " + identifier(login) + " IN DATABASE " + identifier(owner.database())
                            + " SET plan_cache_mode = force_custom_plan");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO payung_login (login, regency_code, province_code) VALUES (?, ?, ?)")) {
                ps.setString(1, login);
                ps.setString(2, regency);
                ps.setString(3, province);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Gives a login of Payung's ({@code payung_login}) a new password (SCRAM-SHA-256, hashed here as {@link #create}
     * does), as the database's owner. The login's rows and audit entries stay as they are.
     *
     * @return whether the login may log in (false: switched off by {@link #setCanLogin}, and still so)
     * @throws ServerAddress.Refused as {@link #setCanLogin}
     */
    public static boolean setPassword(ServerAddress owner, char[] ownerPassword, String login, char[] password) {
        return change(owner, ownerPassword, login, (c, canLogin) -> {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER ROLE " + identifier(login) + " PASSWORD "
                        + literal(PasswordUtil.encodeScramSha256(password)));
            }
            return canLogin;
        });
    }

    /**
     * Lets a login of Payung's log in again ({@code ALTER ROLE … LOGIN}) or stops it ({@code NOLOGIN}), as the
     * database's owner: a clerk who left keeps every row and audit entry made under the login, only logging in is
     * refused. Sessions open at that moment are not ended (PostgreSQL checks at login).
     *
     * @return whether it changed anything (false: the login was so already)
     * @throws ServerAddress.Refused when the database holds no Payung schema, the caller may not manage logins (a
     *                               clerk's or reader's login), the login is the owner's own or no login of Payung's
     */
    public static boolean setCanLogin(ServerAddress owner, char[] ownerPassword, String login, boolean canLogin) {
        return change(owner, ownerPassword, login, (c, could) -> {
            if (could == canLogin) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER ROLE " + identifier(login) + (canLogin ? " LOGIN" : " NOLOGIN"));
            }
            return true;
        });
    }

    private interface Change {
        boolean apply(Connection c, boolean canLogin) throws SQLException;
    }

    /** The checks of {@link #setCanLogin}, then {@code change} with whether the login may log in now; one transaction. */
    private static boolean change(ServerAddress owner, char[] ownerPassword, String login, Change change) {
        return ServerConnection.inTransaction(owner, ownerPassword, "server.user.notAllowedChange", c -> {
            if (!exists(c, "SELECT 1 FROM pg_proc WHERE proname = 'payung_group_role'")) {
                throw new ServerAddress.Refused("server.notPayung", owner.toString());
            }
            // As add-user: the owner, who made the logins (CREATEROLE), not a clerk changing its own or others'.
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)")) {
                throw new ServerAddress.Refused("server.user.notAllowedChange", owner.user());
            }
            if (login.equals(owner.user()) || exists(c, "SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                    + " WHERE d.datname = current_database() AND r.rolname = ?", login)) {
                throw new ServerAddress.Refused("server.user.owner", login);
            }
            if (!exists(c, "SELECT 1 FROM payung_login WHERE login = ?", login)
                    || !exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", login)) {
                throw new ServerAddress.Refused("server.user.unknown", login, owner.toString());
            }
            boolean canLogin = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin", login);
            return change.apply(c, canLogin);
        });
    }

    /** The database's group role of clerks ({@code clerk}) or provincial readers ({@code province}), as V2 made it. */
    private static String groupRole(Connection c, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT payung_group_role(?)")) {
            ps.setString(1, kind);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** The group role of the province's readers, with its policies, made when this is the first reader of it. */
    private static String provinceRole(Connection c, String province) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT payung_province_role(?)")) {
            ps.setString(1, province);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A PostgreSQL identifier in double quotes. */
    static String identifier(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A PostgreSQL string literal (standard_conforming_strings is on by default). */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
