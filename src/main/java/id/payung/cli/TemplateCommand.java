package id.payung.cli;

import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung template --out FILE.xlsx}: the empty name list for villages, with drop-down lists. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the empty name-list template (.xlsx) with drop-down lists, for villages to fill in.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The file to write (must not exist).")
    Path out;

    @Override
    public Integer call() {
        try (PayungServices services = database.open()) {
            String office = services.settings().officeName();
            services.imports().writeTemplate(out, "DAFTAR PEKERJA RENTAN" + (office == null ? "" : " — " + office));
        }
        spec.commandLine().getOut().println(out.toAbsolutePath());
        return 0;
    }
}
