package id.payung.cli;

/**
 * A command that failed, with a line of advice printed after its reason ("… run again with --regency 53.15"): the
 * reason's line ({@code payung: …}) and the exit code (1) stay as they were, so scripts reading them read them unchanged.
 */
final class AdvisedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String advice;

    AdvisedFailure(RuntimeException failure, String advice) {
        super(failure.getMessage(), failure);
        this.advice = advice;
    }

    /** The line printed after the reason. */
    String advice() {
        return advice;
    }
}
