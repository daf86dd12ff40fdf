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

    @Override
    public Integer call() {
        PayungServices current = database.openExisting();
        try (PayungServices restored = current.restore(from)) {
            spec.commandLine().getOut().println("restored " + from.toAbsolutePath() + " into " + restored.databaseFile());
        }
        return 0;
    }
}
