package id.payung.cli;

import id.payung.domain.Formats;
import id.payung.domain.FundingShare;
import id.payung.service.PayungServices;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung report …}: the dashboard's numbers as text or CSV. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Print a report.",
        subcommands = {ReportCommand.FundingShares.class, ReportCommand.Budget.class})
final class ReportCommand extends CommandGroup {

    /** Output formats of reports. */
    enum Format { table, csv, xlsx, pdf }

    @Command(name = "funding-shares", mixinStandardHelpOptions = true,
            description = "Participants per funding source in a year, with their share (as on the dashboard).")
    static final class FundingShares implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year, e.g. 2025.")
        int year;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table (default, id-ID numbers), csv (header row; plain numbers), xlsx or pdf (the year report).")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "The file for xlsx or pdf (must not exist).")
        java.nio.file.Path out;

        @Override
        public Integer call() {
            if (format == Format.xlsx || format == Format.pdf) {
                if (out == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format " + format + " needs --out FILE");
                }
                try (PayungServices services = database.open()) {
                    if (format == Format.xlsx) {
                        services.exports().fundingShares(year, out);
                    } else {
                        services.exports().yearReport(year, out, services.settings().officeName(),
                                services.settings().place(), services.reference().events(), services.dashboard().years());
                    }
                }
                spec.commandLine().getOut().println(out.toAbsolutePath());
                spec.commandLine().getOut().flush();
                return 0;
            }
            List<FundingShare> shares;
            try (PayungServices services = database.open()) {
                shares = services.dashboard().fundingShares(year);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                printCsv(out, shares);
            } else {
                printTable(out, shares);
            }
            out.flush();
            return 0;
        }

        private static void printCsv(PrintWriter out, List<FundingShare> shares) {
            try {
                CSVPrinter csv = CSVFormat.RFC4180.builder()
                        .setHeader("funder_code", "funder_name", "participants", "percent").get().print(out);
                for (FundingShare s : shares) {
                    csv.printRecord(s.funderCode(), s.funderName(), s.participants(),
                            String.format(Locale.ROOT, "%.1f", s.percent()));
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void printTable(PrintWriter out, List<FundingShare> shares) {
            out.printf("Funding shares %d%n", year);
            for (FundingShare s : shares) {
                out.printf("%-40s %10s %8s%n", s.funderName(), Formats.count(s.participants()), Formats.percent(s.percent()));
            }
            out.printf("%-40s %10s%n", "Total", Formats.count(FundingShare.total(shares)));
        }
    }

    @Command(name = "budget", mixinStandardHelpOptions = true,
            description = "Participants and yearly contribution cost per funding source, from the dated rate rules.")
    static final class Budget implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year, e.g. 2025.")
        int year;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table (default, id-ID numbers) or csv (header row; plain numbers).")
        Format format;

        @Override
        public Integer call() {
            if (format != Format.table && format != Format.csv) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "report budget prints table or csv");
            }
            List<id.payung.domain.FunderCost> costs;
            try (PayungServices services = database.open()) {
                costs = services.budget().costs(year);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                try {
                    CSVPrinter csv = CSVFormat.RFC4180.builder()
                            .setHeader("funder_code", "funder_name", "participants", "cost_rp").get().print(out);
                    for (var c : costs) {
                        csv.printRecord(c.funderCode(), c.funderName(), c.participants(), c.costRp());
                    }
                    csv.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.printf("Contribution cost %d%n", year);
                for (var c : costs) {
                    out.printf("%-40s %10s %20s%n", c.funderName(), Formats.count(c.participants()), Formats.rupiah(c.costRp()));
                }
                out.printf("%-40s %10s %20s%n", "Total", Formats.count(costs.stream().mapToLong(x -> x.participants()).sum()),
                        Formats.rupiah(costs.stream().mapToLong(x -> x.costRp()).sum()));
            }
            out.flush();
            return 0;
        }
    }
}
