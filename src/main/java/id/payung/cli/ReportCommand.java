package id.payung.cli;

import id.payung.domain.Formats;
import id.payung.domain.FunderCost;
import id.payung.domain.FundingShare;
import id.payung.domain.ReadinessSummary;
import id.payung.domain.SelfPayingTariff;
import id.payung.domain.SelfPayingTransition;
import id.payung.service.facade.PayungServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code payung report …}: the dashboard's numbers and the printed reports, as text, CSV, XLSX or PDF. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Print a report.",
        subcommands = {ReportCommand.FundingShares.class, ReportCommand.Budget.class, ReportCommand.Trend.class,
            ReportCommand.Annex.class, ReportCommand.Readiness.class, ReportCommand.Transition.class})
final class ReportCommand extends CommandGroup {

    /** Output formats of reports. */
    enum Format { table, csv, xlsx, pdf }

    /**
     * The {@code --format} option, the same in every report: each report lists the formats it prints in
     * {@link FormattedReport#formats()}, the first being its default.
     */
    static final class FormatOption {
        @Option(names = "--format", paramLabel = "FORMAT",
                description = "table, csv, xlsx or pdf: the formats this report prints are in its description; "
                        + "the first is the default.")
        Format format;
    }

    /** What every report takes: the database, the year, and (for files) where to write. */
    abstract static class YearReport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year, e.g. 2025.")
        int year;

        /** Where a file goes ({@code --out}, null when not given); each kind of command says which files it writes. */
        abstract Path out();

        /** The format to print in. */
        abstract Format format();

        /** Formats this report can produce. */
        abstract List<Format> formats();

        /** Writes the report; stdout for table and csv, {@link #out()} for files. */
        abstract void write(PayungServices services, PrintWriter stdout);

        @Override
        public Integer call() {
            if (!formats().contains(format())) {
                throw new ParameterException(spec.commandLine(), "this report prints "
                        + String.join(" or ", formats().stream().map(Enum::name).toList()) + ", not " + format());
            }
            boolean toFile = format() == Format.xlsx || format() == Format.pdf;
            Path out = out();
            if (toFile && out == null) {
                throw new ParameterException(spec.commandLine(), format() + " needs --out FILE");
            }
            if (!toFile && out != null) {
                // It was ignored: the table went to the screen and no file was written, without a word.
                List<String> files = formats().stream().filter(f -> f == Format.xlsx || f == Format.pdf).map(Enum::name)
                        .toList();
                throw new ParameterException(spec.commandLine(), "--format " + format() + " prints to the screen, it "
                        + "writes no --out file" + (files.isEmpty() ? "" : "; for a file: --format "
                        + String.join(" or ", files) + " --out " + out.getFileName()));
            }
            if (toFile) {
                refuseAnotherFormatsName(out, format());
            }
            PrintWriter stdout = spec.commandLine().getOut();
            try (PayungServices services = database.open()) {
                write(services, stdout);
            }
            if (toFile) {
                stdout.println(out.toAbsolutePath());
            }
            stdout.flush();
            return 0;
        }

        /**
         * A file whose name says another format than the one written is refused before anything is read: `report budget
         * --out x.pdf` had written a spreadsheet named .pdf, `report readiness --out r.xlsx` a PDF (review 16). A .xlsx or
         * .csv name takes the spreadsheet (the .csv as the CSV for Indonesian Excel), a .pdf name the PDF; .xls and .ods
         * are never written. Any other name is taken as it was.
         */
        private void refuseAnotherFormatsName(Path out, Format format) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
            boolean other = switch (ext) {
                case "pdf" -> format != Format.pdf;
                case "xlsx", "csv" -> format != Format.xlsx;
                case "xls", "ods" -> true;
                default -> false;
            };
            if (!other) {
                return;
            }
            Format named = ext.equals("pdf") ? Format.pdf : ext.equals("xlsx") || ext.equals("csv") ? Format.xlsx : null;
            String advice = named != null && formats().contains(named)
                    ? "for a ." + ext + " file: --format " + named + " --out " + out.getFileName()
                    : "name the file FILE." + (format == Format.pdf ? "pdf" : "xlsx (or FILE.csv)");
            throw new AdvisedParameterException(spec.commandLine(), "--out " + out.getFileName() + " names a ." + ext
                    + " file, but this writes " + format, advice);
        }
    }

    /**
     * {@code --regency 53.15}: one regency's participants (those its office recorded, as the dashboard's Kabupaten/kota
     * filter and its per-regency tab tell them apart), for a province's login; without it every regency the login reads.
     */
    static final class RegencyOption {
        @Option(names = "--regency", paramLabel = "CODE",
                description = "Only one regency's participants (the kabupaten/kota code such as 53.15): for a province's login.")
        String regency;

        @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
        picocli.CommandLine.Model.CommandSpec spec;

        /**
         * The scope of the whole area, or of the one regency asked; a regency this login does not read is refused
         * (exit code 2), never answered with 0 (trial 22a: a clerk's "--regency 53.15" printed "Total 0").
         */
        id.payung.domain.Scope scope(PayungServices services) {
            if (regency == null) {
                return id.payung.domain.Scope.ALL;
            }
            String code = regency.strip();
            if (!code.matches("\\d{2}\\.\\d{2}")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--regency wants a kabupaten/kota code such as 53.15, not '" + regency + "'");
            }
            if (!services.dashboard().readsRegency(code)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--regency " + code
                        + ": this login does not read that regency's participants (a regency's clerk reads its own; a "
                        + "province's login reads each of its regencies), so nothing about it can be reported here");
            }
            return id.payung.domain.Scope.ALL.inRegency(code);
        }

        /** ", regency 53.15" for a title; empty without the option. */
        String title() {
            return regency == null ? "" : ", regency " + regency.strip();
        }
    }

    /** A report printed in the format chosen with {@code --format}. */
    abstract static class FormattedReport extends YearReport {
        @Mixin
        FormatOption formatOption;

        @Option(names = "--out", paramLabel = "FILE", description = "The file for xlsx or pdf (must not exist); without "
                + "--format, the file format this report writes (pdf for FILE.pdf, where it writes both).")
        Path out;

        @Override
        Path out() {
            return out;
        }

        /**
         * The format asked; without {@code --format}, the report's first format, or, with {@code --out}, the file
         * format it writes (by the name where it writes both): {@code --out} alone was ignored, the table printed.
         */
        @Override
        Format format() {
            if (formatOption.format != null) {
                return formatOption.format;
            }
            if (out != null) {
                boolean pdfName = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".pdf");
                List<Format> files = formats().stream().filter(f -> f == Format.xlsx || f == Format.pdf).toList();
                if (!files.isEmpty()) {
                    return files.contains(Format.pdf) && (pdfName || !files.contains(Format.xlsx)) ? Format.pdf
                            : files.get(0);
                }
            }
            return formats().get(0);
        }
    }

    @Command(name = "funding-shares", mixinStandardHelpOptions = true,
            description = {"Participants per funding source in a year, with their share (as on the dashboard).",
                "Formats: table (default, id-ID numbers), csv (header row; plain numbers), xlsx, or pdf (the year report)."})
    static final class FundingShares extends FormattedReport {
        @Mixin
        RegencyOption regencyOption;

        @Override
        List<Format> formats() {
            return List.of(Format.values());
        }

        @Override
        void write(PayungServices services, PrintWriter stdout) {
            write(services, year, format(), out, stdout, regencyOption.scope(services), regencyOption.title());
        }

        /** The report in {@code format}; {@code export funding-shares} is the xlsx (or csv file) case. */
        static void write(PayungServices services, int year, Format format, Path out, PrintWriter stdout) {
            write(services, year, format, out, stdout, id.payung.domain.Scope.ALL, "");
        }

        private static void write(PayungServices services, int year, Format format, Path out, PrintWriter stdout,
                                  id.payung.domain.Scope scope, String title) {
            switch (format) {
                case xlsx -> services.exports().fundingShares(year, scope, out);
                case pdf -> services.exports().yearReport(year, scope, out);
                case csv -> ReportOutput.csv(stdout, List.of("funder_code", "funder_name", "participants", "percent"),
                        services.dashboard().fundingShares(year, scope).stream().map(s -> List.<Object>of(s.funderCode(),
                                s.funderName(), s.participants(), String.format(Locale.ROOT, "%.1f", s.percent()))).toList());
                case table -> {
                    List<FundingShare> shares = services.dashboard().fundingShares(year, scope);
                    List<List<String>> rows = new ArrayList<>(shares.stream().map(s -> List.of(s.funderName(),
                            Formats.count(s.participants()), Formats.percent(s.percent()))).toList());
                    rows.add(List.of("Total", Formats.count(FundingShare.total(shares))));
                    ReportOutput.table(stdout, "Funding shares " + year + title, new int[] {-40, 10, 8}, rows);
                }
            }
        }
    }

    @Command(name = "budget", mixinStandardHelpOptions = true,
            description = {"Per funding source: the participants enrolled in the year and their contribution cost, "
                    + "beside the year's plan.",
                "The cost is from the dated rate rules; the plan is as entered in Kuota dan pagu (under Sumber dana): quota, "
                    + "budget ceiling, what the quota costs at the standard package, and the gap (positive: short; "
                    + "negative: left).",
                "A funder with a plan but no participants yet (next year) is listed with 0 participants.",
                "Formats: table (default, id-ID numbers), csv (header row; plain numbers; an unknown plan value is empty) "
                    + "or xlsx (the csv's columns and rows, to --out; as CSV for Indonesian Excel when the file is named "
                    + "FILE.csv)."})
    static final class Budget extends FormattedReport {
        @Override
        List<Format> formats() {
            return List.of(Format.table, Format.csv, Format.xlsx);
        }

        /** One line: a funder's enrolled participants and cost (0 when none) beside its plan (null when none). */
        private record Line(String code, String name, long participants, long costRp, id.payung.domain.BudgetPlan plan) {
            Long quota() {
                return plan == null ? null : plan.quota();
            }

            Long ceilingRp() {
                return plan == null ? null : plan.ceilingRp();
            }

            Long quotaCostRp() {
                return plan == null ? null : plan.quotaCostRp();
            }

            Long gapRp() {
                return plan == null ? null : plan.gapRp();
            }
        }

        @Override
        void write(PayungServices services, PrintWriter stdout) {
            List<FunderCost> costs = services.budget().costs(year);
            List<id.payung.domain.BudgetPlan> plans = services.budget().plans(year).stream()
                    .filter(id.payung.domain.BudgetPlan::planned).toList();
            // The enrolled funders first, in the order the report always had (scripts read it), then those planned only.
            List<Line> lines = new ArrayList<>();
            for (FunderCost c : costs) {
                lines.add(new Line(c.funderCode(), c.funderName(), c.participants(), c.costRp(), plans.stream()
                        .filter(p -> p.funderCode().equals(c.funderCode())).findFirst().orElse(null)));
            }
            plans.stream().filter(p -> costs.stream().noneMatch(c -> c.funderCode().equals(p.funderCode())))
                    .forEach(p -> lines.add(new Line(p.funderCode(), p.funderName(), 0, 0, p)));
            if (format() == Format.csv || format() == Format.xlsx) {
                List<String> header = List.of("funder_code", "funder_name", "participants", "cost_rp", "quota", "ceiling_rp",
                        "quota_cost_rp", "gap_rp");
                List<List<Object>> rows = lines.stream().map(l -> java.util.Arrays.<Object>asList(l.code(), l.name(),
                        l.participants(), l.costRp(), l.quota(), l.ceilingRp(), l.quotaCostRp(), l.gapRp())).toList();
                if (format() == Format.xlsx) {
                    services.exports().table("Biaya " + year, header, rows, out);
                } else {
                    ReportOutput.csv(stdout, header, rows);
                }
                return;
            }
            id.payung.domain.BudgetPlan.Total total = id.payung.domain.BudgetPlan.total(year, plans);
            List<List<String>> rows = new ArrayList<>();
            if (!plans.isEmpty()) {
                // Without a plan the table is the three columns it always was; with one, seven need their names.
                rows.add(List.of("Funding source", "Enrolled", "Cost", "Quota", "Ceiling", "Quota cost",
                        "Quota against ceiling"));
            }
            lines.forEach(l -> rows.add(java.util.Arrays.asList(l.name(), Formats.count(l.participants()),
                    Formats.rupiah(l.costRp()), count(l.quota()), rupiah(l.ceilingRp()), rupiah(l.quotaCostRp()), gap(l.gapRp()))));
            rows.add(java.util.Arrays.asList("Total", Formats.count(costs.stream().mapToLong(FunderCost::participants).sum()),
                    Formats.rupiah(costs.stream().mapToLong(FunderCost::costRp).sum()), count(total.quota()),
                    rupiah(total.ceilingRp()), rupiah(total.quotaCostRp()), gap(total.gapRp())));
            ReportOutput.table(stdout, "Contribution cost " + year, new int[] {-40, 10, 20, 10, 20, 20, 24}, rows);
        }

        private static String count(Long n) {
            return n == null ? null : Formats.count(n);
        }

        private static String rupiah(Long rp) {
            return rp == null ? null : Formats.rupiah(rp);
        }

        /** "Rp 62.848.000 short" or "Rp 0 left", as the screen's "kurang"/"sisa". */
        private static String gap(Long rp) {
            return rp == null ? null : Formats.rupiah(Math.abs(rp)) + (rp > 0 ? " short" : " left");
        }
    }

    @Command(name = "trend", mixinStandardHelpOptions = true,
            description = {"Participants per funding source in every year with data up to the given year.",
                "Formats: table (default, id-ID numbers), csv (header row; plain numbers) or xlsx (the csv's columns and "
                    + "rows, to --out; as CSV for Indonesian Excel when the file is named FILE.csv)."})
    static final class Trend extends FormattedReport {
        @Mixin
        RegencyOption regencyOption;

        @Override
        List<Format> formats() {
            return List.of(Format.table, Format.csv, Format.xlsx);
        }

        @Override
        void write(PayungServices services, PrintWriter stdout) {
            List<List<Object>> rows = new ArrayList<>();
            // The years of the year report's growth table (DashboardService.trend): a year with none between years
            // with some is a row of 0 with no funder, as the PDF and the dashboard show it (it had no row: 2025, 2027).
            for (Map.Entry<Integer, List<FundingShare>> e
                    : services.dashboard().trend(regencyOption.scope(services), year).entrySet()) {
                if (e.getValue().isEmpty()) {
                    rows.add(java.util.Arrays.asList(e.getKey(), null, null, 0L));
                }
                for (FundingShare s : e.getValue()) {
                    rows.add(List.of(e.getKey(), s.funderCode(), s.funderName(), s.participants()));
                }
            }
            List<String> header = List.of("year", "funder_code", "funder_name", "participants");
            if (format() == Format.xlsx) {
                services.exports().table("Tren " + year, header, rows, out);
            } else if (format() == Format.csv) {
                ReportOutput.csv(stdout, header, rows);
            } else {
                ReportOutput.table(stdout, "Participants per year up to " + year + regencyOption.title(), new int[] {-6, -40, 10}, rows.stream()
                        .map(r -> java.util.Arrays.asList(r.get(0).toString(), (String) r.get(2),
                                Formats.count((Long) r.get(3)))).toList());
            }
        }
    }

    @Command(name = "annex", mixinStandardHelpOptions = true,
            description = {"The name list of a funder's participants in a year, as the annex of the regent's decree (PDF).",
                "NIKs are masked unless --full-nik is given; every annex is recorded in the audit log.",
                "Format: pdf only."})
    static final class Annex extends FormattedReport {
        @Option(names = "--funder", required = true, paramLabel = "CODE", description = "The funding source's code, e.g. APBD-KAB-MGR.")
        String funder;

        @Option(names = "--full-nik", description = "Print NIKs in full (personal data under UU 27/2022; audited).")
        boolean fullNik;

        @Override
        List<Format> formats() {
            return List.of(Format.pdf);
        }

        @Override
        void write(PayungServices services, PrintWriter stdout) {
            boolean known = services.reference().fundingSources().stream().anyMatch(f -> f.code().equalsIgnoreCase(funder));
            if (!known) {
                throw new ParameterException(spec.commandLine(), "no funding source " + funder + "; known: "
                        + String.join(", ", services.reference().fundingSources().stream().map(f -> f.code()).toList()));
            }
            long rows = services.exports().annex(funder, year, fullNik, out);
            spec.commandLine().getErr().println(Formats.count(rows) + " participants"
                    + (fullNik ? "; full NIKs written, recorded in the audit log" : ""));
            spec.commandLine().getErr().flush();
        }
    }

    @Command(name = "readiness", mixinStandardHelpOptions = true,
            description = {"The award-readiness summary: regulations, participants and budget per year, village officials, benefits.",
                "Where funders of the year before have no participants recorded in the year yet, a note says so under "
                    + "the years (as the window and the PDF do).",
                "Formats: table (default) or pdf."})
    static final class Readiness extends FormattedReport {
        @Override
        List<Format> formats() {
            return List.of(Format.table, Format.pdf);
        }

        @Override
        void write(PayungServices services, PrintWriter stdout) {
            ReadinessSummary r = services.readiness().summary(year);
            if (format() == Format.pdf) {
                services.exports().readiness(r, out);
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            r.regulations().forEach(e -> rows.add(List.of("regulation", Formats.date(e.date()) + " " + e.title())));
            r.awards().forEach(e -> rows.add(List.of("award", Formats.date(e.date()) + " " + e.title())));
            for (int i = 0; i < r.years().size(); i++) {
                ReadinessSummary.YearFigures y = r.years().get(i);
                Double pct = r.growthPercent(i);
                rows.add(List.of("year " + y.year(), Formats.count(y.participants()) + " participants"
                        + (y.growth() == null ? "" : ", growth " + Formats.count(y.growth()))
                        + (pct == null ? "" : " (" + Formats.percent(pct) + ")") + ", cost " + Formats.rupiah(y.costRp())
                        + (y.quota() == null ? "" : ", quota " + Formats.count(y.quota()))
                        + (y.ceilingRp() == null ? "" : ", ceiling " + Formats.rupiah(y.ceilingRp()))));
            }
            // Beside the growth, as the window and the PDF say it: funders of the year before with nobody recorded yet
            // in this one (FunderGap's rule, the bundle's English line); without it a drop read as a collapse.
            String gap = Messages.english().funderGap(r.year(), r.funderGaps());
            if (gap != null) {
                rows.add(List.of(gap));
            }
            r.funders().forEach(f -> rows.add(List.of("funder " + f.funderCode(), Formats.count(f.participants())
                    + " participants, cost " + Formats.rupiah(f.costRp())
                    + (f.quota() == null ? "" : ", quota " + Formats.count(f.quota()))
                    + (f.ceilingRp() == null ? "" : ", ceiling " + Formats.rupiah(f.ceilingRp())))));
            ReadinessSummary.VillageCoverage v = r.villages();
            rows.add(List.of("village officials", Formats.count(v.officials()) + " officials in "
                    + Formats.count(v.desaCovered()) + " of " + Formats.count(v.desaTotal()) + " desa ("
                    + Formats.percent(v.percent()) + ")"));
            r.benefits().forEach(b -> rows.add(List.of("benefits " + b.programme(), Formats.count(b.payouts()) + " payouts, "
                    + Formats.count(b.beneficiaries()) + " beneficiaries, " + Formats.rupiah(b.amountRp()))));
            ReportOutput.table(stdout, "Award readiness " + year, new int[] {-24}, rows);
        }
    }

    @Command(name = "transition", mixinStandardHelpOptions = true,
            description = {"Workers whose government funding ended, per year it ended: how many continue as self-paying "
                    + "(mandiri), and what they pay in the given year.",
                "The table also shows what one self-paying worker pays per month (PP 50/2025 discount where in force).",
                "Formats: table (default, id-ID numbers), csv (header row; plain numbers) or xlsx."})
    static final class Transition extends FormattedReport {
        @Override
        List<Format> formats() {
            return List.of(Format.table, Format.csv, Format.xlsx);
        }

        @Override
        void write(PayungServices services, PrintWriter stdout) {
            List<SelfPayingTransition> rows = services.transitions().transitions(year);
            switch (format()) {
                case xlsx -> services.exports().transitions(rows, out);
                case csv -> ReportOutput.csv(stdout, List.of("end_year", "ended", "continued", "percent", "active_now",
                        "cost_rp", "person_months", "per_person_month_rp"), rows.stream().map(t -> List.<Object>of(t.endYear(),
                        t.ended(), t.continued(), String.format(Locale.ROOT, "%.1f", t.ratePercent()), t.activeNow(),
                        t.costRp(), t.personMonths(), t.perPersonMonthRp())).toList());
                default -> {
                    List<List<String>> lines = new ArrayList<>();
                    lines.add(List.of("Ended", "Workers", "Mandiri", "Share", "Active", "Paid " + year, "Per month"));
                    rows.forEach(t -> lines.add(List.of(String.valueOf(t.endYear()), Formats.count(t.ended()),
                            Formats.count(t.continued()), Formats.percent(t.ratePercent()), Formats.count(t.activeNow()),
                            Formats.rupiah(t.costRp()), Formats.rupiah(t.perPersonMonthRp()))));
                    ReportOutput.table(stdout, "Government-paid to self-paying, cost in " + year, new int[] {-6, 8, 8, 8, 8,
                        16, 12}, lines);
                    for (SelfPayingTariff t : services.transitions().tariffs(year)) {
                        stdout.println("Self-paying " + t.sector().name().toLowerCase(Locale.ROOT) + " worker " + year + ": "
                                + Formats.rupiah(t.fullMonthRp()) + " a month"
                                + (t.discountMonths().isEmpty() ? "" : ", " + Formats.rupiah(t.discountedMonthRp())
                                        + " from " + Formats.month(java.time.YearMonth.of(year, t.discountMonths().get(0)))
                                        + " to " + Formats.month(java.time.YearMonth.of(year,
                                                t.discountMonths().get(t.discountMonths().size() - 1))) + " (PP 50/2025)")
                                + "; " + Formats.rupiah(t.yearRp()) + " a year");
                    }
                }
            }
        }
    }
}
