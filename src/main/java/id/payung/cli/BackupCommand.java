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
        description = "Write a checked backup of the database (never overwrites a file).")
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
        try (PayungServices services = database.openExisting()) {
            Path written;
            if (out == null) {
                written = services.backups().backupNow();
            } else {
                services.backups().backupTo(out);
                written = out.toAbsolutePath();
            }
            spec.commandLine().getOut().println(written);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
