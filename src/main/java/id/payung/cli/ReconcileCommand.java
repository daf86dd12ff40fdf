package id.payung.cli;

import id.payung.service.PayungServices;
import id.payung.service.importing.ImportFileException;
import id.payung.service.importing.Reconciliation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung reconcile FILE}: compare a BPJS participant list with Payung's active enrollments. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Compare a BPJS participant list (NIK, KPJ, status) with the enrollments active today.",
                "A NIK that Excel damaged (scientific notation, 15 digits, last digit 0) is counted as damaged_nik and "
                        + "named row by row, with the participant it probably is."})
final class ReconcileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "FILE", description = "The BPJS list (.csv or .xlsx).")
    Path file;

    @Option(names = "--funder", paramLabel = "CODE", description = "Only this funder's enrollments.")
    String funder;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every compared person (NIK masked) as CSV.")
    Path out;

    @Override
    public Integer call() {
        InputFiles.requireReadable(spec, file);
        Reconciliation.Result result;
        try (PayungServices services = database.openExisting()) {
            result = new Reconciliation(services.register(), java.time.Clock.systemDefaultZone()).compare(file, funder);
        } catch (ImportFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.english().fileProblem(e));
        }
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                Reconciliation.writeCsv(result, w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        result.counts().forEach((match, n) -> o.printf("%-15s %d%n", match.name().toLowerCase(java.util.Locale.ROOT), n));
        Messages messages = Messages.english();
        result.lines().stream().filter(l -> l.match() == Reconciliation.Match.DAMAGED_NIK)
                .forEach(l -> o.println(messages.damagedNik(l)));
        o.flush();
        return 0;
    }
}
