package id.payung.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs Payung's command line inside a test and keeps what it prints: stdout and stderr are captured
 * for each test (the command writes to {@code System.out} / {@code System.err}) and put back after it.
 * Register it on a command test with {@code @RegisterExtension}; {@link #run} gives the exit code.
 */
final class CommandConsole implements BeforeEachCallback, AfterEachCallback {
    private final boolean windowAllowed;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> windowsOpened = new ArrayList<>();
    private PrintStream oldOut;
    private PrintStream oldErr;

    private CommandConsole(boolean windowAllowed) {
        this.windowAllowed = windowAllowed;
    }

    /** A console where opening the window fails the test: the commands under test print, they open nothing. */
    static CommandConsole noWindow() {
        return new CommandConsole(false);
    }

    /** A console that records the databases the window would have been opened on, instead of opening it. */
    static CommandConsole recordingWindows() {
        return new CommandConsole(true);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        out.reset();
        err.reset();
        windowsOpened.clear();
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** Runs {@code payung args…} and returns its exit code; the printed text adds to {@link #out} / {@link #err}. */
    int run(String... args) {
        return PayungCommand.run(args, (db, lang) -> {
            if (!windowAllowed) {
                throw new AssertionError("no window expected");
            }
            windowsOpened.add(db);
        });
    }

    /** Makes a new database with {@code payung init --db FILE} (a named file must exist first) and returns its path. */
    String init(Path file) {
        int code = run("init", "--db", file.toString());
        if (code != 0) {
            throw new AssertionError("payung init failed: " + err());
        }
        out.reset();
        return file.toString();
    }

    /** All the command lines run in this test have printed on stdout (since the last {@link #clearOut}). */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** All the command lines run in this test have printed on stderr. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed on stdout so far, to look at the next command's output alone. */
    void clearOut() {
        out.reset();
    }

    /** The databases the window was asked to open on, in order (only with {@link #recordingWindows}). */
    List<String> windowsOpened() {
        return windowsOpened;
    }
}
