package id.payung.cli;

import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung init}: makes a new, seeded database. The other commands never create a file the user
 * named, so this is how a database at a chosen path comes to be; an existing file is refused.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Make a new, seeded database (refuses a file that exists already).")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--regency", paramLabel = "CODE",
            description = "The office's regency, as its Kemendagri code (default 53.10, Kabupaten Manggarai, with its"
                    + " opening data). Another regency starts with its own budgets, no numbers or events, and its"
                    + " office's name left for Pengaturan.")
    String regency;

    @Override
    public Integer call() {
        Path file = database.file().toAbsolutePath();
        try {
            PayungServices.create(file, regency, Clock.systemDefaultZone());
        } catch (IllegalArgumentException e) {
            // A regency's name where its code belongs ("Manggarai Barat"): refused as before, never taken silently
            // (a script must name the code), but the code is named for the next run (trial 18 M18).
            java.util.List<id.payung.domain.Region> named = regency == null
                    || id.payung.service.RegionList.regency(regency.strip()).isPresent()
                    ? java.util.List.of() : id.payung.service.RegionList.regenciesNamed(regency);
            if (named.isEmpty()) {
                throw e;
            }
            throw new AdvisedFailure(e, Messages.english().regenciesNamed(named));
        }
        spec.commandLine().getOut().println("created " + file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
