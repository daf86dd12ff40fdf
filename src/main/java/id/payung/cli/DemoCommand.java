package id.payung.cli;

import id.payung.service.DemoData;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code payung demo generate}: a realistic example list, every row valid, for trials and benchmarks. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Example data for trials.",
        subcommands = {DemoCommand.Generate.class})
final class DemoCommand extends CommandGroup {

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write N example rows (import format, with funder and period columns) as CSV.")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rows", required = true, paramLabel = "N", description = "How many rows.")
        long rows;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV to write (must not exist).")
        Path out;

        @Option(names = "--seed", defaultValue = "2025", paramLabel = "SEED", description = "Same seed, same file.")
        long seed;

        @Override
        public Integer call() throws IOException {
            if (rows < 1 || rows > DemoData.MAX_ROWS) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--rows must be between 1 and " + DemoData.MAX_ROWS);
            }
            // Invented people, but shaped like personal data: owner-only like every list Payung writes.
            id.payung.service.ReplacingWrite.createNew(out, stream -> {
                Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                DemoData.writeCsv(w, rows, seed);
                w.flush();
                return null;
            });
            spec.commandLine().getOut().println(rows + " rows written to " + out.toAbsolutePath());
            return 0;
        }
    }
}
