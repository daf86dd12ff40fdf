package id.payung.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code payung} command: with no subcommand it opens the window; subcommands are the command-line
 * face of the same services, for scripts.
 */
@Command(name = "payung", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Payung: social-security protection of vulnerable workers (BPJS Ketenagakerjaan).%n"
                + "With no command, opens the window.",
        subcommands = {ImportCommand.class, TemplateCommand.class, ReconcileCommand.class, RegionsCommand.class, ReportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, DemoCommand.class, BenchCommand.class})
public final class PayungCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: PAYUNG_DB or the user's data folder).")
    Path db;

    @Option(names = "--lang", paramLabel = "LANG", description = "Window language: id (default) or en.")
    String lang;

    private final BiConsumer<Path, String> openWindow;

    PayungCommand(BiConsumer<Path, String> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(db, lang);
        return 0;
    }

    /**
     * Runs the command line and returns the exit code: 0 done, 1 failed (message on stderr),
     * 2 wrong command or option (one line on stderr).
     *
     * @param openWindow opens the window with the chosen database (null for default) and language
     */
    public static int run(String[] args, BiConsumer<Path, String> openWindow) {
        PayungCommand root = new PayungCommand(openWindow);
        CommandLine cli = new CommandLine(root);
        cli.setExecutionStrategy(parsed -> {
            // "payung --db x.db report …" would put --db on the window command and run the report on the
            // default database: refuse it rather than touch the wrong file.
            if (parsed.hasSubcommand() && (root.db != null || root.lang != null)) {
                throw new CommandLine.ParameterException(cli, (root.db != null ? "--db" : "--lang")
                        + " belongs after the command, e.g. payung " + parsed.subcommand().commandSpec().name()
                        + " … --db FILE");
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            ex.getCommandLine().getErr().println(command + ": " + ex.getMessage() + " (see: " + command + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("payung: " + Messages.english().describe(ex));
            return 1;
        });
        return cli.execute(args);
    }
}
