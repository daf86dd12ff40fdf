package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command tests' console: it keeps what a command prints, and gives the streams back afterwards. */
class CommandConsoleTest {
    @Test
    void capturesStdoutStderrAndTheExitCodeThenRestoresTheStreams() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        CommandConsole console = CommandConsole.recordingWindows();
        console.beforeEach(null);
        try {
            assertThat(console.run("--version")).isZero();
            assertThat(console.run("bogus")).isEqualTo(2);
            assertThat(console.run()).isZero();

            assertThat(console.out()).startsWith("Payung ");
            assertThat(console.err()).contains("bogus").contains("--help");
            assertThat(console.windowsOpened()).containsExactly((String) null);
            console.clearOut();
            assertThat(console.out()).isEmpty();
            assertThat(console.err()).isNotEmpty();
        } finally {
            console.afterEach(null);
        }
        assertThat(System.out).isSameAs(out);
        assertThat(System.err).isSameAs(err);
    }
}
