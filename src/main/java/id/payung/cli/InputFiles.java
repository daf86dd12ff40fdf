package id.payung.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Input files named on the command line: a missing one is a usage error (exit 2, one line). */
final class InputFiles {
    private InputFiles() {
    }

    static void requireReadable(CommandSpec spec, Path file) {
        if (Files.isDirectory(file)) {
            // "no such file" of a folder sent the clerk looking for a file that is there (trial 18 M18).
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": "
                    + Messages.english().text("cli.file.folder"));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": no such file");
        }
    }
}
