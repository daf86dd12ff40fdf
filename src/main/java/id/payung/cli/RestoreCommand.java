package id.payung.cli;

import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung restore}: replace the database with a backup, keeping a copy of the current data first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database with a checked backup; the current data is backed up first.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup to restore.")
    Path from;

    @Option(names = "--yes", description = "Restore a backup of another regency's office too (the window asks first;"
            + " without this option it is refused).")
    boolean yes;

    /**
     * Checks the backup as the window does; one of another regency's office is refused unless {@code --yes}, with the
     * window's sentence (it says that first and offers Cancel, trial 18 M17), and with {@code --yes} that sentence is
     * said on stderr. After "restored …", where the replaced data went (the safety copy).
     */
    @Override
    public Integer call() {
        Messages messages = Messages.english();
        if (!java.nio.file.Files.exists(from)) {
            // "cannot be read or created" of a backup that is not there (trial 18 M18); exit code 1 as before.
            spec.commandLine().getErr().println("payung: " + java.text.MessageFormat.format(
                    messages.text("restore.noSuchBackup"), from.toAbsolutePath()));
            return 1;
        }
        PayungServices current = database.openExisting();
        id.payung.service.facade.CheckedBackup checked;
        try {
            checked = current.checkBackup(from);
        } catch (id.payung.domain.DatabaseOpenException refused) {
            // "The file was not changed" of the backup's problem: which file? The database is named (trial 23b #11);
            // the reason's line and exit code 1 stay.
            java.nio.file.Path db = current.databaseFile();
            current.close();
            throw new AdvisedFailure(new RuntimeException(messages.describe(refused), refused), java.text.MessageFormat
                    .format(messages.text("restore.refused.databaseUnchanged"), db == null ? "" : db.toAbsolutePath()));
        }
        if (checked.current().otherRegency()) {
            String warning = messages.otherRegency(checked.current());
            if (!yes) {
                checked.discard();
                current.close();
                throw new AdvisedParameterException(spec.commandLine(), warning, messages.text("restore.otherRegency.yes"));
            }
            spec.commandLine().getErr().println(warning);
        }
        try (PayungServices restored = current.restore(checked)) {
            spec.commandLine().getOut().println("restored " + from.toAbsolutePath() + " into " + restored.databaseFile());
            restored.safetyCopy().ifPresent(copy -> spec.commandLine().getOut().println(
                    java.text.MessageFormat.format(messages.text("restore.safetyCopy"), copy.toAbsolutePath())));
        }
        return 0;
    }
}
