package id.payung.cli;

import id.payung.domain.Formats;
import id.payung.domain.ServerAddress;
import id.payung.service.SeedLoader;
import id.payung.service.ServerAdministration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung server …}: setting up a PostgreSQL server for several clerks and a province (docs/SERVER.md),
 * as the database's owner ({@code --db postgresql://OWNER@HOST[:PORT]/DB}; the owner's password from
 * {@code PGPASSWORD} or the password file, never the command line).
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Set up a PostgreSQL server (as the database's owner): init, add-user, set-password,"
                + " disable-user, enable-user, import-file, province-settings.",
        subcommands = {ServerCommand.Init.class, ServerCommand.AddUser.class, ServerCommand.SetPassword.class,
                ServerCommand.DisableUser.class, ServerCommand.EnableUser.class, ServerCommand.ImportFile.class,
                ServerCommand.ProvinceSettings.class})
final class ServerCommand extends CommandGroup {

    /** {@code payung server init}: Payung's schema and the shipped data in an empty database. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Make Payung's schema, the shipped reference data and the seeded office's cohorts and events"
                    + " in an EMPTY database (refuses one that holds anything).")
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseName database;

        @Override
        public Integer call() {
            ServerAddress owner = ServerAdministration.chosen(database.db);
            String regency = new ServerAdministration(owner).init();
            spec.commandLine().getOut().println("made Payung's schema in " + owner + "; the seeded office's data is regency "
                    + regency + "'s");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code payung server add-user NAME (--regency CODE | --province CODE) --password-stdin}. */
    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Add a login: a clerk of one regency, or a provincial reader of all regencies of a province."
                    + " The password is the first line of standard input.")
    static final class AddUser implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseName database;

        @Parameters(index = "0", paramLabel = "NAME", description = "The login (lower-case letters, digits, _).")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope scope;

        static final class Scope {
            @Option(names = "--regency", paramLabel = "CODE", required = true,
                    description = "A clerk of this regency (Kemendagri code, e.g. 53.10).")
            String regency;

            @Option(names = "--province", paramLabel = "CODE", required = true,
                    description = "A reader of every regency of this province (e.g. 53).")
            String province;
        }

        @Option(names = "--password-stdin", required = true,
                description = "Read the new login's password from standard input (never from the command line).")
        boolean passwordStdin;

        @Override
        public Integer call() {
            ServerAddress owner = ServerAdministration.chosen(database.db);
            char[] password = firstLineOfStdin();
            try {
                new ServerAdministration(owner).addUser(name, scope.regency, scope.province, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("added " + name + " to " + owner + (scope.regency != null
                    ? " as a clerk of regency " + scope.regency : " as a reader of province " + scope.province));
            spec.commandLine().getOut().flush();
            return 0;
        }

    }

    /** A password as add-user and set-password take it: the first line of standard input (empty when there is none). */
    private static char[] firstLineOfStdin() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the password from standard input", e);
        }
    }

    /** {@code payung server set-password NAME --password-stdin}: a clerk's forgotten password replaced. */
    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = "Give a clerk's or provincial reader's login a new password (a forgotten one). The password is"
                    + " the first line of standard input, as for add-user. The login's data and audit entries stay.")
    static final class SetPassword implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseName database;

        @Parameters(index = "0", paramLabel = "NAME", description = "The login (as add-user made it).")
        String name;

        @Option(names = "--password-stdin", required = true,
                description = "Read the new password from standard input (never from the command line).")
        boolean passwordStdin;

        @Override
        public Integer call() {
            ServerAddress owner = ServerAdministration.chosen(database.db);
            char[] password = firstLineOfStdin();
            boolean canLogin;
            try {
                canLogin = new ServerAdministration(owner).setPassword(name, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("set a new password for " + name + " on " + owner + (canLogin ? ""
                    : "; the login is still switched off: payung server enable-user " + name + " lets it in again"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code payung server disable-user NAME}: a clerk who left may no longer log in. */
    @Command(name = "disable-user", mixinStandardHelpOptions = true,
            description = "Stop a login logging in (a clerk who left): its data and audit entries stay;"
                    + " enable-user lets it in again.")
    static final class DisableUser extends CanLogin {
        DisableUser() {
            super(false);
        }
    }

    /** {@code payung server enable-user NAME}: a login switched off by disable-user may log in again. */
    @Command(name = "enable-user", mixinStandardHelpOptions = true,
            description = "Let a login switched off by disable-user log in again, with the password it had.")
    static final class EnableUser extends CanLogin {
        EnableUser() {
            super(true);
        }
    }

    /** disable-user and enable-user: one login switched off or on, one line saying what happened (or "already"). */
    abstract static class CanLogin implements Callable<Integer> {
        private final boolean canLogin;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseName database;

        @Parameters(index = "0", paramLabel = "NAME", description = "The login (as add-user made it).")
        String name;

        CanLogin(boolean canLogin) {
            this.canLogin = canLogin;
        }

        @Override
        public Integer call() {
            ServerAddress owner = ServerAdministration.chosen(database.db);
            ServerAdministration admin = new ServerAdministration(owner);
            boolean changed = canLogin ? admin.enableUser(name) : admin.disableUser(name);
            spec.commandLine().getOut().println(canLogin
                    ? (changed ? "switched on the login " : "the login could log in already: ") + name + " on " + owner
                    : (changed ? "switched off the login " : "the login was switched off already: ") + name + " on "
                            + owner + "; it can no longer log in, its data and audit entries stay");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code payung server import-file FILE.db --regency CODE}: an office's file onto the server. */
    @Command(name = "import-file", mixinStandardHelpOptions = true,
            description = "Move an office's Payung file onto the server as one regency's data, all or nothing.")
    static final class ImportFile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseName database;

        @Parameters(index = "0", paramLabel = "FILE.db", description = "The office's Payung file.")
        Path file;

        @Option(names = "--regency", paramLabel = "CODE", required = true,
                description = "The regency whose data the file is (its Kemendagri code, for example 53.10).")
        String regency;

        @Override
        public Integer call() {
            ServerAddress owner = ServerAdministration.chosen(database.db);
            ServerAdministration admin = new ServerAdministration(owner);
            ServerAdministration.Moved moved = admin.moveFile(file, regency);
            spec.commandLine().getOut().println("moved " + file + " onto " + owner + " as regency " + regency + ": "
                    + moved.written().entrySet().stream().map(e -> e.getKey() + " " + Formats.count(e.getValue()))
                            .collect(Collectors.joining(", ")));
            spec.commandLine().getOut().flush();
            if (moved.notChecked() != null) {
                // The move is committed: its checks are advice, and a script sees exit code 0 (review: it saw 1).
                id.payung.service.LogFile.logger("cli").log(java.util.logging.Level.WARNING,
                        "checking " + file + " after moving it", moved.notChecked());
                spec.commandLine().getErr().println("payung: " + Messages.english().notChecked(moved.notChecked(), regency));
                spec.commandLine().getErr().flush();
                return 0;
            }
            SeedLoader.OpeningRows seeded = moved.seeded();
            if (seeded.any()) {
                // The file is moved as it is; a file made before seeds were per regency carries Manggarai's rows.
                spec.commandLine().getOut().println("warning: the file holds the opening data Payung seeded for regency "
                        + SeedLoader.officeRegency() + " (Kabupaten Manggarai): " + Formats.count(seeded.cohorts())
                        + " cohorts of " + Formats.count(seeded.participants()) + " participants and "
                        + Formats.count(seeded.events()) + " events. They now count as regency " + regency
                        + "'s: unless they really are its own, delete them (Kohort, Penghargaan) as a clerk of " + regency
                        + ", or the province's totals count Manggarai's participants again.");
            }
            List<ServerAdministration.OtherRegionsBudget> otherBudgets = moved.otherBudgets();
            if (!otherBudgets.isEmpty()) {
                // Moved as they are (the move is the office's whole file); the budget's rule is said, not applied.
                long n = otherBudgets.stream().mapToLong(ServerAdministration.OtherRegionsBudget::enrollments).sum();
                spec.commandLine().getOut().println("warning: " + Formats.count(n) + (n == 1 ? " enrollment" : " enrollments")
                        + " of the file " + (n == 1 ? "is" : "are") + " paid by another region's budget, which does not pay"
                        + " in regency " + regency + ": " + otherBudgets.stream().map(b -> b.code() + " (" + b.name()
                                + ", region " + b.regionCode() + ") " + Formats.count(b.enrollments()) + ", e.g. "
                                + String.join(", ", b.somePeople())).collect(Collectors.joining("; "))
                        + ". They now count as regency " + regency + "'s under that budget: unless it really pays for"
                        + " them, correct their funding source (Peserta) as a clerk of " + regency + ".");
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /**
     * {@code payung server province-settings CODE [--office …] [--place …] …}: the province's own office, which heads
     * and signs the year report its provincial readers print (they write nothing, so the owner keeps it).
     */
    @Command(name = "province-settings", mixinStandardHelpOptions = true,
            description = "Set the province office's name, town, address and head of office, for the province's year"
                    + " report (its readers cannot write them). Options not given stay as they were; \"\" removes one.")
    static final class ProvinceSettings implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseName database;

        @Parameters(index = "0", paramLabel = "CODE", description = "The province (Kemendagri code, e.g. 53).")
        String province;

        @Option(names = "--office", paramLabel = "NAME", description = "The office's name (e.g. Dinas … Provinsi NTT).")
        String office;

        @Option(names = "--place", paramLabel = "TOWN", description = "Its town (e.g. Kupang).")
        String place;

        @Option(names = "--address", paramLabel = "TEXT", description = "Its street address.")
        String address;

        @Option(names = "--head-name", paramLabel = "NAME", description = "Who signs the report.")
        String headName;

        @Option(names = "--head-title", paramLabel = "TITLE", description = "The signer's title (e.g. Kepala Dinas).")
        String headTitle;

        @Option(names = "--head-nip", paramLabel = "NIP", description = "The signer's NIP (18 digits).")
        String headNip;

        @Override
        public Integer call() {
            ServerAddress owner = ServerAdministration.chosen(database.db);
            Map<String, String> values = new java.util.LinkedHashMap<>();
            put(values, "office_name", office);
            put(values, "office_place", place);
            put(values, "office_address", address);
            put(values, "head_name", headName);
            put(values, "head_title", headTitle);
            put(values, "head_nip", headNip);
            new ServerAdministration(owner).provinceSettings(province, values);
            spec.commandLine().getOut().println("saved " + values.size() + " setting(s) of province " + province
                    + "'s office on " + owner);
            spec.commandLine().getOut().flush();
            return 0;
        }

        private static void put(Map<String, String> values, String key, String value) {
            if (value != null) {
                values.put(key, value);
            }
        }
    }
}
