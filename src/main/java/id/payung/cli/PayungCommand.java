package id.payung.cli;

import id.payung.service.DataFolder;
import id.payung.service.LogFile;
import java.util.List;
import java.util.logging.Level;
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
        subcommands = {InitCommand.class, ImportCommand.class, TemplateCommand.class, ReconcileCommand.class, RegionsCommand.class, ReportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, DemoCommand.class, ServerCommand.class, NotShippedCommand.class})
public final class PayungCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file, or a server's address"
            + " (default: PAYUNG_DB or the user's data folder).")
    String db; // not a Path: see DatabaseName

    @Option(names = "--lang", paramLabel = "LANG", description = "Window language: id (default) or en.")
    String lang;

    private final BiConsumer<String, String> openWindow;

    PayungCommand(BiConsumer<String, String> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        id.payung.service.DatabaseChoice choice = id.payung.service.DatabaseChoice.of(db); // a bad address: refused here
        if (choice instanceof id.payung.service.DatabaseChoice.File f && !f.isDefault() && !java.nio.file.Files.exists(f.path())) {
            // A named file that does not exist is not made here either, but the window says so, in the clerk's
            // language, and offers another file or a new one (StartupRecovery): started from a desktop shortcut or
            // PAYUNG_DB, a line on stderr is never seen, and Payung seemed not to start at all. The line is still
            // written, for a terminal where the window cannot open (no display).
            System.err.println("payung: " + Messages.english().describe(new id.payung.domain.DatabaseOpenException(
                    id.payung.domain.DatabaseOpenException.Problem.MISSING, f.path(), f.path() + " does not exist")));
        }
        openWindow.accept(db, lang); // a server is opened by the window, which asks for the password if need be
        return 0;
    }

    /** The commands that open a database (those taking {@code --db}); {@code OpensDatabaseTest} keeps the list true. */
    static final java.util.Set<String> DATABASE_COMMANDS = java.util.Set.of("init", "import", "template", "reconcile",
            "regions", "report", "export", "backup", "restore",
            "server"); // server import-file reads an office's SQLite file

    /**
     * Whether {@code args} run a command that opens a database (not the window, {@code --help} or
     * {@code --version}): read before picocli has read the line, so the launcher can start what opening needs
     * beside it. Only a guess for a head start; picocli's reading decides what runs.
     */
    public static boolean opensDatabase(String[] args) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
            if (command == null) {
                if (a.equals("--db") || a.equals("--lang")) {
                    i++; // the option's value
                } else if (!a.startsWith("-")) {
                    command = a;
                }
            }
        }
        return command != null && DATABASE_COMMANDS.contains(command);
    }

    /**
     * Runs the command line and returns the exit code: 0 done, 1 failed (message on stderr),
     * 2 wrong command or option (one line on stderr), 3 a write gave up waiting for another writer ({@code --wait}).
     *
     * @param openWindow opens the window with the chosen database as given (a file or a server address; null for
     *                   the default) and language
     */
    public static int run(String[] args, BiConsumer<String, String> openWindow) {
        PayungCommand root = new PayungCommand(openWindow);
        CommandLine cli = commandLine(root);
        boolean[] startLogged = {false};
        cli.setExecutionStrategy(parsed -> {
            if (parsed.hasSubcommand()) {
                handOnDatabase(cli, root, parsed);
                List<CommandLine> commands = parsed.asCommandLineList();
                // Written beside the command; beyond its start, the command line logs its errors only.
                LogFile.startUpInBackground(Version.current(), "command " + commands.get(commands.size() - 1)
                        .getCommandSpec().qualifiedName(), databaseNamed(parsed), Level.WARNING);
                startLogged[0] = true;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            ex.getCommandLine().getErr().println(command + ": " + Messages.english().optionValue(ex) + " (see: " + command
                    + " --help)");
            if (ex instanceof AdvisedParameterException advised) {
                ex.getCommandLine().getErr().println(command + ": " + advised.advice());
            }
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            LogFile.logger("cli").log(Level.SEVERE, commandLine.getCommandSpec().qualifiedName() + " failed", ex);
            commandLine.getErr().println("payung: " + Messages.english().describe(ex));
            if (ex instanceof AdvisedFailure advised) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + advised.advice());
            }
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof WaitSaid.GaveUp) {
                    return WaitSaid.GaveUp.EXIT_CODE; // --wait: a script tells "try later" from a failure
                }
            }
            return 1;
        });
        int exit = cli.execute(args);
        if (startLogged[0]) {
            LogFile.awaitWritten(); // the start line is in the file before the process ends
        }
        return exit;
    }

    /**
     * The command line as {@link #run} reads it and prints its help: 80 columns, lines broken between words
     * ({@code HelpWrappingTest}); the long-option column wide enough for {@code --funder=CODE_OR_NAME}, so no
     * option's name runs into its description.
     */
    static CommandLine commandLine(PayungCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.setCaseInsensitiveEnumValuesAllowed(true); // "--kind imports" as "--kind IMPORTS"
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setUsageHelpLongOptionsMaxWidth(22);
        return cli;
    }

    /** The help's width: a terminal's (and Windows' console's) default. */
    static final int HELP_WIDTH = 80;

    /**
     * The database the command was told to use, as the user wrote it, for the log: the command's --db (which
     * handOnDatabase gave the root's), else PAYUNG_DB, else the data folder's file. Only text: a server
     * address is no path on Windows, and the command itself refuses what it cannot open.
     */
    private static String databaseNamed(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            for (CommandLine.Model.CommandSpec mixin : p.commandSpec().mixins().values()) {
                if (mixin.userObject() instanceof DatabaseName o && o.db != null) {
                    return o.db;
                }
            }
        }
        String env = System.getenv(DataFolder.DB_ENV);
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return DataFolder.database(null).toString();
        } catch (RuntimeException e) {
            return "(the data folder's, unreadable: " + e.getMessage() + ")";
        }
    }

    /** Whether this command, or one of the commands it groups, takes {@code --db}. */
    private static boolean usesDatabase(CommandLine.Model.CommandSpec spec) {
        return spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof DatabaseName)
                || spec.subcommands().values().stream().anyMatch(c -> usesDatabase(c.getCommandSpec()));
    }

    /**
     * "payung --db x.db report …" (as --help shows the options) means the report's database: the option is
     * handed on to the command, which must take --db and must not name another file. --lang is for the
     * window only.
     */
    private static void handOnDatabase(CommandLine cli, PayungCommand root, CommandLine.ParseResult parsed) {
        String command = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1)
                .getCommandSpec().qualifiedName();
        if (root.lang != null) {
            throw new CommandLine.ParameterException(cli, "--lang is for the window only; " + command
                    + " does not take it");
        }
        if (root.db == null) {
            return;
        }
        DatabaseName option = null;
        for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            for (CommandLine.Model.CommandSpec mixin : p.commandSpec().mixins().values()) {
                if (mixin.userObject() instanceof DatabaseName o) {
                    option = o;
                }
            }
        }
        if (option == null) {
            CommandLine last = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
            if (last.isUsageHelpRequested() || last.isVersionHelpRequested() || usesDatabase(last.getCommandSpec())) {
                // "payung --db x.db report" (or "… report --help"): a group whose commands take --db lists them, as
                // without --db; only a command that could never use the file refuses it (trial 16 L12).
                return;
            }
            throw new CommandLine.ParameterException(cli, command + " does not use a database; leave out --db");
        }
        if (option.db != null && !option.db.equals(root.db)) {
            throw new CommandLine.ParameterException(cli, "--db is given twice with two files (" + root.db + ", "
                    + option.db + "); give it once");
        }
        option.db = root.db;
    }
}
