package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server starts on this machine by itself, and PostgreSQL does what issue 18's tenancy rests on:
 * each clerk logs in as their own role, row-level security keeps a regency's rows to its clerks (and lets
 * the province read all), and the audit's "who" is {@code current_user}, taken by the server.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresServerTest {
    private PostgresDatabase db;
    private String manggarai;
    private String mabar;
    private String province;

    @BeforeAll
    void schema(PostgresDatabase db) throws SQLException {
        this.db = db;
        manggarai = db.createLogin("siti", "rahasia-siti");
        mabar = db.createLogin("yosef", "rahasia-yosef");
        province = db.createLogin("ntt", "rahasia-ntt");
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE clerk (login name PRIMARY KEY, regency_code text, province_code text)");
            s.execute("CREATE TABLE enrollment (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " regency_code text NOT NULL, nik text NOT NULL, entered_by name NOT NULL DEFAULT current_user)");
            // The "who" is the server's: whatever a client sends, the row says who was logged in.
            s.execute("CREATE FUNCTION stamp_who() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN NEW.entered_by := current_user; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER enrollment_who BEFORE INSERT OR UPDATE ON enrollment"
                    + " FOR EACH ROW EXECUTE FUNCTION stamp_who()");
            s.execute("ALTER TABLE enrollment ENABLE ROW LEVEL SECURITY");
            s.execute("ALTER TABLE enrollment FORCE ROW LEVEL SECURITY");
            // A regency's clerk: read and write the regency's rows. The province: read its regencies' rows.
            s.execute("CREATE POLICY regency_rows ON enrollment"
                    + " USING (regency_code = (SELECT regency_code FROM clerk WHERE login = current_user)"
                    + "     OR left(regency_code, 2) = (SELECT province_code FROM clerk WHERE login = current_user))"
                    + " WITH CHECK (regency_code = (SELECT regency_code FROM clerk WHERE login = current_user))");
            for (String role : List.of(manggarai, mabar, province)) {
                s.execute("GRANT SELECT ON clerk TO " + PostgresDatabase.identifier(role));
                s.execute("GRANT SELECT, INSERT, UPDATE ON enrollment TO " + PostgresDatabase.identifier(role));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO clerk VALUES (?, ?, ?)")) {
                for (String[] row : new String[][] {{manggarai, "53.10", null}, {mabar, "53.15", null}, {province, null, "53"}}) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.setString(3, row[2]);
                    ps.executeUpdate();
                }
            }
        }
    }

    @Test
    void theServerIsThePinnedMajorAndStartsInReasonableTime() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW server_version_num")) {
            r.next();
            assertThat(r.getInt(1) / 10000).as("PostgreSQL major (docs/SERVER.md)").isEqualTo(16);
        }
        assertThat(db.serverStartMillis()).as("unpack + initdb + start, ms").isLessThan(120_000);
    }

    @Test
    void twoConnectionsSeeEachOthersCommitsOnly() throws SQLException {
        try (Connection a = db.owner(); Connection b = db.owner(); Statement sa = a.createStatement();
             Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE note (id int PRIMARY KEY, text text NOT NULL)");
            a.setAutoCommit(false);
            sa.execute("INSERT INTO note VALUES (1, 'belum')");
            assertThat(count(sb, "SELECT count(*) FROM note")).as("not committed yet").isZero();
            a.commit();
            assertThat(count(sb, "SELECT count(*) FROM note")).isEqualTo(1);
            // The same key from the other connection waits for nothing and is refused by the key, not lost.
            assertThatThrownBy(() -> sb.execute("INSERT INTO note VALUES (1, 'lagi')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }
    }

    @Test
    void aRegencysClerkSeesAndWritesOnlyTheRegencysRowsAndTheProvinceReadsAll() throws SQLException {
        try (Connection siti = db.connect(manggarai, "rahasia-siti");
             Connection yosef = db.connect(mabar, "rahasia-yosef");
             Connection ntt = db.connect(province, "rahasia-ntt")) {
            insert(siti, "53.10", "5310015204850001", "someone-else"); // a forged "who" is overwritten
            insert(siti, "53.10", "5310016805900002", null);
            insert(yosef, "53.15", "5315011203880003", null);

            assertThat(niks(siti)).containsExactlyInAnyOrder("5310015204850001", "5310016805900002");
            assertThat(niks(yosef)).containsExactly("5315011203880003");
            assertThat(niks(ntt)).hasSize(3);

            // Manggarai Barat's clerk cannot write a Manggarai row, nor move one of theirs there.
            assertThatThrownBy(() -> insert(yosef, "53.10", "5310010101900004", null))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            try (Statement s = yosef.createStatement()) {
                assertThat(s.executeUpdate("UPDATE enrollment SET nik = nik || '' WHERE regency_code = '53.10'"))
                        .as("another regency's rows are not even there to update").isZero();
                assertThatThrownBy(() -> s.executeUpdate("UPDATE enrollment SET regency_code = '53.10'"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
            // The province reads but does not write a regency's data.
            assertThatThrownBy(() -> insert(ntt, "53.10", "5310010101900005", null))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        try (Connection c = db.owner(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT regency_code, entered_by FROM enrollment ORDER BY 1")) {
            List<String> who = new ArrayList<>();
            while (r.next()) {
                who.add(r.getString(1) + " " + r.getString(2));
            }
            assertThat(who).as("the audit's who is the login, taken by the server")
                    .containsExactly("53.10 " + manggarai, "53.15 " + mabar);
        }
    }

    @Test
    void setRoleChangesWhoTheServerSeesAndAWrongPasswordIsRefused() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("SET ROLE " + PostgresDatabase.identifier(mabar));
            try (ResultSet r = s.executeQuery("SELECT current_user, count(*) FROM enrollment GROUP BY 1")) {
                while (r.next()) {
                    assertThat(r.getString(1)).isEqualTo(mabar);
                }
            }
            assertThat(niks(c)).allMatch(nik -> nik.startsWith("5315"));
            s.execute("RESET ROLE");
        }
        assertThatThrownBy(() -> db.connect(manggarai, "salah").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void aPasswordFromThePasswordFileLogsTheClerkIn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
        String odd = db.createLogin("maria", "sandi:dengan\\titik-dua");
        java.nio.file.Path pgpass = home.resolve(".pgpass");
        java.nio.file.Files.writeString(pgpass, "# kantor\n"
                + "localhost:" + db.port() + ":" + db.name() + ":" + odd + ":sandi\\:dengan\\\\titik-dua\n"
                + "*:*:*:*:salah\n");
        java.nio.file.Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        id.payung.domain.ServerAddress address = id.payung.domain.ServerAddress.parse(
                "postgresql://" + odd + "@localhost:" + db.port() + "/" + db.name());
        id.payung.service.ServerPassword.Lookup found = id.payung.service.ServerPassword.find(address, java.util.Map.of(),
                "Linux", home.toString());
        try (Connection c = db.connect(address.user(), found.password()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_user")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(odd);
        }
    }

    private static void insert(Connection c, String regency, String nik, String who) throws SQLException {
        String sql = who == null ? "INSERT INTO enrollment (regency_code, nik) VALUES (?, ?)"
                : "INSERT INTO enrollment (regency_code, nik, entered_by) VALUES (?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, regency);
            ps.setString(2, nik);
            if (who != null) {
                ps.setString(3, who);
            }
            ps.executeUpdate();
        }
    }

    private static List<String> niks(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nik FROM enrollment")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
