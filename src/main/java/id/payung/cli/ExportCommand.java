package id.payung.cli;

import id.payung.service.facade.PayungServices;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung export …}: data out of Payung, as files. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data to a file.",
        subcommands = {ExportCommand.Audit.class, ExportCommand.Enrollments.class, ExportCommand.FundingShares.class,
            ExportCommand.Regencies.class})
final class ExportCommand extends CommandGroup {

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"The audit log (who changed what, when, before/after) as CSV, oldest first, for an auditor:"
                    + " the whole log, or what the options narrow it to.",
                "After the stored columns (UTC time, codes, JSON): each entry in the words of Jejak audit, the person it"
                    + " is about (person_name: the name when the entry was written; NIK masked), the local time, and"
                    + " person_name_now (today's name, the same unless renamed since); for a provincial reader, last,"
                    + " regency (the regency the entry belongs to, by name).",
                "A CSV for Indonesian Excel, as the other exports: UTF-8 with BOM, ';' between cells."})
    static final class Audit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write (must not exist; FILE.csv: a .xlsx, .pdf, .xls or .ods name is refused).")
        Path out;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Entries from this day on (this PC's time zone).")
        java.time.LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Entries up to and including this day.")
        java.time.LocalDate to;

        @Option(names = "--by", paramLabel = "LOGIN", description = "Entries written by this clerk (login or PC user).")
        String by;

        @Option(names = "--kind", paramLabel = "KIND", description = "Entries of one kind (in any case):"
                + " ${COMPLETION-CANDIDATES}. DELETIONS: whatever was deleted, of any kind, and imports undone.")
        id.payung.domain.AuditTopic kind;

        @Option(names = "--person", paramLabel = "NIK_OR_NAME",
                description = "Entries about the people found by this NIK (or its start) or by words starting words of"
                        + " their name, today's or the one they had when an entry was written (person_name), and the"
                        + " imports that brought them in.")
        String person;

        @Override
        public Integer call() {
            refuseWrongNik(spec, person);
            // It writes a CSV (for Indonesian Excel): under a .xlsx name Excel refused the file (trial 18 M13).
            String name = out.getFileName() == null ? "" : out.getFileName().toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".pdf") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
                throw new AdvisedParameterException(spec.commandLine(), "--out must be a .csv file, not " + name,
                        "export audit writes a CSV that Excel opens (UTF-8, ';'): --out "
                                + name.substring(0, name.lastIndexOf('.')) + ".csv");
            }
            id.payung.service.AuditFilter filter = new id.payung.service.AuditFilter(from, to, by, kind, person);
            try (PayungServices services = database.openExisting()) {
                // A new file only, owner-only, removed again if the write fails (or the filter is refused).
                long rows = id.payung.service.ReplacingWrite.createNew(out, stream -> {
                    Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    long n = services.audit().exportCsv(w, filter, out);
                    w.flush();
                    return n;
                });
                spec.commandLine().getOut().println(rows + " audit entries written to " + out.toAbsolutePath());
            } catch (id.payung.service.InvalidInputException e) {
                Messages messages = Messages.english();
                e.problems().forEach(p -> spec.commandLine().getErr().println(messages.problem(p)));
                spec.commandLine().getErr().println("nothing written");
                return 1;
            } catch (java.io.UncheckedIOException e) {
                // The CSV printer wraps the disk's refusal: the same sentence as for any file not written.
                throw id.payung.service.ReplacingWrite.cannotWrite(out, e.getCause());
            } catch (IOException e) {
                throw id.payung.service.ReplacingWrite.cannotWrite(out, e);
            }
            return 0;
        }
    }

    @Command(name = "enrollments", mixinStandardHelpOptions = true,
            description = "The register (or part of it) as .xlsx or .csv; NIKs masked unless --full-nik (audited).")
    static final class Enrollments implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.xlsx or FILE.csv (must not exist).")
        Path out;

        @Option(names = "--funder", paramLabel = "CODE", description = "Only this funder.")
        String funder;

        @Option(names = "--year", paramLabel = "YYYY", description = "Only enrollments covering this year.")
        Integer year;

        @Option(names = "--full-nik", description = "Write NIKs in full (e.g. for BPJS); written to the audit log.")
        boolean fullNik;

        @Override
        public Integer call() {
            // The register as PDF is the annex of the regent's decree: a funder's participants in a year.
            refuseOtherFormats(spec, out, "the name list as PDF (the annex of the regent's decree): payung report annex --year "
                    + (year == null ? "YYYY" : year) + " --funder " + (funder == null ? "CODE" : funder) + " --out "
                    + out.getFileName());
            try (PayungServices services = database.openExisting()) {
                String code = funder == null ? null : knownFunder(spec, services, funder);
                long rows = services.exports().enrollments(
                        id.payung.domain.RegisterFilter.all().withFunder(code).withYear(year), out, fullNik);
                spec.commandLine().getOut().println(rows + " enrollments written to " + out.toAbsolutePath()
                        + (fullNik ? " (full NIKs; recorded in the audit log)" : " (NIKs masked)"));
            }
            return 0;
        }
    }

    @Command(name = "funding-shares", mixinStandardHelpOptions = true,
            description = "A year's participants, shares and cost per funder as .xlsx or .csv (by the file's name).")
    static final class FundingShares extends YearFile {
        // The file that `report funding-shares --format xlsx` writes: the same command, without the choice.
        @Override
        void write(PayungServices services, PrintWriter stdout) {
            ReportCommand.FundingShares.write(services, year, format(), out, stdout);
        }
    }

    @Command(name = "regencies", mixinStandardHelpOptions = true,
            description = {"A year's participants per regency (kabupaten/kota) and funder, with each regency's total and "
                    + "the total, as .xlsx or .csv (by the file's name): the dashboard's per-regency tab.",
                "For a provincial login or the server's owner; a regency's clerk and a file (one office's) are refused."})
    static final class Regencies extends YearFile {
        @Override
        void write(PayungServices services, PrintWriter stdout) {
            services.exports().regencies(year, out); // YearReport prints where the file went
        }
    }

    /**
     * Refuses a {@code --person} that is a NIK Excel destroyed or cut ("5.31001E+15", 15 digits) or has more than 16
     * digits, with the words the form and the import say of such a NIK and exit code 2 (trial 18 M15: it found
     * nobody, and "0 audit entries written" read as "nobody changed this person"). Fewer digits are a NIK's start, as
     * the help says, and words a name: both searched as before.
     */
    static void refuseWrongNik(CommandSpec spec, String person) {
        if (person == null) {
            return;
        }
        String nik = id.payung.domain.Nik.strip(person);
        boolean digits = nik.matches("\\d+");
        if (id.payung.domain.Nik.excelScientific(nik) || digits && (nik.length() == id.payung.domain.Nik.LENGTH - 1
                || nik.length() > id.payung.domain.Nik.LENGTH)) {
            id.payung.domain.NikProblem p = id.payung.domain.NikCheck.check(nik, null, java.time.LocalDate.now())
                    .errors().get(0);
            throw new CommandLine.ParameterException(spec.commandLine(), "--person "
                    + id.payung.domain.Nik.mask(nik) + ": " + Messages.english().nikProblem(p));
        }
    }

    /**
     * The code of the funder {@code --funder} names, found as {@code import --funder} finds it; one the database does
     * not know is refused with the import's words and the codes to retype, exit code 2 (trial 18 M15: it was an empty
     * "successful" export).
     */
    static String knownFunder(CommandSpec spec, PayungServices services, String funder) {
        String regency = services.reference().settings().regencyCode();
        java.util.List<id.payung.domain.FundingSource> funders = services.reference().fundingSources();
        Messages messages = Messages.english();
        return id.payung.domain.FunderRules.named(funders, funder, regency).map(id.payung.domain.FundingSource::code)
                .orElseThrow(() -> new AdvisedParameterException(spec.commandLine(), messages.unknownFunder(funder),
                        messages.funderCodes(id.payung.domain.FunderRules.codesToRetype(funders, regency))));
    }

    /**
     * Refuses an {@code --out} named as a format the table exports do not write (.pdf, .xls, .ods) before anything is
     * read, with exit code 2 and no file: "x.pdf" was a CSV named .pdf (trial 16 L12, where the help had said "xlsx or
     * pdf"). Only those names: any other name was written as CSV before, and scripts may name their files so (review
     * 15: the command line stays stable). The advice names the command that writes a PDF of the same thing
     * ({@code pdfCommand}; null where there is none) for a .pdf name, else how to name the file. Every table export
     * (enrollments, funding-shares, regencies) asks this one check.
     */
    static void refuseOtherFormats(CommandSpec spec, Path out, String pdfCommand) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf") || name.endsWith(".xls") || name.endsWith(".ods")) {
            throw new AdvisedParameterException(spec.commandLine(), "--out must be a .xlsx or .csv file, not "
                    + out.getFileName(), name.endsWith(".pdf") && pdfCommand != null ? pdfCommand
                    : "name the file FILE.xlsx or FILE.csv");
        }
    }

    /**
     * A year's table as a file (.xlsx, or .csv by its name): {@code --year} and {@code --out}, no format to choose.
     * A .pdf, .xls or .ods name is refused before anything is read ({@link #refuseOtherFormats}); any other name is a
     * CSV, as it always was.
     */
    abstract static class YearFile extends ReportCommand.YearReport {
        @Option(names = "--out", paramLabel = "FILE", description = "FILE.xlsx or FILE.csv: the name chooses the format "
                + "(must not exist).")
        Path out;

        @Override
        Path out() {
            return out;
        }

        @Override
        public Integer call() {
            if (out == null) {
                throw new ParameterException(spec.commandLine(), "needs --out FILE.xlsx or FILE.csv");
            }
            refuseOtherFormats(spec, out, this instanceof FundingShares
                    ? "the year report as PDF: payung report funding-shares --year " + year + " --format pdf --out "
                            + out.getFileName()
                    : null);
            return super.call();
        }

        @Override
        ReportCommand.Format format() {
            return ReportCommand.Format.xlsx;
        }

        @Override
        List<ReportCommand.Format> formats() {
            return List.of(ReportCommand.Format.xlsx);
        }
    }
}
