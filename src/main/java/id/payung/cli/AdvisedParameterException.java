package id.payung.cli;

import picocli.CommandLine;

/**
 * A refused command line with a line of advice printed after the refusal ("… run again with --funder APBDES-MGR"):
 * the refusal's own line and its exit code (2) stay as they were; scripts reading the first line read it unchanged.
 */
final class AdvisedParameterException extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    private final String advice;

    AdvisedParameterException(CommandLine commandLine, String message, String advice) {
        super(commandLine, message);
        this.advice = advice;
    }

    /** The line printed after the refusal. */
    String advice() {
        return advice;
    }
}
