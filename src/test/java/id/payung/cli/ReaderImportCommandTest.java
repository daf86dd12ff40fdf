package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 22a L5: a provincial reader's {@code payung import} of a list without a funder or period column was asked for
 * {@code --funder}, then {@code --from} (exit code 2 each time), and only then told the login writes nothing (exit 1).
 * The read-only login is refused first, whatever options are missing; its dry run still checks the list.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
class ReaderImportCommandTest {
    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void aReadersImportIsRefusedBeforeAnyQuestionAboutOptions(PostgresDatabase db, @TempDir Path home)
            throws Exception {
        String owner = "postgresql://" + PostgresServer.SUPERUSER + "@localhost:" + db.port() + "/" + db.name();
        String ntt = db.name() + "_ntt";
        assertThat(console.run("server", "init", "--db", owner)).as(console.err()).isZero();
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("sandi ntt\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(console.run("server", "add-user", ntt, "--province", "53", "--password-stdin", "--db", owner))
                    .as(console.err()).isZero();
        } finally {
            System.setIn(before);
        }
        // A village's list as the trial's (ndehes.csv): a title row naming the desa, no funder, no period.
        Path list = Files.writeString(home.resolve("daftar.csv"), "DESA NDEHES KECAMATAN WAE RII TAHUN 2026;;\n;;\n"
                + "NIK;Nama;Desa\n5310015204850021;Maria Jelita;Ndehes\n");
        Path pgpass = Files.writeString(home.resolve(".pgpass"),
                "localhost:" + db.port() + ":" + db.name() + ":" + ntt + ":sandi ntt\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String home0 = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            String asNtt = "postgresql://" + ntt + "@localhost:" + db.port() + "/" + db.name();
            console.clearOut();
            assertThat(console.run("import", list.toString(), "--db", asNtt)).as(console.err()).isEqualTo(1);
            assertThat(console.err()).contains(ntt + " is a provincial reader's login")
                    .doesNotContain("--funder", "--from");
            assertThat(console.run("import", list.toString(), "--funder", "APBD-PROV-NTT", "--db", asNtt))
                    .as(console.err()).isEqualTo(1);
            assertThat(console.err()).doesNotContain("--from");
            // A dry run writes nothing: it still checks the list and asks what it lacks.
            assertThat(console.run("import", list.toString(), "--dry-run", "--db", asNtt)).isEqualTo(2);
            assertThat(console.err()).contains("daftar.csv has no funding-source column");
        } finally {
            System.setProperty("user.home", home0);
        }
    }
}
