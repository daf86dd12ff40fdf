package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.ServerAddress;
import id.payung.service.DatabaseChoice;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 24b L8: with PGPASSFILE pointing at a file holding a wrong password, a data command said "Check … the password
 * file ~/.pgpass", a file it had not read. It now names the file it read, as the window does (and PGPASSWORD when the
 * password came from there).
 */
@ExtendWith(PostgresServer.class)
class StoredPasswordRefusedTest {
    @Test
    void aWrongStoredPasswordIsSaidNamingWhereItWasRead(PostgresDatabase db, @TempDir Path dir) throws Exception {
        String login = db.createLogin("siti", "benar-sekali");
        ServerAddress address = ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/" + db.name());
        Path badpass = Files.writeString(dir.resolve("badpass"), "*:*:*:" + login + ":salah\n");
        Files.setPosixFilePermissions(badpass, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> DatabaseOption.onServer(new DatabaseChoice.Server(address), Map.of("PGPASSFILE",
                badpass.toString()))).isInstanceOfSatisfying(ServerAddress.Refused.class, e -> {
                    String said = Messages.english().describe(e);
                    assertThat(said).startsWith("The server localhost:" + db.port() + " refused the login " + login
                            + " with the password from the password file " + badpass + ":")
                            .doesNotContain("~/.pgpass");
                });
        assertThatThrownBy(() -> DatabaseOption.onServer(new DatabaseChoice.Server(address), Map.of("PGPASSWORD",
                "salah"))).isInstanceOfSatisfying(ServerAddress.Refused.class, e -> assertThat(
                        Messages.english().describe(e)).contains("with the password from PGPASSWORD:")
                        .doesNotContain("~/.pgpass"));
    }
}
