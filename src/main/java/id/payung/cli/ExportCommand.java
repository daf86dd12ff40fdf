package id.payung.cli;

import id.payung.service.PayungServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung export …}: data out of Payung, as files. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data to a file.",
        subcommands = {ExportCommand.Audit.class})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "The whole audit log (who changed what, when, before/after) as CSV, for an auditor.")
    static final class Audit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (must not exist).")
        Path out;

        @Override
        public Integer call() {
            try (PayungServices services = database.openExisting();
                 Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                long rows = services.audit().exportCsv(w);
                spec.commandLine().getOut().println(rows + " audit entries written to " + out.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            return 0;
        }
    }
}
