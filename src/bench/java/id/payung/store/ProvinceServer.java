package id.payung.store;

import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The few things the province bench ({@code payung-bench.jar province}) does to a server as its owner that no
 * service offers, because only a bench filling 22 regencies at once needs them.
 */
public final class ProvinceServer {
    private ProvinceServer() {
    }

    /**
     * Forgets the office regency of the regency the owner's session names ({@code meta.office_regency}; row-level
     * security lets the owner delete only that regency's row). Why: the owner reads every regency's rows, and an
     * import reads its kecamatan names from "the" office regency's list ({@code RegionRepository.local}), so while
     * the owner fills regency after regency, only the one being filled may name itself the office's.
     */
    public static void forgetOfficeRegency(Database db) {
        db.write(tx -> tx.update("DELETE FROM meta WHERE key = 'office_regency'"));
    }

    /**
     * {@code VACUUM (ANALYZE)} of the whole database as its owner, as autovacuum would do within minutes of a
     * bulk load: the planner's statistics and the visibility map then describe the 2.000.000 rows, not the empty
     * tables the fill started from. Returns the milliseconds it took.
     */
    public static long vacuumAnalyze(ServerAddress owner, char[] password) {
        long start = System.nanoTime();
        try (Connection c = ServerConnection.open(owner, password)) {
            c.setAutoCommit(true); // VACUUM runs outside a transaction only
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM (ANALYZE)");
            }
        } catch (SQLException e) {
            throw Sql.failure("VACUUM (ANALYZE) failed", e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Gives an existing login a new password (SCRAM-SHA-256, hashed here as {@code server add-user} does), as the
     * owner that made it: the bench's {@code --reuse} of a database an earlier run filled, whose logins' random
     * passwords were kept in that run's memory only.
     */
    public static void setPassword(ServerAddress owner, char[] ownerPassword, String login, char[] password) {
        try (Connection c = ServerConnection.open(owner, ownerPassword)) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER ROLE " + Logins.identifier(login) + " PASSWORD "
                        + Logins.literal(org.postgresql.util.PasswordUtil.encodeScramSha256(password)));
            }
        } catch (SQLException e) {
            throw Sql.failure("could not set the password of " + login, e);
        }
    }
}
