package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import id.payung.service.ServerPassword.Ignored;
import id.payung.service.ServerPassword.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password conventions of PostgreSQL's client library, as its manual describes them ("The Password
 * File", libpq): PGPASSWORD first, then PGPASSFILE or ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on
 * Windows); lines hostname:port:database:username:password; "*" matches anything; "\:" and "\\" escape;
 * the first matching line wins; a file the group or others may access is ignored on Unix.
 */
class ServerPasswordTest {
    private static final ServerAddress SITI = new ServerAddress("siti", "kantor", 5432, "payung", null);

    @TempDir
    Path home;

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() {
        List<String> lines = List.of(
                "# hostname:port:database:username:password",
                "kantor:5432:payung:yosef:bukan-untuk-siti",
                "kantor:5433:payung:siti:port-lain",
                "kantor:5432:payung:siti:pertama",
                "kantor:5432:payung:siti:kedua");
        assertThat(ServerPassword.match(lines, SITI)).isEqualTo("pertama");
        assertThat(ServerPassword.match(List.of("*:*:*:siti:semua"), SITI)).isEqualTo("semua");
        assertThat(ServerPassword.match(List.of("*:*:*:*:siapa-saja"), SITI)).isEqualTo("siapa-saja");
        assertThat(ServerPassword.match(List.of("kantor:*:payung:*:a:b\\:c\\\\d"), SITI))
                .as("the password is the rest of the line, escapes undone").isEqualTo("a:b:c\\d");
        assertThat(ServerPassword.match(List.of("\\*:*:*:*:bintang"), SITI)).as("an escaped * is a literal star").isNull();
        assertThat(ServerPassword.match(List.of("kantor:5432:payung:siti:crlf\r"), SITI)).isEqualTo("crlf");
        assertThat(ServerPassword.match(List.of("kantor:5432:payung:siti"), SITI)).as("too few fields").isNull();
        assertThat(ServerPassword.match(List.of("KANTOR:5432:payung:siti:besar"), SITI)).as("compared exactly, as libpq does").isNull();
        assertThat(ServerPassword.match(List.of("kantor:5432:payung:siti:"), SITI)).as("an empty password is none").isNull();

        ServerAddress odd = new ServerAddress("user:with\\colon", "fe80::1", 6543, "db", null);
        assertThat(ServerPassword.match(List.of("fe80\\:\\:1:6543:db:user\\:with\\\\colon:ok"), odd)).isEqualTo("ok");
    }

    @Test
    void pgpasswordComesFirstAndAnEmptyOneCountsAsUnset() throws Exception {
        Path file = pgpass(home.resolve(".pgpass"), "*:*:*:*:dari-berkas", "rw-------");
        Map<String, String> env = Map.of("PGPASSWORD", "dari-lingkungan");
        assertThat(ServerPassword.find(SITI, env, "Linux", home.toString()))
                .isEqualTo(new ServerPassword.Lookup("dari-lingkungan", Source.ENVIRONMENT, null, Ignored.NONE));
        assertThat(ServerPassword.find(SITI, Map.of("PGPASSWORD", ""), "Linux", home.toString()))
                .isEqualTo(new ServerPassword.Lookup("dari-berkas", Source.FILE, file, Ignored.NONE));
    }

    @Test
    void pgpassfileNamesAnotherFileAndWindowsKeepsItInAppData() throws Exception {
        Path other = pgpass(home.resolve("kunci.txt"), "kantor:5432:payung:siti:lain", "rw-------");
        assertThat(ServerPassword.find(SITI, Map.of("PGPASSFILE", other.toString()), "Linux", home.toString()).password())
                .isEqualTo("lain");
        assertThat(ServerPassword.passwordFile(Map.of(), "Linux", "/home/siti")).isEqualTo(Path.of("/home/siti/.pgpass"));
        assertThat(ServerPassword.passwordFile(Map.of("APPDATA", "C:\\Users\\siti\\AppData\\Roaming"), "Windows 11", "C:\\Users\\siti"))
                .isEqualTo(Path.of("C:\\Users\\siti\\AppData\\Roaming", "postgresql", "pgpass.conf"));
        assertThat(ServerPassword.find(SITI, Map.of(), "Linux", home.toString()))
                .as("no file: nothing found, nothing ignored (the window asks)")
                .isEqualTo(new ServerPassword.Lookup(null, Source.NONE, home.resolve(".pgpass"), Ignored.NONE));
    }

    @Test
    void onUnixAFileOthersMayReadIsIgnoredAsLibpqIgnoresIt() throws Exception {
        for (String mode : List.of("rw-r--r--", "rw-rw----", "rw-----w-", "rw------x")) {
            Path file = pgpass(home.resolve(".pgpass"), "*:*:*:*:terbuka", mode);
            assertThat(ServerPassword.find(SITI, Map.of(), "Linux", home.toString())).as(mode)
                    .isEqualTo(new ServerPassword.Lookup(null, Source.NONE, file, Ignored.OPEN_TO_OTHERS));
        }
        pgpass(home.resolve(".pgpass"), "*:*:*:*:tertutup", "r--------");
        assertThat(ServerPassword.find(SITI, Map.of(), "Linux", home.toString()).password()).isEqualTo("tertutup");

        Path folder = Files.createDirectories(home.resolve("folder"));
        assertThat(ServerPassword.find(SITI, Map.of("PGPASSFILE", folder.toString()), "Linux", home.toString()).ignored())
                .isEqualTo(Ignored.NOT_A_FILE);
        assertThat(Ignored.OPEN_TO_OTHERS.key()).isEqualTo("server.passwordFile.openToOthers");
    }

    @Test
    void onWindowsThePermissionsAreNotChecked() throws Exception {
        Path appData = home.resolve("AppData");
        pgpass(Files.createDirectories(appData.resolve("postgresql")).resolve("pgpass.conf"), "*:*:*:siti:windows", "rw-r--r--");
        assertThat(ServerPassword.find(SITI, Map.of("APPDATA", appData.toString()), "Windows 10", home.toString()).password())
                .isEqualTo("windows");
    }

    @Test
    void aLookupNeverPrintsThePassword() {
        assertThat(new ServerPassword.Lookup("rahasia", Source.ENVIRONMENT, null, Ignored.NONE).toString()).doesNotContain("rahasia");
    }

    private static Path pgpass(Path file, String line, String mode) throws Exception {
        Files.writeString(file, line + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
