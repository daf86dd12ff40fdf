package id.payung.cli;

import id.payung.service.DatabaseChoice;
import id.payung.service.ServerAdministration;
import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;

/**
 * The {@code --db FILE} option every data command takes. A file the user names (here or in
 * {@code PAYUNG_DB}) must exist: a typing mistake is refused, never answered from a new, empty database.
 * Only the default database in the user's data folder is created on first use. A PostgreSQL address
 * ({@code postgresql://USER@HOST/DB}) opens that server's database as the login, its password by libpq's
 * conventions (PGPASSWORD, PGPASSFILE or ~/.pgpass); commands that need a file ({@link #file()}) refuse it in a sentence.
 */
final class DatabaseOption extends DatabaseName {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    // Issue 19: a second writer waits rather than fails; a script may bound the wait (trial 21b M5).
    @Option(names = "--wait", paramLabel = "SECONDS", description = "Give up a write that waits longer than SECONDS"
            + " for another write to the file to finish (an import, a window saving, another program holding it):"
            + " exit code 3, nothing written. Default: wait as long as it takes, saying so every "
            + WaitSaid.EVERY_SECONDS + " s.")
    Integer waitSeconds;

    /** The chosen file: the option, else {@code PAYUNG_DB}, else the data folder's; a server is refused here. */
    Path file() {
        return choice().file();
    }

    private DatabaseChoice choice() {
        return DatabaseChoice.of(db);
    }

    /** Opens the chosen database (a file that must exist already, or a server's). */
    PayungServices openExisting() {
        if (choice() instanceof DatabaseChoice.Server server) {
            return onServer(server);
        }
        return saysWhenWaiting(PayungServices.open(file(), false, Clock.systemDefaultZone()), patience());
    }

    /** {@code --wait} as a duration; null when not given (wait as long as it takes). Refused below 0 (exit code 2). */
    private java.time.Duration patience() {
        if (waitSeconds == null) {
            return null;
        }
        if (waitSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                    "--wait " + waitSeconds + ": give the seconds to wait, 0 or more");
        }
        return java.time.Duration.ofSeconds(waitSeconds);
    }

    /** Opens the chosen database; only the default one is created (and seeded) when it does not exist yet. */
    PayungServices open() {
        return open(choice(), System.err, patience());
    }

    /**
     * {@link #open()} of {@code choice}. The default database made here (a fresh PC, no {@code --db}) is said in one
     * line on {@code err} with its regency: a command answered from a new database without a word (trial 20b M3).
     * Stdout stays as it was: scripts read it.
     */
    static PayungServices open(DatabaseChoice choice, java.io.PrintStream err) {
        return open(choice, err, null);
    }

    /** {@link #open(DatabaseChoice, java.io.PrintStream)}, a write giving up after {@code patience} (null: never). */
    static PayungServices open(DatabaseChoice choice, java.io.PrintStream err, java.time.Duration patience) {
        if (choice instanceof DatabaseChoice.Server server) {
            PayungServices services = onServer(server);
            WaitSaid said = new WaitSaid(server.address(), patience, System.err, System::nanoTime);
            services.onWriteWait(said::waiting, said::givesUp);
            return services;
        }
        boolean isDefault = choice instanceof DatabaseChoice.File f && f.isDefault();
        boolean made = isDefault && isNew(choice.file());
        PayungServices services = saysWhenWaiting(PayungServices.open(choice.file(), isDefault, Clock.systemDefaultZone()),
                patience);
        if (made) {
            String code = services.reference().settings().regencyCode();
            String name = id.payung.service.RegionList.regency(code).map(id.payung.domain.Region::name).orElse(code);
            err.println("payung: " + java.text.MessageFormat.format(Messages.english().text("cli.db.made"), name, code,
                    choice.file().toAbsolutePath().toString()));
        }
        return services;
    }

    /** No file yet, or an empty one: what opening the default database makes and seeds. */
    private static boolean isNew(Path file) {
        try {
            return !java.nio.file.Files.exists(file) || java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The server's database as the address's login: the same services and answers as on a file. */
    private static PayungServices onServer(DatabaseChoice.Server server) {
        return onServer(server, System.getenv());
    }

    /**
     * {@link #onServer(DatabaseChoice.Server)} with the password found by libpq's conventions in {@code env}. A stored
     * password the server refuses is said naming where it was read (PGPASSWORD, or the password file actually read:
     * PGPASSFILE's when set), as the window says it; trial 24b L8: the sentence named ~/.pgpass whatever was read.
     */
    static PayungServices onServer(DatabaseChoice.Server server, java.util.Map<String, String> env) {
        id.payung.service.ServerPassword.Lookup found = id.payung.service.ServerPassword.find(server.address(), env,
                System.getProperty("os.name"), System.getProperty("user.home"));
        char[] password = ServerAdministration.password(server.address(), env);
        try {
            return PayungServices.openServer(server.address(), password, Clock.systemDefaultZone());
        } catch (id.payung.domain.DatabaseOpenException e) {
            if (password != null && found.password() != null
                    && e.problem() == id.payung.domain.DatabaseOpenException.Problem.SERVER_LOGIN) {
                boolean fromEnv = found.source() == id.payung.service.ServerPassword.Source.ENVIRONMENT;
                throw new id.payung.domain.ServerAddress.Refused(fromEnv ? "cli.server.storedRefused.env"
                        : "cli.server.storedRefused.file", server.address().user(), server.address().hostAndPort(),
                        fromEnv ? "PGPASSWORD" : String.valueOf(found.file()));
            }
            throw e;
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * A write that finds the database taken (another import, a window saving, another program holding the file) waits
     * for it rather than failing: one line on stderr says so, then how long so far every {@link WaitSaid#EVERY_SECONDS}
     * seconds, so a script's log shows why it paused; with {@code --wait} it gives up after that long (exit code 3).
     */
    private static PayungServices saysWhenWaiting(PayungServices services, java.time.Duration patience) {
        WaitSaid said = new WaitSaid(services.databaseFile(), patience, System.err, System::nanoTime);
        services.onWriteWait(said::waiting, said::givesUp);
        return services;
    }
}
