package id.payung.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code payung bench} as earlier versions had it: the benchmark is a developer's tool and is not part of
 * the app any more (src/bench/java, built as target/payung-bench.jar). Hidden from the help; says where
 * the benchmark is and exits 2, as any unknown command does.
 */
@Command(name = "bench", hidden = true, description = "Moved out of the app: see docs/PERFORMANCE.md.")
final class NotShippedCommand implements Callable<Integer> {
    /** What the user wrote after {@code bench}: taken, so the pointer below is shown whatever it was. */
    @Unmatched
    List<String> rest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("payung bench: the benchmark is not part of the app. In a source checkout:"
                + " mvn -B -DskipTests package, then java -jar target/payung-bench.jar bench --rows N"
                + " (see docs/PERFORMANCE.md).");
        return 2;
    }
}
