package id.payung.cli;

import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung backup}: a checked copy of the database, for scripts. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a checked backup of the database (never overwrites a file); on a server, a Payung file"
                + " of what the login may see (an offline copy: it opens read-only).")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The backup file to write (default: a dated file in the backup folder).")
    Path out;

    @Override
    public Integer call() {
        if (id.payung.service.DatabaseChoice.of(database.db) instanceof id.payung.service.DatabaseChoice.Server) {
            // On a server: the clerk's offline copy, a Payung file (the server-wide backup is pg_dump's).
            Path written;
            try (PayungServices services = database.openExisting()) {
                written = services.offlineCopy(out); // audited, as the window's
            }
            spec.commandLine().getOut().println(written);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (PayungServices services = database.openExisting()) {
            Path written;
            if (out == null) {
                written = services.backups().backupNow();
            } else {
                services.backups().backupByHandTo(out);
                written = out.toAbsolutePath();
            }
            spec.commandLine().getOut().println(written);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
