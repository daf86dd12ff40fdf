package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window started where there is no display (a server, an SSH session) fails — and leaves no empty
 * database behind in the data folder: the default database is only made once the window can start.
 */
class FailedStartTest {
    @TempDir
    Path dir;

    @Test
    void aStartWithoutADisplayLeavesNoDatabaseBehind() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "id.payung.app.Launcher"));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("PAYUNG_DB");
        pb.environment().put("XDG_DATA_HOME", dir.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isNotZero();
        assertThat(dir.resolve("payung").resolve("payung.db")).as(output).doesNotExist();
    }
}
