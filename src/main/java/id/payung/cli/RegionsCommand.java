package id.payung.cli;

import id.payung.service.InvalidInputException;
import id.payung.service.facade.PayungServices;
import id.payung.service.RegionImportService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung regions import FILE}: load a regency's districts and villages from a Kemendagri list. */
@Command(name = "regions", mixinStandardHelpOptions = true, description = "Region lists (kecamatan, desa, kelurahan).",
        subcommands = {RegionsCommand.Import.class})
final class RegionsCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Load kecamatan and desa/kelurahan of the office's regency from a Kemendagri CSV: the two "
                    + "columns kode and nama, as the public list publishes it (a regency, a province or all of Indonesia; "
                    + "other regions' rows are skipped and counted), or the five columns kode_desa, nama_desa, jenis, "
                    + "kode_kecamatan and nama_kecamatan. UTF-8, with or without BOM.",
                    "The 2025 list ships with Payung: a new database already knows its regency's kecamatan and desa."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "FILE", description = "The region list (.csv, UTF-8).")
        Path file;

        @Override
        public Integer call() {
            InputFiles.requireReadable(spec, file);
            try (PayungServices services = database.open()) {
                RegionImportService.Result r = services.regionImport().importCsv(file);
                spec.commandLine().getOut().printf("kecamatan added %d, desa/kelurahan added %d, already known %d%n",
                        r.kecamatanAdded(), r.villagesAdded(), r.alreadyKnown());
                if (r.skipped() > 0) {
                    spec.commandLine().getOut().printf("skipped %d rows outside regency %s%n", r.skipped(),
                            services.settings().regencyCode());
                }
            } catch (InvalidInputException e) {
                Messages messages = Messages.english();
                e.problems().forEach(p -> spec.commandLine().getErr().println(messages.problem(p)));
                spec.commandLine().getErr().println("nothing loaded");
                return 1;
            }
            return 0;
        }
    }
}
