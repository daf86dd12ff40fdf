package id.payung;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installer configuration in packaging/: the argument files are filtered with the project's version
 * (by process-resources, into target/packaging/), every file they name exists, and the default build
 * never runs jpackage.
 */
class PackagingTest {
    private static final Path PACKAGING = Path.of("packaging");
    private static final Path FILTERED = Path.of("target", "packaging");

    @Test
    void theArgumentFilesCarryTheProjectVersionAsJpackageWantsIt() throws IOException {
        String version = projectVersion();
        String numeric = version.replaceFirst("^(\\d+\\.\\d+\\.\\d+).*", "$1");

        String common = Files.readString(FILTERED.resolve("jpackage.args"));

        assertThat(numeric).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(common).contains("--app-version " + numeric + "\n").contains("--name payung\n");
        try (Stream<Path> files = Files.list(PACKAGING)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".args")).toList()) {
                Path filtered = FILTERED.resolve(source.getFileName());
                assertThat(filtered).exists();
                assertThat(Files.readString(filtered)).as(filtered.toString()).doesNotContain("${");
            }
        }
    }

    @Test
    void everyFileTheArgumentFilesNameExists() throws IOException {
        Pattern option = Pattern.compile("^--(icon|license-file|resource-dir) (\\S+)$", Pattern.MULTILINE);
        for (String name : List.of("jpackage-app.args", "jpackage-linux.args", "jpackage-windows.args", "jpackage-mac.args")) {
            Matcher m = option.matcher(Files.readString(FILTERED.resolve(name)));
            int found = 0;
            while (m.find()) {
                assertThat(Path.of(m.group(2))).as(name + ": " + m.group()).exists();
                found++;
            }
            assertThat(found).as(name).isPositive();
        }
        assertThat(Files.readString(PACKAGING.resolve("linux/payung.desktop")))
                .contains("Exec=/opt/payung/bin/payung", "Icon=/opt/payung/lib/payung.png", "Type=Application");
        assertThat(Files.readString(PACKAGING.resolve("linux/postinst"))).contains("DESKTOP_COMMANDS_INSTALL",
                "ln -sf /opt/payung/bin/payung /usr/bin/payung");
    }

    @Test
    void theRuntimeHasTheModulesPayungNeedsAndTheIconsComeFromOneSource() throws IOException {
        String jlink = Files.readString(PACKAGING.resolve("jlink.args"));

        // jdk.localedata: id-ID number and date formats (5.280; 25/09/2025); java.prefs: window memory.
        assertThat(jlink).contains("java.sql", "java.desktop", "java.prefs", "jdk.localedata", "javafx.controls",
                "javafx.fxml", "--include-locales en,id");
        assertThat(PACKAGING.resolve("payung.svg")).exists();
        assertThat(Files.readAllBytes(PACKAGING.resolve("icons/payung.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readAllBytes(PACKAGING.resolve("icons/payung.ico"))).startsWith(0, 0, 1, 0);
        assertThat(Files.readAllBytes(PACKAGING.resolve("icons/payung.icns"))).startsWith('i', 'c', 'n', 's');
    }

    @Test
    void theInstalledAppRunsInTheHeapTheHostileFileTestsUse() throws IOException {
        // HostileXlsxTest imports each hostile file with -Xmx1g: the installed launcher gets the same heap.
        assertThat(Files.readString(PACKAGING.resolve("jpackage-app.args"))).contains("\n--java-options -Xmx1g\n");
    }

    @Test
    void theDefaultBuildRunsNoJpackage() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<installers.phase>none</installers.phase>", "<phase>${installers.phase}</phase>");
        assertThat(Path.of("LICENSE")).exists();
    }

    private static String projectVersion() throws IOException {
        try (InputStream in = PackagingTest.class.getResourceAsStream("/payung-version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
