package id.payung.cli;

import id.payung.service.facade.PayungServices;
import id.payung.service.ReplacingWrite;
import id.payung.service.exporting.ReconciliationCsv;
import id.payung.service.importing.ImportFileException;
import id.payung.service.importing.Reconciliation;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every compared person (NIK masked) as CSV"
            + " for Indonesian Excel (UTF-8 with BOM, ';' between cells).")
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
            // A new file only, owner-only; a failure (a full disk) removes it rather than leave it empty or cut off.
            try {
                ReplacingWrite.createNew(out, stream -> {
                    Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    ReconciliationCsv.write(result, w); // for Indonesian Excel: BOM, ';'
                    w.flush();
                    return null;
                });
            } catch (java.io.UncheckedIOException e) {
                // The CSV printer wraps the disk's refusal: the same sentence as for any file not written.
                throw ReplacingWrite.cannotWrite(out, e.getCause());
            } catch (IOException e) {
                throw ReplacingWrite.cannotWrite(out, e);
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
