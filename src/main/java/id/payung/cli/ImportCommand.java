package id.payung.cli;

import id.payung.domain.Formats;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import id.payung.service.ExcelCsv;
import id.payung.service.Masked;
import id.payung.service.facade.PayungServices;
import id.payung.service.ReplacingWrite;
import id.payung.service.SafeCells;
import id.payung.service.importing.ImportFileException;
import id.payung.domain.Region;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.TitleRegion;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.NamedFunder;
import id.payung.service.importing.RowProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung import FILE}: a name list (CSV or XLSX) into the register, all-or-nothing unless
 * {@code --skip-invalid}. Exit 0 imported (or nothing to refuse), 1 refused because of invalid rows or a file that
 * cannot be read as a list, 2 bad options (or an option the file needs).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a name list (.csv or .xlsx). All rows or none, unless --skip-invalid.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .csv or .xlsx file.")
    Path file;

    @Option(names = "--funder", paramLabel = "CODE_OR_NAME", description = "Funder for rows whose file has no funder column.")
    String funder;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First covered month where the file has none.")
    String from;

    @Option(names = "--months", paramLabel = "N", description = "Covered months where the file has none (default 12, at most " + EnrollmentRules.MAX_MONTHS + ").")
    Integer months;

    @Option(names = "--kecamatan", paramLabel = "NAME", description = "Kecamatan for rows whose file gives none (e.g. a village's own list).")
    String kecamatan;

    @Option(names = "--desa", paramLabel = "NAME", description = "Desa/kelurahan for rows whose file gives none.")
    String desa;

    @Option(names = "--include-inactive", description = "Also import rows whose status says the participant is not active (NON AKTIF, Berhenti, ...); by default they are listed and skipped.")
    boolean includeInactive;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an .xlsx file (default: the first).")
    String sheet;

    @Option(names = "--skip-invalid", description = "Import the valid rows and list the others.")
    boolean skipInvalid;

    @Option(names = "--dry-run", description = "Check every row, write nothing.")
    boolean dryRun;

    @Option(names = "--errors", paramLabel = "ERRORS.csv", description = "Write the problems as CSV for Indonesian"
            + " Excel (UTF-8 with BOM, ';' between cells): row, column, value, reason, name. Must not exist.")
    Path errors;

    @Override
    public Integer call() {
        InputFiles.requireReadable(spec, file);
        if (errors != null && (Files.exists(errors, LinkOption.NOFOLLOW_LINKS) || Files.exists(errors))) {
            // The rule of every --out: the command line never overwrites. Refused before the import, so a list the
            // run would write over (the database itself, the list being read, another office's database) is never
            // touched and nothing is imported without its error list (trial 20b H1).
            throw ReplacingWrite.cannotWrite(errors, new FileAlreadyExistsException(errors.toString()));
        }
        Messages messages = Messages.english();
        // The enrollment rules' count (the form's and a list's months column's): refused here, before any row.
        if (months != null) {
            EnrollmentRules.monthsProblem(months).filter(FormProblem::error).ifPresent(p -> {
                throw new CommandLine.ParameterException(spec.commandLine(), "--months " + months + ": "
                        + messages.problem(p));
            });
        }
        ImportOptions options = new ImportOptions(funder, parseMonth(), months, sheet, skipInvalid, dryRun, null, null,
                kecamatan, desa, includeInactive);
        PrintWriter out = spec.commandLine().getOut();
        ImportService.Report report;
        try (PayungServices services = database.open()) {
            if (!dryRun) {
                // A provincial reader's login is refused first (trial 22a L5: it was asked for --funder, then --from,
                // exit 2 each time, and only then told it writes nothing). Its dry run, which writes nothing, checks.
                services.imports().readerRefusal().ifPresent(refused -> {
                    throw refused;
                });
            }
            try {
                TitleRegion titled = titleRegion(services, options);
                if (titled != null) {
                    options = titled.options();
                    sayTitleRegion(titled, out);
                }
                // A dry run the title's kecamatan was weighed with is this run's own: not run twice.
                report = dryRun && titled != null && titled.report() != null ? titled.report()
                        : services.imports().importFile(file, options, ImportService.Progress.NONE);
            } catch (ImportFileException e) {
                throw refusal(services, options, e, messages);
            }
        } catch (ImportFileException e) {
            if (!byOption(e)) {
                throw new FileRefused(messages.fileProblem(e), e);
            }
            throw new CommandLine.ParameterException(spec.commandLine(), messages.fileProblem(e));
        }
        for (RowProblem p : report.problems()) {
            // A note about the whole check (row 0) names no row.
            out.println((p.row() > 0 ? "row " + p.row() + ": " : "") + messages.column(p) + ": " + messages.rowProblem(p));
        }
        if (report.withoutDesa() > 0) {
            // As the window says before Impor (trial 21a: 4.280 annex rows with "–" and not a word from the import).
            out.println("(warning) " + Formats.count(report.withoutDesa()) + " rows go in with no desa/kelurahan (no Desa "
                    + "column, or a blank Desa cell): the register and the decree's annex show \"–\" for them; give --desa "
                    + "when all are from one village.");
        }
        if (!report.pastYears().isEmpty()) {
            // A late list that changes numbers that may have been reported (trial 21c H1): never unremarked; one whose
            // names fall inside the year's cohort leaves them as they were, and says so (trial 23a).
            String years = report.pastYears().entrySet().stream()
                    .map(e -> Formats.count(e.getValue()) + " to " + e.getKey())
                    .collect(java.util.stream.Collectors.joining(", "));
            String within = messages.pastYearsWithin(report.pastYearChanges());
            String changed = messages.pastYearsChanged(report.pastYearChanges());
            out.println((changed != null ? "(warning)" : "(note)") + " adds participants to years gone by: " + years + "."
                    + (within == null ? "" : " " + within + ".")
                    + (changed == null ? "" : " Numbers already reported change: " + changed + "."));
        }
        if (errors != null) {
            writeErrors(report, messages);
        }
        boolean refused = report.rejected() > 0 && !skipInvalid;
        String outcome = dryRun ? "dry run, nothing written" : refused ? "refused, nothing written"
                : report.written() ? "batch " + report.batchId() : "nothing new, nothing written";
        String inactive = report.inactive() > 0 ? ", inactive skipped " + report.inactive() : "";
        if (dryRun && refused) {
            // The run for real would refuse the file: "imported 8" read as 8 rows in (trial 18 M16). The same shape
            // ("read N, … rejected N") for scripts; how many --skip-invalid would take in the parentheses.
            out.printf("read %d, would import 0, duplicate %d, rejected %d%s (%s)%n", report.read(),
                    report.duplicates(), report.rejected(), inactive, messages.dryRunRefused(report.rejected(),
                            report.imported()));
        } else {
            // A dry run says what it would do, as the README promises (trial 20b L10); the real run's line is unchanged.
            out.printf("read %d, %s %d, duplicate %d, rejected %d%s (%s)%n", report.read(),
                    dryRun ? "would import" : "imported", report.imported(),
                    report.duplicates(), report.rejected(), inactive, outcome);
        }
        out.flush();
        return refused ? 1 : 0;
    }

    /**
     * A file refused as a whole. A list without a funder column, run without --funder, may name its funder in a title
     * row or its file name: the one funder the import window would propose (the service's rule, {@link NamedFunder})
     * is said after the refusal with the option that takes it. Nothing is taken unasked: the exit code stays 2. A
     * {@code --funder} the database does not know is followed by the codes it does know.
     */
    private RuntimeException refusal(PayungServices services, ImportOptions options, ImportFileException e,
                                     Messages messages) {
        String message = messages.fileProblem(e);
        if (!byOption(e)) {
            // The file, not the command line, is at fault (broken, empty, only a header, not text): exit code 1,
            // "failed", as the README's codes say; 2 is for a wrong command or option (trial 20b L7).
            return new FileRefused(message, e);
        }
        if ("UNKNOWN_FUNDER_OPTION".equals(e.code())) {
            // The refusal's line as it was; the codes to retype after it.
            return new AdvisedParameterException(spec.commandLine(), message, messages.funderCodes(
                    id.payung.domain.FunderRules.codesToRetype(services.reference().fundingSources(),
                            services.reference().settings().regencyCode())));
        }
        if ("NO_FUNDER".equals(e.code()) && funder == null) {
            NamedFunder.Found named = null;
            try {
                named = services.imports().preview(file, options).titleFunder();
            } catch (ImportFileException again) {
                // read once already; if it cannot be read again, the refusal alone is said
            }
            if (named != null) {
                return new AdvisedParameterException(spec.commandLine(), message, messages.namedFunder(named));
            }
        }
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * The kecamatan and desa a list's title rows name ("DESA REGO KECAMATAN MACANG PACAR"), for a list without such
     * columns, by the import window's rule (the service's {@link TitleRegion}; trial 20a L13: the CLI stopped "has no
     * desa or kecamatan column"): the title's kecamatan where no --kecamatan is given, its desa/kelurahan where no
     * --desa is given. Null when both are given (nothing to propose, the file not read for it). A refusal of the file
     * as a whole met while weighing the title is thrown, as the import's own.
     */
    private TitleRegion titleRegion(PayungServices services, ImportOptions options) {
        if (kecamatan != null && desa != null) {
            return null;
        }
        TitleRegion titled = services.imports().titleRegion(file, options, services.imports().preview(file, options),
                kecamatan == null, desa == null, ImportService.Progress.NONE);
        if (titled.problem() != null) {
            throw titled.problem();
        }
        return titled;
    }

    /**
     * Each region taken from the title is said with the option that gives another; a title's kecamatan or desa not
     * taken is said with why, as the window says it (the file refused without it stays refused).
     */
    private static void sayTitleRegion(TitleRegion t, PrintWriter out) {
        if (t.kecamatan() != null) {
            out.println("kecamatan from the title row: " + t.kecamatan().name() + " (--kecamatan to give another)");
        }
        if (t.kecamatanNotForRows() != null) {
            out.println("kecamatan " + t.kecamatanNotForRows().name() + " of the title row not taken: some rows' desa"
                    + " lie in another kecamatan (each row takes its kecamatan from its desa)");
        }
        if (t.desa() != null) {
            out.println("desa from the title row: " + t.desa().name() + " (--desa to give another)");
        }
        if (t.desaNotTaken() == TitleRegion.DesaNotTaken.SHARED_NAME) {
            out.println("desa \"" + t.titleDesa().text() + "\" of the title row not taken: several villages have that"
                    + " name (" + String.join(", ", t.titleDesa().candidates().stream().map(Region::name).toList())
                    + "); --desa and --kecamatan to give which");
        } else if (t.desaNotTaken() == TitleRegion.DesaNotTaken.OTHER_KECAMATAN) {
            out.println("desa " + t.titleDesa().desa().name() + " of the title row not taken: it lies in another"
                    + " kecamatan than --kecamatan");
        }
    }

    /** A refusal an option decides (one to add, or one the database does not know): a wrong command line, exit 2. */
    private static boolean byOption(ImportFileException e) {
        return e.code().endsWith("_OPTION") || java.util.Set.of("NO_FUNDER", "NO_PERIOD", "NO_REGION", "SHEET_MISSING")
                .contains(e.code());
    }

    /** A list that cannot be imported as a whole, for a reason in the file: said in one line, exit code 1. */
    static final class FileRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileRefused(String message, ImportFileException cause) {
            super(message, cause);
        }
    }

    private YearMonth parseMonth() {
        if (from == null) {
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(from);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from must be YYYY-MM, e.g. 2026-01: " + from);
        }
        if (EnrollmentRules.outOfRange(month)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from must lie between "
                    + EnrollmentRules.EARLIEST_MONTH + " and " + EnrollmentRules.LATEST_MONTH + ": " + from);
        }
        return month;
    }

    /**
     * The problems as CSV for Indonesian Excel ({@link ExcelCsv}: BOM, ";"), a new file only, as every {@code --out}
     * (an existing file is refused before the import); a full disk leaves none, never a truncated one; owner-only.
     */
    private void writeErrors(ImportService.Report report, Messages messages) {
        try {
            ReplacingWrite.createNew(errors, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                // For Indonesian Excel, as every export (BOM, ';'): with ',' and no BOM the clerk who double-clicked it
                // saw one column of garbled letters.
                CSVPrinter csv = ExcelCsv.open(w);
                csv.printRecord("row", "column", "value", "reason", "name");
                for (RowProblem p : report.problems()) {
                    csv.printRecord(p.row() > 0 ? p.row() : "", SafeCells.of(Masked.niks(messages.column(p))), SafeCells.of(Masked.niks(p.value())),
                            SafeCells.of(messages.rowProblem(p)), SafeCells.of(p.name()));
                }
                csv.flush();
                return null;
            });
        } catch (IOException e) {
            throw ReplacingWrite.cannotWrite(errors, e);
        }
    }
}
