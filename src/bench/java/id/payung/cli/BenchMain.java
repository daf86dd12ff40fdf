package id.payung.cli;

import picocli.CommandLine;

/**
 * Entry point of {@code target/payung-bench.jar}, the benchmark built beside the app and never shipped in it:
 * {@code java -jar target/payung-bench.jar bench --rows 1000000} (the {@code bench} is optional, so the
 * usage of {@code payung bench} from earlier versions keeps working); {@code java -jar target/payung-bench.jar province
 * --server postgresql://OWNER@HOST/DB} is issue 18's province scale on a server ({@link ProvinceCommand}). Exit codes as {@code payung}'s:
 * 0 every goal met, 1 a goal failed or the run broke (message on stderr), 2 wrong option.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the benchmark with these arguments and returns the exit code; prints on System.out / System.err. */
    static int run(String... args) {
        boolean province = args.length > 0 && args[0].equals("province");
        String[] rest = args.length > 0 && (args[0].equals("bench") || province)
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine cli = new CommandLine(province ? new ProvinceCommand() : new BenchCommand());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("bench: " + ex.getMessage() + " (see: bench --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("bench: " + Messages.english().describe(ex));
            return 1;
        });
        return cli.execute(rest);
    }
}
