package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database in a folder the user cannot write (a read-only share, a CD, another user's folder) opens for
 * reading. Root may write everywhere, so when the tests run as root the check runs in a child process as
 * the user "nobody" (setpriv), with copies of the classes it needs.
 */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseInAReadOnlyFolderOpensForReading() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("share"));
        Path file = folder.resolve("payung.db");
        try (Database db = Database.open(file, true)) {
            db.write(tx -> tx.update("INSERT INTO person (nik, full_name, sex, birth_date, created_at) "
                    + "VALUES ('5310015204850001', 'Maria', 'P', '1985-04-12', '2025-01-01T00:00:00Z')"));
        }
        Files.deleteIfExists(folder.resolve("payung.db.lock"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            String result = "root".equals(System.getProperty("user.name")) ? asNobody(file) : inProcess(file);
            assertThat(result).isEqualTo("OPEN readOnly=true people=1");
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("payung.db");
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static String inProcess(Path file) {
        try (Database db = Database.open(file, false)) {
            return "OPEN readOnly=" + db.isReadOnly() + " people=" + db.read(tx -> tx.scalar("SELECT count(*) FROM person"));
        }
    }

    private String asNobody(Path file) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is needed to drop root");
        Path classes = Files.createDirectories(dir.resolve("cp"));
        List<String> classpath = new ArrayList<>();
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int n = 0;
        for (String entry : full.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                Path copy = classes.resolve("d" + n++);
                try (Stream<Path> all = Files.walk(p)) {
                    for (Path f : all.toList()) {
                        Path to = copy.resolve(p.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                classpath.add(copy.toString());
            } else if (p.getFileName().toString().matches("(sqlite-jdbc|slf4j).*\\.jar")) {
                Path copy = classes.resolve(p.getFileName());
                Files.copy(p, copy);
                classpath.add(copy.toString());
            }
        }
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        Process p = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", String.join(File.pathSeparator, classpath), ReadOnlyChild.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().reduce((a, b) -> b).orElse(out);
    }
}
